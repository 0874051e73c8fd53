import type { DiffReport } from "../diff/types.js";
import type { RunReport } from "../report/types.js";
import type { GateResult } from "./gate.js";
export interface CommentContent {
    /** The hidden HTML comment that finds this comment again on the next run. */
    marker: string;
    run?: RunReport;
    diff?: DiffReport;
    gate?: GateResult;
    /** The job summary's URL, linked from the note on a cut comment. */
    summaryUrl?: string;
    /** The maximum body length; GitHub's limit by default. */
    maxLength?: number;
}
/**
 * Builds the Markdown of the pull-request comment, cut to fit GitHub's
 * comment limit. It contains the marker, the verdict, a table of rules with
 * their mutation scores, the failing cases' alert diffs, the failed
 * properties' counterexamples, the surviving mutants (collapsed) and the
 * base-versus-head alert diff.
 */
export declare function buildCommentBody(content: CommentContent): string;
/**
 * Formats a diff report as Markdown: a summary line, then per rule the
 * alerts added (`+`), removed (`-`) and changed (`!`) in a collapsible block.
 */
export declare function formatDiffMarkdown(diff: DiffReport): string;
