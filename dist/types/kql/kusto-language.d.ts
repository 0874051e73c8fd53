/**
 * The global `Kusto` namespace of Microsoft's Kusto.Language, compiled to
 * JavaScript by Bridge.NET. It is untyped here: only the lowering and the
 * schema modules touch it, and they wrap what they read in the engine's own
 * types.
 */
export type KustoNamespace = any;
/**
 * Loads Kusto.Language once per process and returns its `Kusto` global.
 * The bundled Action ships the two scripts in `dist/kusto/`; from the
 * sources they come from `node_modules`.
 */
export declare function loadKustoLanguage(): KustoNamespace;
/** Returns the name of a `SyntaxKind` value, such as `FilterOperator`. */
export declare function syntaxKindName(kind: number): string;
