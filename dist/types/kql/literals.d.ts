import type { SyntaxNode } from "./syntax.js";
import type { KustoType, Value } from "./types.js";
/** A literal's value, or the reason it cannot be read. */
export type LiteralResult = {
    ok: true;
    type: KustoType;
    value: Value;
} | {
    ok: false;
    reason: string;
};
/** Tells whether a syntax node is a literal of a scalar type. */
export declare function isLiteral(node: SyntaxNode): boolean;
/**
 * Reads a literal expression. Kusto.Language decodes strings. The other
 * literals are read here from their text, because Kusto.Language 12.4.1
 * reads `real(nan)`, `time(2)` and hex longs as 0. The literal forms are
 * those of learn.microsoft.com/kusto/query/scalar-data-types/.
 */
export declare function readLiteral(node: SyntaxNode): LiteralResult;
