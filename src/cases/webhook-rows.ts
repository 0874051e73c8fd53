import { InputError } from "../errors.js";
import { checkWebhook } from "./case-schema.js";
import { readEventFile, type EventFileContext } from "./event-files.js";
import { rowsFromYaml, type SourceRow } from "./source-rows.js";
import { zoomLogsRowFromWebhook, type ZoomWebhook } from "./zoom-webhooks.js";
import type { YamlPath } from "./yaml-source.js";

/**
 * Reads a case's `zoom_webhooks:` (a list, or `{file: path}` to a JSON,
 * NDJSON or YAML list of `{received_at, body}` records) and maps each
 * webhook to a `ZoomLogs` row. A type error in the row is placed at the
 * webhook's `received_at` (for `TimeGenerated`) or its `body`.
 */
export function webhookRows(
  spec: unknown,
  path: YamlPath,
  context: EventFileContext,
): SourceRow[] {
  const records = Array.isArray(spec)
    ? rowsFromYaml(context.caseSource, path, spec)
    : readEventFile(context, path, (spec as { file: string }).file);

  return records.map((record) => {
    checkRecord(record);
    const mapped = zoomLogsRowFromWebhook(record.values as unknown as ZoomWebhook);
    return {
      values: mapped.values,
      fromText: false,
      types: mapped.types,
      placeOf: (column?: string) =>
        record.placeOf(column === "TimeGenerated" ? "received_at" : "body"),
    };
  });
}

function checkRecord(record: SourceRow): void {
  const [first] = checkWebhook(record.values);
  if (!first) return;

  const field = first.path[0] === undefined ? undefined : String(first.path[0]);
  throw new InputError(`invalid Zoom webhook: ${first.message}`, {
    ...record.placeOf(field),
    hint: "give each webhook as {received_at, body}, body being the JSON Zoom posts",
    kind: "case",
  });
}
