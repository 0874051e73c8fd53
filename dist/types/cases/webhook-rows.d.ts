import { type EventFileContext } from "./event-files.js";
import { type SourceRow } from "./source-rows.js";
import type { YamlPath } from "./yaml-source.js";
/**
 * Reads a case's `zoom_webhooks:` (a list, or `{file: path}` to a JSON,
 * NDJSON or YAML list of `{received_at, body}` records) and maps each
 * webhook to a `ZoomLogs` row. A type error in the row is placed at the
 * webhook's `received_at` (for `TimeGenerated`) or its `body`.
 */
export declare function webhookRows(spec: unknown, path: YamlPath, context: EventFileContext): SourceRow[];
