import { InputError } from "../errors.js";
import type { RuleSource, SourcePosition } from "./rule-source.js";
/** Maps a 1-based line and column of the query text to the rule file. */
export type QueryPositionMap = (line: number, column: number) => SourcePosition;
/**
 * Builds the map from the query text to the rule file. A literal block
 * (`query: |`) maps line by line, each query line sitting after the
 * block's indentation. A quoted or plain scalar maps character by
 * character when its escapes can be followed (JSON strings included).
 * Otherwise, as for a folded block, every position maps to the key's line.
 */
export declare function queryPositionMap(rule: RuleSource, query: string): QueryPositionMap;
/**
 * Moves an engine error from the query text onto the rule file: its file,
 * line, column and source line become those of the rule file.
 */
export declare function rebaseQueryError(error: InputError, rule: RuleSource, map: QueryPositionMap): InputError;
