import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cases/csv.js";

// A quoted cell may contain commas, line breaks and doubled quotes.
describe("parseCsv", () => {
  it("plain records", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["1", "2"], line: 2 },
    ]);
  });

  it("quoted commas, quotes and newlines", () => {
    const records = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n');
    expect(records).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["x, y", 'say "hi"'], line: 2 },
      { cells: ["two\nlines", "z"], line: 3 },
    ]);
  });

  it("CRLF, blank lines and empty cells", () => {
    expect(parseCsv("a,b\r\n\r\n,\r\n1,")).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["", ""], line: 3 },
      { cells: ["1", ""], line: 4 },
    ]);
  });

  it("unterminated quote", () => {
    expect(() => parseCsv('a\n"open\n')).toThrow("unterminated quoted cell starting on line 2");
  });
});
