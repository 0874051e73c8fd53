import { describe, expect, it } from "vitest";
import { flattenPayload, zoomLogsRowFromWebhook } from "../../src/cases/zoom-webhooks.js";

// Shaped like Zoom's Team Chat `chat_message.sent` webhook: event, event_ts
// in epoch milliseconds, and a payload with the operator and the message
// object (id, message, type, channel_id, channel_name, session_id,
// date_time, timestamp).
const CHAT_MESSAGE_SENT = {
  event: "chat_message.sent",
  event_ts: 1776672600000,
  payload: {
    account_id: "D8cJuqWVQ623CI4Q8yQK0Q",
    operator: "mallory@example.com",
    operator_id: "z8yCxjabcdEFGHfp8uQ",
    operator_member_id: "3mZ9tqW2SoOXbYbXK7Vh4g",
    object: {
      id: "8a7b6c5d-0000-4e1f-9a2b-000000000001",
      message: "invoice ready: https://docs.example-share.net/inv?id=77",
      type: "to_channel",
      channel_id: "C0a1",
      channel_name: "general",
      session_id: "C0a1",
      date_time: "2026-04-20T08:10:01Z",
      timestamp: 1776672601000,
    },
  },
};

describe("zoomLogsRowFromWebhook", () => {
  it("maps chat_message.sent", () => {
    const row = zoomLogsRowFromWebhook({
      received_at: "2026-04-20T08:10:02Z",
      body: CHAT_MESSAGE_SENT,
    });
    expect(row.values).toEqual({
      TimeGenerated: "2026-04-20T08:10:02Z",
      Event: "chat_message.sent",
      User: "mallory@example.com",
      UserId: "z8yCxjabcdEFGHfp8uQ",
      ChatEvents:
        '{"Channel":"general","Message":"invoice ready: https://docs.example-share.net/inv?id=77"}',
      payload_account_id_s: "D8cJuqWVQ623CI4Q8yQK0Q",
      payload_operator_s: "mallory@example.com",
      payload_operator_id_s: "z8yCxjabcdEFGHfp8uQ",
      payload_operator_member_id_s: "3mZ9tqW2SoOXbYbXK7Vh4g",
      payload_object_id_g: "8a7b6c5d-0000-4e1f-9a2b-000000000001",
      payload_object_message_s: "invoice ready: https://docs.example-share.net/inv?id=77",
      payload_object_type_s: "to_channel",
      payload_object_channel_id_s: "C0a1",
      payload_object_channel_name_s: "general",
      payload_object_session_id_s: "C0a1",
      payload_object_date_time_t: "2026-04-20T08:10:01Z",
      payload_object_timestamp_d: 1776672601000,
    });
  });

  it("types columns by suffix", () => {
    const row = zoomLogsRowFromWebhook({
      received_at: "2026-04-20T08:10:02Z",
      body: CHAT_MESSAGE_SENT,
    });
    expect(row.types.TimeGenerated).toBe("datetime");
    expect(row.types.ChatEvents).toBe("string");
    expect(row.types.payload_object_id_g).toBe("guid");
    expect(row.types.payload_object_date_time_t).toBe("datetime");
    expect(row.types.payload_object_timestamp_d).toBe("real");
    expect(row.types.payload_object_message_s).toBe("string");
  });

  it("maps meeting.participant_joined", () => {
    const row = zoomLogsRowFromWebhook({
      received_at: "2026-04-20T08:05:00Z",
      body: {
        event: "meeting.participant_joined",
        payload: {
          account_id: "D8cJuqWVQ623CI4Q8yQK0Q",
          object: {
            id: 85746065432,
            topic: "Quarterly review",
            timezone: "Asia/Tokyo",
            participant: { user_id: "16778240", user_name: "Guest", email: "guest@example.org" },
          },
        },
      },
    });
    expect(row.values.User).toBe("guest@example.org");
    expect(row.values.UserId).toBe("16778240");
    expect(row.values.MeetingEvents).toBe(
      '{"MeetingId":85746065432,"Timezone":"Asia/Tokyo","MeetingName":"Quarterly review"}',
    );
    expect(row.values.payload_object_participant_user_name_s).toBe("Guest");
    expect(row.values.ChatEvents).toBeUndefined();
  });

  it("maps account.settings_updated", () => {
    const row = zoomLogsRowFromWebhook({
      received_at: "2026-04-20T08:30:05Z",
      body: {
        event: "account.settings_updated",
        payload: {
          operator: "admin@example.com",
          operator_id: "uLobbbBXRs2hTGQxfkZnvw",
          object: { settings: { in_meeting: { e2e_encryption: false } } },
          old_object: { settings: { in_meeting: { e2e_encryption: true } } },
        },
      },
    });
    expect(row.values.payload_object_settings_in_meeting_e2e_encryption_b).toBe("false");
    expect(row.values.payload_old_object_settings_in_meeting_e2e_encryption_b).toBe("true");
    expect(row.types.payload_old_object_settings_in_meeting_e2e_encryption_b).toBe("string");
    expect(row.values.User).toBe("admin@example.com");
  });
});

describe("flattenPayload", () => {
  it("skips nulls and stores lists as JSON", () => {
    const flat = flattenPayload({ a: null, b: [1, { c: 2 }], d: { e: "x" } });
    expect(flat.values).toEqual({ payload_b_s: '[1,{"c":2}]', payload_d_e_s: "x" });
  });
});
