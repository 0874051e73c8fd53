import type { InputError } from "../errors.js";
import type { CompileOptions, ExternalDataSource, GeoIpLocator } from "../kql/api.js";
import type { Column, Table } from "../kql/types.js";
import type { CompiledRule, Rule, RuleRun } from "../rules/types.js";
/** A rule file that could not be read as a valid rule. */
export interface RuleFailure {
    /** The rule file, absolute or relative to the working directory. */
    readonly file: string;
    /** The rule's id when the file gives one, so cases naming it are placed. */
    readonly id?: string;
    readonly name?: string;
    readonly errors: readonly InputError[];
}
/**
 * The rule model as the golden-case run uses it: load schemas and rules,
 * compile a rule once for given table columns, and run it at a time.
 * Compile and run raise `InputError` for bad input or unsupported KQL.
 */
export interface RuleEngine {
    /** Loads `dir` over the shipped schemas; without `dir`, the shipped ones only. */
    loadSchemas(dir: string | undefined): {
        readonly tables: Readonly<Record<string, readonly Column[]>>;
        /** Workspace functions, name to KQL declaration body. */
        readonly functions: Readonly<Record<string, string>>;
        readonly errors: readonly InputError[];
    };
    loadRules(dir: string): {
        rules: readonly Rule[];
        failures: readonly RuleFailure[];
    };
    compileRule(rule: Rule, options: CompileOptions): CompiledRule;
    /**
     * Runs a compiled rule at `at` (datetime ticks). `externalData` is what
     * `externaldata` reads, and `locateIp` locates the addresses
     * `geo_info_from_ip_address` looks up.
     */
    runRule(compiled: CompiledRule, tables: Readonly<Record<string, Table>>, at: number, externalData?: Readonly<Record<string, ExternalDataSource>>, locateIp?: GeoIpLocator): RuleRun;
}
