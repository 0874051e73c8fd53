import type { MutantReport, RuleReport } from "./types.js";
/**
 * Tells whether a mutant survived: every golden case passed on it. An
 * invalid mutant (it does not compile or run) and a skipped one (the time
 * budget ran out) did not survive. A report without `status` counts every
 * mutant that was not killed.
 */
export declare function isSurvivor(mutant: MutantReport): boolean;
/** Lists the rule's surviving mutants, which are warnings. */
export declare function survivingMutants(rule: RuleReport): MutantReport[];
/** Formats a mutation score (0 to 1) as a whole percentage, such as `88%`. */
export declare function formatScore(score: number): string;
/**
 * Summarises a rule's mutants, such as `7 of 8 killed (88%), 1 invalid`:
 * the score counts killed and surviving mutants only.
 */
export declare function describeMutants(rule: RuleReport): string;
/** A case that kills a surviving mutant: its name, and its file once written. */
export interface SuggestedCase {
    name: string;
    file?: string;
}
/** Reads the suggested case of a mutant, when fuzzing found one. */
export declare function suggestedCase(mutant: MutantReport): SuggestedCase | undefined;
/** The report line of a surviving mutant for which no generated case was found. */
export declare const NO_SUGGESTION = "no suggested case: none of the generated inputs makes this mutant raise other alerts than the rule";
/** Returns where a mutant's change sits in the rule file, such as `rules/x.yaml:9`. */
export declare function mutantPlace(rule: RuleReport, mutant: MutantReport): string;
