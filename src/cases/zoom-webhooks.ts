/**
 * Turns Zoom webhook payloads into `ZoomLogs` rows, so that a golden case
 * can give events the way Zoom sends them (`zoom_webhooks:`).
 *
 * This mapping is a reconstruction. Microsoft does not publish the
 * `ZoomLogs` workspace function of the legacy Zoom connector, so it is
 * rebuilt from what is public:
 * - The connector's Azure Function posts each webhook body unchanged to the
 *   Azure Monitor HTTP Data Collector API, which flattens nested objects
 *   into `parent_child` column names with a type suffix (`_s` string, `_d`
 *   number, `_b` boolean, `_t` datetime, `_g` guid).
 * - The ZoomLogs schema that Azure-Sentinel's KQL validation uses declares
 *   `TimeGenerated`, `Event`, `User`, `UserId`, `MeetingEvents` and
 *   `ChatEvents` (JSON text), and raw `payload_*` columns.
 * - The published ZoomLogs rules read `ChatEvents.Channel` and `.Message`,
 *   `MeetingEvents.MeetingId`, `.Timezone` and `.MeetingName`, and compare
 *   the `_b` columns with the strings `'true'` and `'false'`.
 * docs/zoom-webhooks.md gives the full table and the choices made.
 */
import { parseDatetime, type KustoType } from "../kql/types.js";

export const ZOOM_LOGS_TABLE = "ZoomLogs";

/** One webhook as a case gives it: when it arrived and the JSON Zoom posted. */
export interface ZoomWebhook {
  readonly received_at: string;
  readonly body: Readonly<Record<string, unknown>>;
}

/** A `ZoomLogs` row: raw values and the type of each column. */
export interface ZoomLogsRow {
  readonly values: Record<string, unknown>;
  /**
   * Column types: `payload_*` columns by their Data Collector suffix, the
   * others `string` but `TimeGenerated`. A table schema overrides them.
   */
  readonly types: Record<string, KustoType>;
}

/**
 * Maps one webhook to a `ZoomLogs` row. `TimeGenerated` comes from
 * `received_at`, because the connector stamps the receipt time, and `Event`
 * from `event`. `User` and `UserId` come from the operator, or from the
 * participant or registrant when there is no operator. The event family's
 * column (`ChatEvents`, `MeetingEvents`, `WebinarEvents` or `RoomEvents`)
 * gets JSON text, and every field under `payload` becomes a `payload_*`
 * column.
 */
export function zoomLogsRowFromWebhook(webhook: ZoomWebhook): ZoomLogsRow {
  const body = webhook.body;
  const payload = recordAt(body, ["payload"]);
  const flattened = flattenPayload(payload);

  const derived: Record<string, unknown> = {
    TimeGenerated: webhook.received_at,
    Event: body.event,
    User: actorOf(payload, "email"),
    UserId: actorOf(payload, "id"),
    ...familyColumns(String(body.event ?? ""), payload),
  };
  const types: Record<string, KustoType> = { ...flattened.types };
  for (const name of Object.keys(derived)) types[name] = "string";
  types.TimeGenerated = "datetime";
  return { values: { ...derived, ...flattened.values }, types };
}

/**
 * Returns the acting user's email (`User`) or Zoom id (`UserId`):
 * `operator` and `operator_id` when Zoom sends them, otherwise the meeting
 * participant's or the registrant's, otherwise the empty string.
 */
function actorOf(payload: Record<string, unknown>, field: "email" | "id"): string {
  const participant = recordAt(payload, ["object", "participant"]);
  const registrant = recordAt(payload, ["object", "registrant"]);
  const candidates =
    field === "email"
      ? [payload.operator, participant.email, participant.user_name, registrant.email]
      : [payload.operator_id, participant.user_id, participant.id, registrant.id];
  const found = candidates.find((value) => value !== undefined && value !== null && value !== "");
  return found === undefined ? "" : String(found);
}

function familyColumns(event: string, payload: Record<string, unknown>): Record<string, string> {
  const object = recordAt(payload, ["object"]);
  const family = event.split(".")[0];
  switch (family) {
    case "chat_message":
    case "chat_channel":
      return { ChatEvents: jsonText({ Channel: object.channel_name, Message: object.message }) };
    case "meeting":
      return {
        MeetingEvents: jsonText({
          MeetingId: object.id,
          Timezone: object.timezone,
          MeetingName: object.topic,
        }),
      };
    case "webinar":
      return {
        WebinarEvents: jsonText({
          WebinarId: object.id,
          WebinarName: object.topic,
          Start: object.start_time,
        }),
      };
    case "zoomroom":
      return { RoomEvents: jsonText({ AlertType: object.alert_type, AlertKind: object.alert_kind }) };
    default:
      return {};
  }
}

/** JSON text of a bag; fields Zoom did not send are left out. */
function jsonText(bag: Record<string, unknown>): string {
  return JSON.stringify(bag);
}

/**
 * Flattens `payload` the way the HTTP Data Collector API flattens a record:
 * nested object keys joined with `_`, a suffix for the value's type. Lists
 * are stored as JSON text (`_s`) and null values make no column.
 */
export function flattenPayload(payload: Record<string, unknown>): ZoomLogsRow {
  const values: Record<string, unknown> = {};
  const types: Record<string, KustoType> = {};
  const visit = (prefix: string, value: unknown) => {
    if (value === null || value === undefined) return;
    if (isRecord(value)) {
      for (const [key, inner] of Object.entries(value)) visit(`${prefix}_${key}`, inner);
      return;
    }
    const [suffix, type, stored] = typedValue(value);
    values[`${prefix}_${suffix}`] = stored;
    types[`${prefix}_${suffix}`] = type;
  };
  visit("payload", payload);
  return { values, types };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function typedValue(value: unknown): [string, KustoType, unknown] {
  if (typeof value === "boolean") {
    // Every published ZoomLogs rule compares `_b` columns with 'true' and
    // 'false', and the validation schema declares its `_b` column a string.
    return ["b", "string", String(value)];
  }
  if (typeof value === "number" || typeof value === "bigint") return ["d", "real", Number(value)];
  if (Array.isArray(value)) return ["s", "string", JSON.stringify(value)];

  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && parseDatetime(text) !== null) {
    return ["t", "datetime", text];
  }
  if (GUID.test(text)) return ["g", "guid", text];
  return ["s", "string", text];
}

function recordAt(value: unknown, path: readonly string[]): Record<string, unknown> {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return isRecord(current) ? current : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
