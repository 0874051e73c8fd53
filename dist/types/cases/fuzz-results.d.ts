import type { CompileOptions } from "../kql/api.js";
import { type DeclaredProperty } from "../fuzz/declared.js";
import type { FuzzResult } from "../fuzz/index.js";
import type { RuleReport, RunSummary, ThresholdReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
/** The fuzzing settings of one `runAll` call. */
export interface FuzzSettings {
    /** Generated inputs per property; 0 turns fuzzing and mutation testing off. */
    readonly runs: number;
    /** The seed of every property of the run. */
    readonly seed: number;
    /** Absolute folder for shrunk counterexamples and suggested cases. */
    readonly writeCounterexamples?: string;
    /** Time budget per rule in milliseconds; the fuzzer's default when unset. */
    readonly timeBudgetMs?: number;
}
/**
 * Copies a fuzzing result into a rule's report. Each declared property
 * gets the file and line that declare it, and each mutant the line and
 * column of its change in the rule file, so annotations point there.
 */
export declare function applyFuzzResult(report: RuleReport, result: FuzzResult, rule: Rule, declared: readonly DeclaredProperty[]): void;
/**
 * Finds the threshold of a rule that does not compile, from its syntax
 * tree alone. Returns `{found: false}` with the parser's error when the
 * query cannot be read at all.
 */
export declare function syntaxThreshold(rule: Rule, options: CompileOptions): ThresholdReport;
/**
 * Counts the rules whose threshold was found, and those of them whose
 * automatic boundary property ran (passed or failed, not skipped).
 */
export declare function countThresholds(rules: readonly RuleReport[]): Required<Pick<RunSummary, "thresholdsFound" | "thresholdsFuzzed">>;
