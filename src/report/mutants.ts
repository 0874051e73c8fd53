import type { MutantReport, RuleReport } from "./types.js";

/**
 * Tells whether a mutant survived: every golden case passed on it. An
 * invalid mutant (it does not compile or run) and a skipped one (the time
 * budget ran out) did not survive. A report without `status` counts every
 * mutant that was not killed.
 */
export function isSurvivor(mutant: MutantReport): boolean {
  return mutant.status === undefined ? !mutant.killed : mutant.status === "survived";
}

/** Lists the rule's surviving mutants, which are warnings. */
export function survivingMutants(rule: RuleReport): MutantReport[] {
  return rule.mutants.filter(isSurvivor);
}

/** Formats a mutation score (0 to 1) as a whole percentage, such as `88%`. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/**
 * Summarises a rule's mutants, such as `7 of 8 killed (88%), 1 invalid`:
 * the score counts killed and surviving mutants only.
 */
export function describeMutants(rule: RuleReport): string {
  const killed = rule.mutants.filter((mutant) => mutant.killed).length;
  const decided = killed + survivingMutants(rule).length;
  const score = rule.mutationScore === null ? "" : ` (${formatScore(rule.mutationScore)})`;
  const parts = [`${killed} of ${decided} killed${score}`];
  const invalid = rule.mutants.filter((mutant) => mutant.status === "invalid").length;
  const skipped = rule.mutants.filter((mutant) => mutant.status === "skipped").length;
  if (invalid > 0) parts.push(`${invalid} invalid`);
  if (skipped > 0) parts.push(`${skipped} skipped for time`);
  return parts.join(", ");
}

/** A case that kills a surviving mutant: its name, and its file once written. */
export interface SuggestedCase {
  name: string;
  file?: string;
}

/** Reads the suggested case of a mutant, when fuzzing found one. */
export function suggestedCase(mutant: MutantReport): SuggestedCase | undefined {
  const suggestion = mutant.suggestion as { case?: { name?: unknown }; file?: unknown } | undefined;
  const name = suggestion?.case?.name;
  if (typeof name !== "string") return undefined;
  return typeof suggestion?.file === "string" ? { name, file: suggestion.file } : { name };
}

/** The report line of a surviving mutant for which no generated case was found. */
export const NO_SUGGESTION =
  "no suggested case: none of the generated inputs makes this mutant raise other alerts than the rule";

/** Returns where a mutant's change sits in the rule file, such as `rules/x.yaml:9`. */
export function mutantPlace(rule: RuleReport, mutant: MutantReport): string {
  const line = mutant.line ?? rule.line;
  return line === undefined ? rule.file : `${rule.file}:${line}`;
}
