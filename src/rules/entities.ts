import type { Table, Value } from "../kql/types.js";
import { ENTITY_TYPES } from "./entity-types.js";
import { displayString } from "./result-values.js";
import type { Entity, EntityMapping } from "./types.js";

/** Sentinel's maximum of entities per alert, split among the mappings. */
export const MAX_ENTITIES_PER_ALERT = 500;

/**
 * Builds an alert's entities from its rows: each mapping gives one entity
 * per row, with each identifier's column value as a string. Empty and null
 * values are left out, an entity that then lacks every required identifier
 * set of its type is dropped, and identical entities are kept once.
 */
export function buildEntities(
  mappings: readonly EntityMapping[],
  table: Table,
  rows: readonly (readonly Value[])[],
): Entity[] {
  const entities: Entity[] = [];
  const seen = new Set<string>();
  const mappingCount = Math.max(1, mappings.length);
  const perMapping = Math.floor(MAX_ENTITIES_PER_ALERT / mappingCount);
  for (const mapping of mappings) {
    let count = 0;
    for (const row of rows) {
      const entity = entityOf(mapping, table, row);
      const key = entity && JSON.stringify(Object.entries(entity));
      if (!entity || !key || seen.has(key) || count >= perMapping) continue;
      seen.add(key);
      entities.push(entity);
      count++;
    }
  }
  return entities;
}

function entityOf(
  mapping: EntityMapping,
  table: Table,
  row: readonly Value[],
): Entity | null {
  const identifiers: Record<string, string> = {};
  for (const field of mapping.fieldMappings) {
    const index = table.columns.findIndex(
      (column) => column.name === field.columnName,
    );
    if (index < 0) continue;

    const text = displayString(row[index], table.columns[index].type);
    if (text !== "") identifiers[field.identifier] = text;
  }
  if (!hasRequiredIdentifiers(mapping.entityType, identifiers)) return null;
  return { type: mapping.entityType, ...identifiers };
}

function hasRequiredIdentifiers(
  entityType: string,
  identifiers: Record<string, string>,
): boolean {
  const spec = ENTITY_TYPES[entityType];
  if (!spec) return Object.keys(identifiers).length > 0;

  const complete = (set: readonly string[]) =>
    set.every((name) => name in identifiers);
  return spec.requiredSets.some(complete);
}
