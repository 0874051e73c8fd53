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
import { type KustoType } from "../kql/types.js";
export declare const ZOOM_LOGS_TABLE = "ZoomLogs";
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
export declare function zoomLogsRowFromWebhook(webhook: ZoomWebhook): ZoomLogsRow;
/**
 * Flattens `payload` the way the HTTP Data Collector API flattens a record:
 * nested object keys joined with `_`, a suffix for the value's type. Lists
 * are stored as JSON text (`_s`) and null values make no column.
 */
export declare function flattenPayload(payload: Record<string, unknown>): ZoomLogsRow;
