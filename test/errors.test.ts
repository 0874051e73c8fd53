import { describe, expect, it } from "vitest";
import { formatInputError, InputError } from "../src/errors.js";

/** A 300-character line: `a` to `j` repeated, so any excerpt is easy to place. */
const LONG = "abcdefghij".repeat(30);

function sourceLines(column?: number, sourceLine = LONG): string[] {
  const error = new InputError("bad value", { file: "r.yaml", line: 6, column, sourceLine });
  return formatInputError(error).split("\n").slice(2, 4);
}

describe("formatInputError source line", () => {
  it("shows a short line whole", () => {
    expect(sourceLines(3, "x = 1")).toEqual(["   | x = 1", "   |   ^"]);
  });

  it("cuts a long line around the column", () => {
    const [text, caret] = sourceLines(151);

    expect(text).toBe(`   | ...${LONG.slice(110, 210)}...`);
    expect(caret).toBe(`   | ${" ".repeat(43)}^`);
    expect(text.charAt(caret.indexOf("^"))).toBe(LONG.charAt(150));
  });

  it("keeps the start when the column is near it", () => {
    const [text, caret] = sourceLines(5);

    expect(text).toBe(`   | ${LONG.slice(0, 100)}...`);
    expect(caret).toBe("   |     ^");
  });

  it("keeps the end when the column is near it", () => {
    const [text, caret] = sourceLines(300);

    expect(text).toBe(`   | ...${LONG.slice(200)}`);
    expect(text.charAt(caret.indexOf("^"))).toBe(LONG.charAt(299));
  });

  it("cuts a long line without a column", () => {
    const error = new InputError("bad value", { file: "r.yaml", line: 6, sourceLine: LONG });
    const lines = formatInputError(error).split("\n");

    expect(lines[2]).toBe(`   | ${LONG.slice(0, 100)}...`);
    expect(lines).toHaveLength(3);
  });
});
