/**
 * Generates ZoomLogs rows for the benchmark, a deterministic mix of Zoom
 * events. One row in five is a chat message, and a few users share one
 * link across many channels, so the seed rule raises alerts.
 */
const EVENTS = [
  "chat_message.sent",
  "meeting.created",
  "meeting.participant_joined",
  "meeting.participant_left",
  "account.settings_updated",
];

/** Returns a small linear congruential generator, so every run gets the same rows. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface ZoomRow {
  TimeGenerated: string;
  Event: string;
  User: string;
  UserId: string;
  ChatEvents: string;
  MeetingEvents: string;
}

/** Returns `count` rows spread over the day before `at` (ISO text). */
export function* generateZoomRows(count: number, at: string): Generator<ZoomRow> {
  const random = makeRandom(42);
  const end = Date.parse(at);
  for (let i = 0; i < count; i++) {
    const user = Math.floor(random() * 5000);
    const event = EVENTS[Math.floor(random() * EVENTS.length)];
    const time = new Date(end - Math.floor(random() * 86_400_000)).toISOString();
    const chat =
      event === "chat_message.sent"
        ? JSON.stringify({
            Channel: `channel-${Math.floor(random() * 40)}`,
            Message:
              random() < 0.5
                ? `see https://files.example.net/${user % 50}`
                : `hello number ${i}`,
          })
        : "";
    const meeting =
      event.startsWith("meeting.")
        ? JSON.stringify({ MeetingId: String(i % 900), Timezone: "Europe/Paris" })
        : "";
    yield {
      TimeGenerated: time,
      Event: event,
      User: `user${user}@example.com`,
      UserId: `u-${user}`,
      ChatEvents: chat,
      MeetingEvents: meeting,
    };
  }
}
