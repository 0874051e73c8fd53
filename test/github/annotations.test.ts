import { describe, expect, it } from "vitest";
import { buildAnnotations } from "../../src/report/github.js";
import { caseReport, ruleReport, runReport } from "./report-fixtures.js";
import { formatRemainder, pickAnnotations, type Annotation } from "../../src/github/annotations.js";

function annotations(level: Annotation["level"], count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    level,
    message: `${level} ${i + 1}`,
    properties: { file: "rules/a.yaml", startLine: i + 1 },
  }));
}

describe("pickAnnotations", () => {
  it("shows ten per level", () => {
    const all = [...annotations("warning", 12), ...annotations("error", 11)];

    const pick = pickAnnotations(all);

    expect(pick.shown.filter((item) => item.level === "error")).toHaveLength(10);
    expect(pick.shown.filter((item) => item.level === "warning")).toHaveLength(10);
    expect(pick.remainder.map((item) => item.message)).toEqual(["error 11", "warning 11", "warning 12"]);
  });

  it("picks by file and line whatever the input order", () => {
    const all = annotations("error", 12).reverse();

    const pick = pickAnnotations(all);

    expect(pick.shown.map((item) => item.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(pick.remainder.map((item) => item.properties.startLine)).toEqual([11, 12]);
  });

  it("takes the report's annotations", () => {
    const cases = Array.from({ length: 12 }, (_, i) => caseReport({ status: "failed", line: i + 1 }));
    const annotations = buildAnnotations(runReport([ruleReport({ status: "failed", cases })]));

    const pick = pickAnnotations(annotations);

    expect(pick.shown).toHaveLength(10);
    expect(pick.remainder.map((item) => item.properties.startLine)).toEqual([11, 12]);
  });

  it("keeps everything under the limit", () => {
    const all = annotations("notice", 3);

    expect(pickAnnotations(all)).toEqual({ shown: all, remainder: [] });
  });
});

describe("formatRemainder", () => {
  it("lists the annotations not shown", () => {
    const text = formatRemainder([
      {
        level: "error",
        message: "bad <KQL>\n  --> rules/a.yaml:3:7",
        properties: { title: "invalid rule", file: "rules/a.yaml", startLine: 3, startColumn: 7 },
      },
      { level: "warning", message: "no place", properties: {} },
    ]);

    expect(text).toBe(
      [
        "#### 2 more annotations",
        "",
        "GitHub shows 10 annotations of each level per step; these were not shown on the files.",
        "",
        "- **error** invalid rule: bad &lt;KQL&gt; (`rules/a.yaml:3:7`)",
        "- **warning** no place",
        "",
      ].join("\n"),
    );
  });

  it("returns nothing without a remainder", () => {
    expect(formatRemainder([])).toBe("");
  });
});
