import type { InputError } from "../errors.js";
import type { CompileOptions, ExternalDataSource, GeoIpLocator } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { CompiledRule, RuleRun } from "../rules/types.js";
import { type CaseLoadOptions, type GoldenCase, type LoadedCases } from "./case-loader.js";
import { type InvalidRepositoryFiles } from "./repository-inputs.js";
import type { RuleEngine } from "./rule-engine.js";
/** The table schemas and workspace functions a repository gives. */
export interface RepositorySchemas {
    readonly tables: Readonly<Record<string, readonly Column[]>>;
    readonly functions: Readonly<Record<string, string>>;
}
/** The place of a rule, for warnings about the inputs its cases lack. */
export interface RulePlace {
    readonly file: string;
    readonly line: number;
}
/** The compile options of one rule, and warnings about missing inputs. */
export interface RuleCompileInputs {
    /**
     * The schemas widened by the columns the cases add, and the workspace
     * functions with `_GetWatchlist` over the watchlists the cases give.
     */
    readonly options: CompileOptions;
    /** Warnings about watchlists the query calls that cases do not give. */
    readonly warnings: InputError[];
}
/** The inputs of one evaluation of a compiled rule. */
export interface CaseEvaluation {
    readonly tables: Record<string, Table>;
    /** The run time, in datetime ticks. */
    readonly at: number;
    readonly externalData?: Readonly<Record<string, ExternalDataSource>>;
    readonly locateIp?: GeoIpLocator;
}
/** Loaded golden cases, and the repository files too invalid to read. */
export interface LoadedRuleCases extends LoadedCases {
    readonly invalidFiles: InvalidRepositoryFiles;
}
/**
 * Loads the golden cases under `options.casesDir` with what the
 * repository gives every case: the watchlists of `watchlists/`, the
 * `externaldata.yaml` mappings and the `geo_ip.yaml` locations.
 */
export declare function loadRuleCases(options: CaseLoadOptions): LoadedRuleCases;
/**
 * Builds the options to compile one rule with for the given cases, and
 * for the declared properties' tables and watchlists.
 */
export declare function ruleCompileInputs(query: string, cases: readonly GoldenCase[], schemas: RepositorySchemas, place: RulePlace, properties?: readonly Pick<GoldenCase, "tables">[]): RuleCompileInputs;
/**
 * Builds a case's evaluation input: its tables laid out in the compiled
 * columns' order, its run time, its externaldata content and its IP
 * locations. Each address looked up without a location is added to
 * `unmapped`, when given. Raises an `InputError` when a case column has
 * another type than the compiled one.
 */
export declare function caseEvaluation(item: GoldenCase, options: CompileOptions, unmapped?: Set<string>): CaseEvaluation;
/** Runs a compiled rule on one case, as `caseEvaluation` lays it out. */
export declare function runCaseRule(engine: Pick<RuleEngine, "runRule">, compiled: CompiledRule, item: GoldenCase, options: CompileOptions, unmapped?: Set<string>): RuleRun;
/**
 * Wraps an engine for fuzzing, whose generated inputs are tables and a run
 * time only: a run without externaldata content or IP locations reads the
 * cases' ones.
 *
 * NOTE: when two cases map one URL or address to different content,
 * fuzzing reads the first case's content for every input.
 */
export declare function withCaseExternalData<Engine extends Pick<RuleEngine, "runRule">>(engine: Engine, cases: readonly GoldenCase[]): Engine;
