import type { PropertyReport } from "../report/types.js";
import type { Rule } from "../rules/types.js";
import type { CaseDocument } from "./case-writer.js";
import type { Mutant } from "./mutant-generation.js";
import type { PropertyOutcome } from "./property-check.js";
import type { Suggestion } from "./suggestions.js";
/** The output folder of written cases, and the root their rule paths start from. */
export interface CaseOutput {
    /** The repository root: written cases name the rule relative to it. */
    root: string;
    /** The folder for case files, or `undefined` to write none. */
    folder?: string;
}
/**
 * Builds a property's report entry. A failure carries its counterexample
 * as a golden case document, written to the output folder when the
 * property states what the case must expect.
 */
export declare function propertyReport(outcome: PropertyOutcome, rule: Rule, output: CaseOutput): PropertyReport;
/** The report entry of a case that kills a surviving mutant. */
export interface SuggestionEntry {
    case: CaseDocument;
    /** The file the case was written to (see `shownPath`), when an output folder is set. */
    file?: string;
}
/** Builds the suggestion entry of a surviving mutant, writing its case when asked. */
export declare function suggestionEntry(found: Suggestion, mutant: Mutant, rule: Rule, output: CaseOutput): SuggestionEntry;
