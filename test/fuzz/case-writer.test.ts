import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseDocument, caseYaml, writeCaseFile } from "../../src/fuzz/case-writer.js";
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

describe("writeCaseFile", () => {
  const document = { rule: "rules/x.yaml", name: "one", at: "2026-04-20T09:00:00Z", tables: {}, expect: {} };

  it("keeps same-named rules apart", () => {
    const folder = mkdtempSync(join(tmpdir(), "case-writer-"));
    try {
      const first = writeCaseFile(folder, "rules/zoom/Rule.yaml", "n > 3", document, "test");
      const second = writeCaseFile(folder, "rules/zoom/corrected/Rule.yaml", "n > 3", document, "test");

      expect(first).toBe(join(folder, "rules/zoom/Rule.n-3.yaml"));
      expect(second).toBe(join(folder, "rules/zoom/corrected/Rule.n-3.yaml"));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("keeps a rule outside the root in the folder", () => {
    const folder = mkdtempSync(join(tmpdir(), "case-writer-"));
    try {
      const path = writeCaseFile(folder, "../elsewhere/Rule.yaml", "kill it", document, "test");

      expect(path).toBe(join(folder, "Rule.kill-it.yaml"));
      expect(readdirSync(folder)).toEqual(["Rule.kill-it.yaml"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("shortens a long property name", () => {
    const folder = mkdtempSync(join(tmpdir(), "case-writer-"));
    try {
      const path = writeCaseFile(folder, "Rule.yaml", "a".repeat(300), document, "test");

      expect(path).toBe(join(folder, `Rule.${"a".repeat(80)}.yaml`));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
