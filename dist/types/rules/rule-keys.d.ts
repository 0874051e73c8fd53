/**
 * Key names of rule files. Sentinel's template validation reads keys the
 * way Newtonsoft.Json does, ignoring case, so `Query`, `query` and `QUERY`
 * are the same field. The API, export and ARM forms also rename a few
 * top-level fields, listed here as aliases of the template names.
 */
export declare const ROOT_ALIASES: Readonly<Record<string, readonly string[]>>;
/** Top-level fields the rule model reads. */
export declare const RULE_FIELDS: readonly ["id", "name", "description", "kind", "severity", "query", "queryFrequency", "queryPeriod", "triggerOperator", "triggerThreshold", "tactics", "relevantTechniques", "entityMappings", "customDetails", "alertDetailsOverride", "eventGroupingSettings", "version", "requiredDataConnectors", "suppressionEnabled", "suppressionDuration"];
/**
 * Top-level fields that packaging, deployment or incident creation use and
 * that do not change what a run returns, so they are read without checks.
 */
export declare const IGNORED_FIELDS: string[];
/** Known keys of the nested objects, by the field that contains them. */
export declare const NESTED_KEYS: Readonly<Record<string, readonly string[]>>;
/** Tells whether a key in the file stands for a canonical field name. */
export declare function keyMatches(key: string, canonical: string, atRoot: boolean): boolean;
/** Returns the canonical name of a key, or `undefined` for an unknown key. */
export declare function canonicalKey(key: string, known: readonly string[], atRoot: boolean): string | undefined;
