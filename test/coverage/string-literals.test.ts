import { describe, expect, it } from "vitest";
import { stringLiterals } from "../../src/coverage/string-literals.js";

// String literal forms (quotes, escapes, verbatim @"..."):
// https://learn.microsoft.com/azure/kusto/query/scalar-data-types/string
describe("stringLiterals", () => {
  it("decodes escapes and verbatim strings", () => {
    const query = String.raw`T | where A == "x\"y" and B has @'c:\d'`;

    expect(stringLiterals(query)).toEqual(['x"y', "c:\\d"]);
  });

  it("ignores comments", () => {
    const query = "T // it's a comment\n| where A in ('p', 'q', 'p')";

    expect(stringLiterals(query)).toEqual(["p", "q"]);
  });

  it("keeps at most 32", () => {
    const values = Array.from({ length: 40 }, (_, i) => `"v${i}"`);
    const literals = stringLiterals(`T | where A in (${values.join(", ")})`);

    expect(literals).toHaveLength(32);
    expect(literals[31]).toBe("v31");
  });
});
