// Rules of https://learn.microsoft.com/kusto/query/externaldata-operator.
// The query declares the schema. Several storage URLs read their files in
// turn. `format` names the data format, else the file extension decides,
// else it is CSV. `ignoreFirstRecord=true` skips the first record of every
// file. The engine fetches nothing, so each URL's content comes from
// `EvaluationInput.externalData`.
// Formats follow https://learn.microsoft.com/kusto/ingestion-supported-formats.
import { describe, expect, it } from "vitest";
import type { ExternalDataSource } from "../../src/kql/api.js";
import { compileQuery } from "../../src/kql/compile-query.js";
import { captureError } from "./engine-cases.js";

interface ExternalDataCase {
  readonly name: string;
  readonly query: string;
  readonly given: Readonly<Record<string, ExternalDataSource>>;
  readonly rows: readonly unknown[][];
}

const USERS = "https://storageaccount.blob.core.windows.net/container/users.csv";

const CASES: readonly ExternalDataCase[] = [
  {
    name: "reads CSV in declared columns",
    query: `externaldata (UserID: string, Logins: long) [@"${USERS}"]`,
    given: { [USERS]: { text: "u1,3\nu2,5\n" } },
    rows: [["u1", 3], ["u2", 5]],
  },
  {
    name: "skips the first record",
    query: `externaldata (UserID: string, Logins: long) [@"${USERS}"] with (format="csv", ignoreFirstRecord=true)`,
    given: { [USERS]: { text: "UserID,Logins\nu1,3\n" } },
    rows: [["u1", 3]],
  },
  {
    name: "reads URLs in turn",
    query: `externaldata (Role: string) ['https://a.example/one.csv', 'https://a.example/two.csv'] with (ignoreFirstRecord=true)`,
    given: {
      "https://a.example/one.csv": { text: "Role\nReader\n" },
      "https://a.example/two.csv": { text: "Role\nOwner\nContributor\n" },
    },
    rows: [["Reader"], ["Owner"], ["Contributor"]],
  },
  {
    name: "unmapped URL reads nothing",
    query: `externaldata (Role: string) ['https://a.example/one.csv', 'https://a.example/two.csv']`,
    given: { "https://a.example/two.csv": { text: "Owner\n" } },
    rows: [["Owner"]],
  },
  {
    name: "concatenates adjacent literals",
    query: `externaldata (UserID: string) [@"${USERS}" h@"?sig=secret"]`,
    given: { [`${USERS}?sig=secret`]: { text: "u1\n" } },
    rows: [["u1"]],
  },
  {
    name: "matches without the query string",
    query: `externaldata (UserID: string) [@"${USERS}" h@"?sig=secret"]`,
    given: { [USERS]: { text: "u1\n" } },
    rows: [["u1"]],
  },
  {
    name: "quoted CSV fields",
    query: `externaldata (Name: string, Note: string) ['https://a.example/n.csv']`,
    given: { "https://a.example/n.csv": { text: '"Doe, Jane","say ""hi""\nbye"\r\n' } },
    rows: [["Doe, Jane", 'say "hi"\nbye']],
  },
  {
    name: "empty CSV field is null",
    query: `externaldata (Name: string, Count: int, Seen: datetime) ['https://a.example/n.csv']`,
    given: { "https://a.example/n.csv": { text: "a,,\n" } },
    rows: [["a", null, null]],
  },
  {
    name: "missing fields fill with null",
    query: `externaldata (Name: string, Count: int, Tag: string) ['https://a.example/n.csv']`,
    given: { "https://a.example/n.csv": { text: "a\n" } },
    rows: [["a", null, ""]],
  },
  {
    name: "tsv by format",
    query: `externaldata (A: string, B: long) ['https://a.example/x'] with (format="tsv")`,
    given: { "https://a.example/x": { text: "p,q\t7\n" } },
    rows: [["p,q", 7]],
  },
  {
    name: "psv by extension",
    query: `externaldata (A: string, B: long) ['https://a.example/x.psv']`,
    given: { "https://a.example/x.psv": { text: "p|7\n" } },
    rows: [["p", 7]],
  },
  {
    name: "txt reads one line per record",
    query: `externaldata (IP: string) ['https://a.example/tor.txt']`,
    given: { "https://a.example/tor.txt": { text: "1.2.3.4\n\n5.6.7.8\n" } },
    rows: [["1.2.3.4"], ["5.6.7.8"]],
  },
  {
    name: "raw reads the whole file",
    query: `externaldata (Body: string) ['https://a.example/a'] with (format="raw")`,
    given: { "https://a.example/a": { text: "one\ntwo" } },
    rows: [["one\ntwo"]],
  },
  {
    name: "json reads one object per line",
    query: `externaldata (Name: string, Size: long) ['https://a.example/a.json']`,
    given: { "https://a.example/a.json": { text: '{"Name":"a","Size":1}\n{"Size":2,"Name":"b"}\n' } },
    rows: [["a", 1], ["b", 2]],
  },
  {
    name: "multijson reads an array",
    query: `externaldata (Name: string, Tags: dynamic) ['https://a.example/a'] with (format="multijson")`,
    given: { "https://a.example/a": { text: '[{"Name":"a","Tags":["x"]},\n {"Name":"b"}]' } },
    rows: [["a", ["x"]], ["b", null]],
  },
  {
    name: "multijson reads objects over lines",
    query: `externaldata (changeNumber: string, values: dynamic) ['https://a.example/tags.json'] with (format='multijson')`,
    given: { "https://a.example/tags.json": { text: '{\n "changeNumber": "42",\n "values": [{"id": "AzureCloud"}]\n}\n' } },
    rows: [["42", [{ id: "AzureCloud" }]]],
  },
  {
    name: "rows given by column name",
    query: `externaldata (Role: string, Rank: int) ['https://a.example/r.csv']`,
    given: { "https://a.example/r.csv": { rows: [{ Rank: 2, Role: "Owner" }, { Role: "Reader" }] } },
    rows: [["Owner", 2], ["Reader", null]],
  },
  {
    name: "feeds later operators",
    query: `let roles = externaldata (Role: string, Rank: int) ['https://a.example/r.csv']; roles | where Rank > 1 | project Role`,
    given: { "https://a.example/r.csv": { text: "Owner,3\nReader,1\n" } },
    rows: [["Owner"]],
  },
];

function evaluate(query: string, given: Readonly<Record<string, ExternalDataSource>>): unknown[][] {
  const compiled = compileQuery(query, { tables: {} });
  return compiled.evaluate({ tables: {}, now: 0, externalData: given }).rows as unknown[][];
}

describe("externaldata", () => {
  for (const item of CASES) {
    it(item.name, () => {
      expect(evaluate(item.query, item.given)).toEqual(item.rows);
    });
  }

  it("declares its schema", () => {
    const compiled = compileQuery(
      `externaldata (UserID: string, Logins: long) [@"${USERS}"]`,
      { tables: {} },
    );
    expect(compiled.resultColumns).toEqual([
      { name: "UserID", type: "string" },
      { name: "Logins", type: "long" },
    ]);
  });

  it("reads nothing without content", () => {
    const compiled = compileQuery(`externaldata (A: string) ['${USERS}']`, { tables: {} });
    expect(compiled.evaluate({ tables: {}, now: 0 }).rows).toEqual([]);
  });

  it("rejects ingestionMapping", () => {
    const query = `externaldata (A: string) ['${USERS}'] with (format="json", ingestionMapping='[]')`;
    const error = captureError(() => compileQuery(query, { tables: {} }));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe("externaldata property 'ingestionMapping' is not supported yet");
  });

  it("rejects unknown formats", () => {
    const query = `externaldata (A: string) ['${USERS}'] with (format="parquet")`;
    const error = captureError(() => compileQuery(query, { tables: {} }));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe(
      "externaldata format 'parquet' is not supported yet; use one of csv, tsv, tsve, psv, scsv, sohsv, txt, raw, json, multijson",
    );
  });

  it("rejects values of the wrong type", () => {
    const query = `externaldata (A: string, B: long) ['${USERS}']`;
    const error = captureError(() => evaluate(query, { [USERS]: { text: "a,many\n" } }));
    expect(error.kind).toBe("semantic");
    expect(error.message).toMatch(/^the content of externaldata 'https:\/\/storageaccount\.blob\.core\.windows\.net\/container\/users\.csv' does not fit its schema: /);
    expect(error.line).toBe(1);
  });
});
