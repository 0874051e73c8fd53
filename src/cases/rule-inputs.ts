import { resolve } from "node:path";
import type { InputError } from "../errors.js";
import type { CompileOptions, ExternalDataSource, GeoIpLocator, GeoLocation } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { CompiledRule, RuleRun } from "../rules/types.js";
import {
  loadCases,
  type CaseLoadOptions,
  type GoldenCase,
  type LoadedCases,
} from "./case-loader.js";
import { caseColumns, fitTables } from "./fit-tables.js";
import { caseGeoIpLocator } from "./geo-ip.js";
import {
  addRepositoryInputs,
  readRepositoryInputs,
  type InvalidRepositoryFiles,
} from "./repository-inputs.js";
import type { RuleEngine } from "./rule-engine.js";
import { watchlistSetup } from "./watchlist-setup.js";

// `run`, `diff` and fuzzing build a rule's compile options and each case's
// evaluation input here, so a rule reads the same watchlists,
// externaldata content and IP locations on all three paths.

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
export function loadRuleCases(options: CaseLoadOptions): LoadedRuleCases {
  const repository = readRepositoryInputs(resolve(options.root));
  const loaded = addRepositoryInputs(loadCases(options), repository);
  return { ...loaded, invalidFiles: repository.invalidFiles };
}

/**
 * Builds the options to compile one rule with for the given cases, and
 * for the declared properties' tables and watchlists.
 */
export function ruleCompileInputs(
  query: string,
  cases: readonly GoldenCase[],
  schemas: RepositorySchemas,
  place: RulePlace,
  properties: readonly Pick<GoldenCase, "tables">[] = [],
): RuleCompileInputs {
  const { tables } = caseColumns(schemas.tables, [...cases, ...properties]);
  const watchlists = watchlistSetup(query, cases, place, properties);
  const functions = { ...schemas.functions, ...watchlists.functions };
  return { options: { tables, functions }, warnings: watchlists.warnings };
}

/**
 * Builds a case's evaluation input: its tables laid out in the compiled
 * columns' order, its run time, its externaldata content and its IP
 * locations. Each address looked up without a location is added to
 * `unmapped`, when given. Raises an `InputError` when a case column has
 * another type than the compiled one.
 */
export function caseEvaluation(
  item: GoldenCase,
  options: CompileOptions,
  unmapped?: Set<string>,
): CaseEvaluation {
  return {
    tables: fitTables(item, options.tables),
    at: item.at,
    externalData: item.externalData,
    locateIp: caseGeoIpLocator(item.geoIp, unmapped),
  };
}

/** Runs a compiled rule on one case, as `caseEvaluation` lays it out. */
export function runCaseRule(
  engine: Pick<RuleEngine, "runRule">,
  compiled: CompiledRule,
  item: GoldenCase,
  options: CompileOptions,
  unmapped?: Set<string>,
): RuleRun {
  const input = caseEvaluation(item, options, unmapped);
  return engine.runRule(compiled, input.tables, input.at, input.externalData, input.locateIp);
}

/**
 * Wraps an engine for fuzzing, whose generated inputs are tables and a run
 * time only: a run without externaldata content or IP locations reads the
 * cases' ones.
 *
 * NOTE: when two cases map one URL or address to different content,
 * fuzzing reads the first case's content for every input.
 */
export function withCaseExternalData<
  Engine extends Pick<RuleEngine, "runRule">,
>(engine: Engine, cases: readonly GoldenCase[]): Engine {
  const content: Record<string, ExternalDataSource> = {};
  const locations: Record<string, GeoLocation> = {};
  for (const item of [...cases].reverse()) {
    Object.assign(content, item.externalData);
    Object.assign(locations, item.geoIp);
  }
  const hasContent = Object.keys(content).length > 0;
  const caseLocator = Object.keys(locations).length > 0 ? caseGeoIpLocator(locations) : undefined;
  if (!hasContent && !caseLocator) return engine;

  return {
    ...engine,
    runRule: (compiled, tables, at, externalData, locateIp) =>
      engine.runRule(
        compiled,
        tables,
        at,
        externalData ?? (hasContent ? content : undefined),
        locateIp ?? caseLocator,
      ),
  };
}
