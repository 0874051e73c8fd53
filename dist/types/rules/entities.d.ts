import type { Table, Value } from "../kql/types.js";
import type { Entity, EntityMapping } from "./types.js";
/** Sentinel's maximum of entities per alert, split among the mappings. */
export declare const MAX_ENTITIES_PER_ALERT = 500;
/**
 * Builds an alert's entities from its rows: each mapping gives one entity
 * per row, with each identifier's column value as a string. Empty and null
 * values are left out, an entity that then lacks every required identifier
 * set of its type is dropped, and identical entities are kept once.
 */
export declare function buildEntities(mappings: readonly EntityMapping[], table: Table, rows: readonly (readonly Value[])[]): Entity[];
