/**
 * Sentinel entity types: the identifiers each accepts, and the identifier
 * sets of which one must be fully mapped. Taken from the Azure-Sentinel
 * template validation (`.script/tests/detectionTemplateSchemaValidation/
 * Models/EntityMappingIdentifiers.cs` and `EntityType.cs`), which lists the
 * same 18 types as the `Microsoft.SecurityInsights/alertRules` ARM schema
 * plus IoTDevice.
 */
export interface EntityTypeSpec {
    readonly identifiers: readonly string[];
    /** Any one of these sets, fully present, is enough. */
    readonly requiredSets: readonly (readonly string[])[];
}
export declare const ENTITY_TYPES: Readonly<Record<string, EntityTypeSpec>>;
export declare const ENTITY_TYPE_NAMES: string[];
/**
 * Describes the required sets in words, such as `FullName, Sid or Name`
 * or `Algorithm and Value`.
 */
export declare function describeRequiredSets(spec: EntityTypeSpec): string;
/** Joins words as prose: `a`, `a or b`, `a, b or c`. */
export declare function joinWords(words: readonly string[], last: string): string;
