import { describe, expect, it } from "vitest";
import { caseDocument, caseYaml } from "../../src/fuzz/case-writer.js";
import { parseDatetime } from "../../src/kql/types.js";

describe("caseDocument", () => {
  const at = parseDatetime("2026-04-20T09:00:00Z") as number;
  const tables = {
    ZoomLogs: {
      columns: [
        { name: "TimeGenerated", type: "datetime" as const },
        { name: "Event", type: "dynamic" as const },
        { name: "ChatEvents", type: "string" as const },
        { name: "User", type: "string" as const },
        { name: "MeetingEvents", type: "string" as const },
      ],
      rows: [[parseDatetime("2026-04-20T08:10:00Z"), "chat_message.sent", '{"Channel":"a"}', "u@example.com", ""]],
    },
    Empty: { columns: [{ name: "A", type: "long" as const }], rows: [] },
  };

  it("writes non-empty cells", () => {
    const document = caseDocument("rules/x.yaml", "one", at, tables, { triggered: false });

    expect(document).toEqual({
      rule: "rules/x.yaml",
      name: "one",
      at: "2026-04-20T09:00:00Z",
      tables: {
        ZoomLogs: [
          {
            TimeGenerated: "2026-04-20T08:10:00Z",
            Event: "chat_message.sent",
            ChatEvents: { Channel: "a" },
            User: "u@example.com",
          },
        ],
      },
      expect: { triggered: false },
    });
  });

  it("starts YAML with its origin", () => {
    const document = caseDocument("rules/x.yaml", "one", at, tables, { triggered: false });

    expect(caseYaml(document, "made by a test").split("\n").slice(0, 3)).toEqual([
      "# made by a test",
      "rule: rules/x.yaml",
      "name: one",
    ]);
  });
});
