/**
 * Key names of rule files. Sentinel's template validation reads keys the
 * way Newtonsoft.Json does, ignoring case, so `Query`, `query` and `QUERY`
 * are the same field. The API, export and ARM forms also rename a few
 * top-level fields, listed here as aliases of the template names.
 */
export const ROOT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  name: ["displayName"],
  relevantTechniques: ["techniques"],
  eventGroupingSettings: ["eventGroupSettings"],
  version: ["templateVersion"],
};

/** Top-level fields the rule model reads. */
export const RULE_FIELDS = [
  "id",
  "name",
  "description",
  "kind",
  "severity",
  "query",
  "queryFrequency",
  "queryPeriod",
  "triggerOperator",
  "triggerThreshold",
  "tactics",
  "relevantTechniques",
  "entityMappings",
  "customDetails",
  "alertDetailsOverride",
  "eventGroupingSettings",
  "version",
  "requiredDataConnectors",
  "suppressionEnabled",
  "suppressionDuration",
] as const;

/**
 * Top-level fields that packaging, deployment or incident creation use and
 * that do not change what a run returns, so they are read without checks.
 */
export const IGNORED_FIELDS = [
  "tags",
  "metadata",
  "status",
  "enabled",
  "incidentConfiguration",
  "alertRuleTemplateName",
  "severitiesFilter",
  "sentinelEntitiesMappings",
  "subTechniques",
  "startTimeUtc",
  "lastModifiedUtc",
  "etag",
  "displayNamesFilter",
  "displayNamesExcludeFilter",
  "productFilter",
];

/** Known keys of the nested objects, by the field that contains them. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  entityMappings: ["entityType", "fieldMappings"],
  fieldMappings: ["identifier", "columnName"],
  eventGroupingSettings: ["aggregationKind"],
  alertDetailsOverride: [
    "alertDisplayNameFormat",
    "alertDescriptionFormat",
    "alertTacticsColumnName",
    "alertSeverityColumnName",
    "alertDynamicProperties",
  ],
  alertDynamicProperties: ["alertProperty", "value"],
  requiredDataConnectors: ["connectorId", "dataTypes"],
};

/** Tells whether a key in the file stands for a canonical field name. */
export function keyMatches(
  key: string,
  canonical: string,
  atRoot: boolean,
): boolean {
  const lower = key.toLowerCase();
  if (lower === canonical.toLowerCase()) return true;
  if (!atRoot) return false;

  const aliases = ROOT_ALIASES[canonical] ?? [];
  return aliases.some((alias) => alias.toLowerCase() === lower);
}

/** Returns the canonical name of a key, or `undefined` for an unknown key. */
export function canonicalKey(
  key: string,
  known: readonly string[],
  atRoot: boolean,
): string | undefined {
  return known.find((name) => keyMatches(key, name, atRoot));
}
