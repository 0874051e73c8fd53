import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateQuery } from "../../src/kql/evaluate-query.js";
import { NOW } from "./engine-cases.js";

function ruleQuery(file: string): string {
  const rule = parse(readFileSync(`rules/zoom/${file}`, "utf8")) as { query: string };
  return rule.query;
}

function chat(minute: number, user: string, channel: string, message: string) {
  return {
    TimeGenerated: `2026-04-20T08:${String(minute).padStart(2, "0")}:00Z`,
    Event: "chat_message.sent",
    User: user,
    UserId: `id-${user}`,
    ChatEvents: JSON.stringify({ Channel: channel, Message: message }),
  };
}

describe("SupiciousLinkSharing", () => {
  const query = ruleQuery("SupiciousLinkSharing.yaml");
  const link = "see https://files.example.net/a";

  it("alerts on four channels", () => {
    const events = ["a", "b", "c", "d"].map((channel, i) => chat(10 + i, "user1@example.com", channel, link));
    const result = evaluateQuery(query, { ZoomLogs: events }, { now: NOW });
    expect(result.columns.map((column) => column.name)).toEqual([
      "Message", "User", "UserId", "Channels", "StartTime", "EndTime", "ChannelCount", "AccountName", "AccountUPNSuffix",
    ]);
    expect(result.rows).toEqual([
      [link, "user1@example.com", "id-user1@example.com", ["a", "b", "c", "d"], "2026-04-20T08:10:00Z", "2026-04-20T08:13:00Z", 4, "user1", "example.com"],
    ]);
  });

  it("stays quiet on three channels", () => {
    const events = ["a", "b", "c", "c"].map((channel, i) => chat(10 + i, "user1@example.com", channel, link));
    expect(evaluateQuery(query, { ZoomLogs: events }, { now: NOW }).rows).toEqual([]);
  });

  it("ignores messages without links", () => {
    const events = ["a", "b", "c", "d"].map((channel, i) => chat(10 + i, "u@example.com", channel, "hello"));
    expect(evaluateQuery(query, { ZoomLogs: events }, { now: NOW }).rows).toEqual([]);
  });
});

describe("E2EEDisbaled", () => {
  const query = ruleQuery("E2EEDisbaled.yaml");

  it("never alerts without the old setting column", () => {
    const event = {
      TimeGenerated: "2026-04-20T08:00:00Z",
      Event: "account.settings_updated",
      User: "admin@example.com",
      payload_object_settings_in_meeting_e2e_encryption_b: "true",
    };
    const result = evaluateQuery(query, { ZoomLogs: [event] }, { now: NOW });
    expect(result.rows).toEqual([]);
    expect(result.columns.map((column) => column.name)).toContain("OldE2ESetting");
  });
});

describe("ExternalUserAccess", () => {
  const query = ruleQuery("ExternalUserAccess.yaml");

  it("never alerts without the setting columns", () => {
    const event = { TimeGenerated: "2026-04-20T08:00:00Z", Event: "account.settings_updated", User: "a@example.com" };
    expect(evaluateQuery(query, { ZoomLogs: [event] }, { now: NOW }).rows).toEqual([]);
  });
});

describe("JoiningMeetingFromAnotherTimeZone", () => {
  const query = ruleQuery("JoiningMeetingFromAnotherTimeZone.yaml");
  const created = {
    TimeGenerated: "2026-04-15T08:00:00Z",
    Event: "meeting.created",
    User: "host@example.com",
    MeetingEvents: JSON.stringify({ MeetingId: "m1", Timezone: "Europe/Paris" }),
  };
  const joined = (timezone: string) => ({
    TimeGenerated: "2026-04-20T08:30:00Z",
    Event: "meeting.participant_joined",
    User: "guest@example.com",
    payload_object_participant_user_name_s: "Guest",
    MeetingEvents: JSON.stringify({ MeetingId: "m1", Timezone: timezone, MeetingName: "Standup" }),
  });

  it("alerts on another time zone", () => {
    const result = evaluateQuery(query, { ZoomLogs: [created, joined("Asia/Tokyo")] }, { now: NOW });
    expect(result.columns.map((column) => column.name)).toEqual([
      "TimeGenerated", "MeetingName", "JoiningUser", "JoinedTimeZone", "SchedTimezone", "MeetingScheduler", "timestamp", "AccountCustomEntity",
    ]);
    expect(result.rows).toEqual([
      ["2026-04-20T08:30:00Z", "Standup", "Guest", "Asia/Tokyo", "Europe/Paris", "host@example.com", "2026-04-20T08:30:00Z", "Guest"],
    ]);
  });

  it("stays quiet in the same time zone", () => {
    const result = evaluateQuery(query, { ZoomLogs: [created, joined("Europe/Paris")] }, { now: NOW });
    expect(result.rows).toEqual([]);
  });

  it("ignores meetings created too long ago", () => {
    const old = { ...created, TimeGenerated: "2026-04-01T08:00:00Z" };
    expect(evaluateQuery(query, { ZoomLogs: [old, joined("Asia/Tokyo")] }, { now: NOW }).rows).toEqual([]);
  });
});
