// Page: https://learn.microsoft.com/kusto/query/datatypes-string-operators
// A term is a maximal run of ASCII letters and digits; `has` matches whole
// terms, the `_cs` forms are case-sensitive and `!` negates.
import { describe, expect, test } from "vitest";
import type { KustoType } from "../../../src/kql/types.js";
import { call } from "./call.js";

describe("string predicates", () => {
  const rows: [string, string, string, boolean][] = [
    ["contains", "FabriKam", "BRik", true],
    ["!contains", "Fabrikam", "xyz", true],
    ["contains_cs", "FabriKam", "Kam", true],
    ["!contains_cs", "Fabrikam", "Kam", true],
    ["endswith", "Fabrikam", "Kam", true],
    ["!endswith", "Fabrikam", "brik", true],
    ["endswith_cs", "Fabrikam", "kam", true],
    ["!endswith_cs", "Fabrikam", "brik", true],
    ["has", "North America", "america", true],
    ["!has", "North America", "amer", true],
    ["has_cs", "North America", "America", true],
    ["!has_cs", "North America", "amer", true],
    ["hasprefix", "North America", "ameri", true],
    ["!hasprefix", "North America", "mer", true],
    ["hasprefix_cs", "North America", "Ameri", true],
    ["hassuffix", "North America", "ICA", true],
    ["!hassuffix", "North America", "americ", true],
    ["hassuffix_cs", "North America", "ica", true],
    ["startswith", "Fabrikam", "fab", true],
    ["!startswith", "Fabrikam", "kam", true],
    ["startswith_cs", "Fabrikam", "Fab", true],
    ["!startswith_cs", "Fabrikam", "fab", true],
    ["has", "Americas", "america", false],
    ["has", "Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "c1db", true],
    ["has", "Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "4f9f-88ef", true],
    ["has", "Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "Explorer", false],
    ["has", "https://files.example.net/a", "example.net", true],
    ["has", "user@contoso.com", "contoso", true],
    ["has_cs", "North America", "america", false],
  ];

  test.each(rows)("%s: %s, %s", (op, haystack, needle, expected) => {
    expect(call(op, ["string", "string"], [haystack, needle])).toBe(expected);
  });

  test("dynamic haystack is its text", () => {
    const types: KustoType[] = ["dynamic", "string"];
    expect(call("has", types, [{ url: "https://a.example" }, "example"])).toBe(true);
  });
});
