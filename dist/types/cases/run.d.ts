import type { RunReport } from "../report/types.js";
import type { RuleEngine } from "./rule-engine.js";
/** The largest seed `--seed` takes: fast-check seeds are 32-bit integers. */
export declare const MAX_SEED = 2147483647;
export interface RunAllOptions {
    /** The repository root; reports name files relative to it. */
    readonly root: string;
    /**
     * The rules and the cases: each a folder, searched recursively, or one
     * file; absolute or relative to `root`.
     */
    readonly rulesDir: string;
    readonly casesDir: string;
    /**
     * Folder of table schemas, absolute or relative to `root`, read over the
     * shipped ones. When left out, `schemas` under `root` is read if it
     * exists; otherwise only the shipped schemas and functions are used.
     */
    readonly schemasDir?: string;
    /** The rule model to use; the real one unless a test replaces it. */
    readonly engine?: RuleEngine;
    /**
     * Generated inputs per property (default 100). 0 turns fuzzing and
     * mutation testing off; declared properties are still loaded and checked
     * for errors.
     */
    readonly fuzzRuns?: number;
    /** The seed of every property (0 to 2^31 - 1); drawn at random by default. */
    readonly seed?: number;
    /**
     * Folder, absolute or relative to `root`, to write each shrunk
     * counterexample and each suggested case to, as golden case files.
     */
    readonly writeCounterexamples?: string;
    /** Fuzzing time budget per rule, in milliseconds (default 30 000). */
    readonly fuzzTimeBudgetMs?: number;
    /**
     * Chooses the rules to test: receives every rule file found (relative to
     * `root`, with `/` separators) and returns the files to test. The cases
     * and declared properties of the other rules are skipped without error.
     */
    readonly ruleFilter?: (files: readonly string[]) => readonly string[];
}
/**
 * Runs every golden case against its rule, then fuzzes the rule (see
 * `fuzzRule`), and builds the run report. Each rule is compiled once.
 * Bad input never hides other results:
 * - an invalid rule makes each of its cases an `error`;
 * - a case that cannot be loaded or run is an `error` at its file and line;
 * - a case naming no known rule and an invalid declared property are
 *   report-level errors;
 * - a rule that fuzzing cannot compile or run gets the error as its own.
 */
export declare function runAll(options: RunAllOptions): RunReport;
/** The default schemas folder of a repository, read only when it exists. */
export declare const DEFAULT_SCHEMAS_DIR = "schemas";
/**
 * Returns the exit status for a report: 2 when an error kept anything from
 * being tested, 1 when a case or property failed or an `xfail` case passed,
 * otherwise 0.
 */
export declare function exitCodeFor(report: RunReport): 0 | 1 | 2;
