// Rules from https://learn.microsoft.com/kusto/query/bag-unpack-plugin and
// https://learn.microsoft.com/kusto/query/pivot-plugin. Without an output
// schema, the columns come from the data of each evaluation.
import { describe, expect, it } from "vitest";
import { compileQuery } from "../../src/kql/compile-query.js";
import type { Table } from "../../src/kql/types.js";
import { captureError, runCases } from "./engine-cases.js";

const people =
  'datatable(d:dynamic)[dynamic({"Name": "John", "Age":20}), dynamic({"Name": "Dave", "Age":40}), dynamic({"Name": "Jasmine", "Age":30})]';
const named =
  "datatable(Name:string, d:dynamic)['Old_name', dynamic({\"Name\": \"John\", \"Age\":20}), 'Old_name', dynamic({\"Name\": \"Dave\", \"Age\":40})]";

describe("bag_unpack without a schema", () => {
  runCases([
    {
      name: "slots become sorted columns",
      query: `${people} | evaluate bag_unpack(d)`,
      columns: ["Age:long", "Name:string"],
      rows: [[20, "John"], [40, "Dave"], [30, "Jasmine"]],
    },
    {
      name: "prefix names columns",
      query: `${people} | evaluate bag_unpack(d, 'Property_')`,
      columns: ["Property_Age:long", "Property_Name:string"],
      rows: [[20, "John"], [40, "Dave"], [30, "Jasmine"]],
    },
    {
      name: "missing slot is null",
      query:
        'datatable(d:dynamic)[dynamic({"Name": "John", "Age":20}), dynamic({"Name": "Dave", "Height": 170, "Age":40})] | evaluate bag_unpack(d)',
      columns: ["Age:long", "Height:long", "Name:string"],
      rows: [[20, null, "John"], [40, 170, "Dave"]],
    },
    {
      name: "later operators see the columns",
      query: `${people} | evaluate bag_unpack(d) | where Age > 25 | project Name, Next = Age + 1`,
      columns: ["Name:string", "Next:long"],
      rows: [["Dave", 41], ["Jasmine", 31]],
    },
    {
      name: "mixed slot types are dynamic",
      query: 'datatable(k:long, d:dynamic)[1, dynamic({"v": 1}), 2, dynamic({"v": "x"}), 3, dynamic({"v": null})] | evaluate bag_unpack(d)',
      columns: ["k:long", "v:dynamic"],
      rows: [[1, 1], [2, "x"], [3, null]],
    },
    {
      name: "replace_source takes the slot",
      query: `${named} | evaluate bag_unpack(d, columnsConflict='replace_source')`,
      columns: ["Age:long", "Name:string"],
      rows: [[20, "John"], [40, "Dave"]],
    },
    {
      name: "keep_source keeps the column",
      query: `${named} | evaluate bag_unpack(d, columnsConflict='keep_source')`,
      columns: ["Age:long", "Name:string"],
      rows: [[20, "Old_name"], [40, "Old_name"]],
    },
    {
      name: "conflict is an error",
      query: `${named} | evaluate bag_unpack(d)`,
      error: { kind: "runtime", message: "bag_unpack: the slot 'Name' has the name of an input column" },
    },
    {
      name: "no rows, no slots",
      query: "datatable(k:long, d:dynamic)[] | evaluate bag_unpack(d) | extend x = column_ifexists('a', 0)",
      columns: ["k:long", "x:long"],
      rows: [],
    },
    {
      name: "unknown column placed in the query",
      query: `${people} | evaluate bag_unpack(d) | extend y = Age + Weight`,
      error: { kind: "semantic", message: "unknown column 'Weight'", line: 1, column: 180 },
    },
  ]);

  it("compiles once per column set", () => {
    const columns = [{ name: "d", type: "dynamic" as const }];
    const query = compileQuery("T | evaluate bag_unpack(d)", { tables: { T: columns } });
    const table = (rows: unknown[][]): Table => ({ columns, rows: rows as Table["rows"] });
    const first = query.evaluate({ tables: { T: table([[{ a: 1 }]]) }, now: 0 });
    const second = query.evaluate({ tables: { T: table([[{ b: "x" }]]) }, now: 0 });
    expect(first).toEqual({ columns: [{ name: "a", type: "long" }], rows: [[1]] });
    expect(second).toEqual({ columns: [{ name: "b", type: "string" }], rows: [["x"]] });
  });

  it("rejects it inside a function", () => {
    const text = "let f = (t: (d: dynamic)) { t | evaluate bag_unpack(d) }; print d = dynamic({'a': 1}) | invoke f()";
    const error = captureError(() => compileQuery(text, { tables: {} }));
    expect(error.kind).toBe("unsupported");
    expect(error.message).toBe(
      "evaluate bag_unpack without an output schema is not supported inside a function yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)",
    );
  });
});

const storms =
  "datatable(State:string, EventType:string, Deaths:long)['ARKANSAS','Heat',3, 'ARIZONA','Flash Flood',6, 'ARKANSAS','Heavy Rain',1, 'ARIZONA','Lightning',1, 'ARIZONA','Flash Flood',0]";

describe("pivot", () => {
  runCases([
    {
      name: "counts by default",
      query: "datatable(State:string, EventType:string)['ALABAMA','Wind', 'ALASKA','Wind', 'ALABAMA','Cold', 'ALABAMA','Wind']| evaluate pivot(State)",
      columns: ["EventType:string", "ALABAMA:long", "ALASKA:long"],
      rows: [["Wind", 2, 1], ["Cold", 1, 0]],
    },
    {
      name: "sum with default keys",
      query: `${storms} | evaluate pivot(State, sum(Deaths))`,
      columns: ["EventType:string", "ARKANSAS:long", "ARIZONA:long"],
      rows: [["Heat", 3, 0], ["Flash Flood", 0, 6], ["Heavy Rain", 1, 0], ["Lightning", 0, 1]],
    },
    {
      name: "explicit key columns",
      query: `${storms} | evaluate pivot(State, sum(Deaths), EventType)`,
      columns: ["EventType:string", "ARKANSAS:long", "ARIZONA:long"],
      rows: [["Heat", 3, 0], ["Flash Flood", 0, 6], ["Heavy Rain", 1, 0], ["Lightning", 0, 1]],
    },
    {
      name: "take_any of text",
      query: "datatable(Id:long, Key:string, Value:string)[1,'User','a', 1,'Host','h', 2,'User','b'] | evaluate pivot(Key, take_any(Value)) | project Id, User, Host",
      columns: ["Id:long", "User:string", "Host:string"],
      rows: [[1, "a", "h"], [2, "b", ""]],
    },
    {
      name: "declared output schema",
      query: "datatable(State:string, EventType:string)['ALABAMA','Wind', 'ALASKA','Wind'] | evaluate pivot(State) : (EventType:string, ALABAMA:long, ALASKA:long, ARIZONA:long)",
      columns: ["EventType:string", "ALABAMA:long", "ALASKA:long", "ARIZONA:long"],
      rows: [["Wind", 1, 1, 0]],
    },
    {
      name: "value outside declared schema",
      query: "datatable(State:string, EventType:string)['ALABAMA','Wind', 'TEXAS','Wind'] | evaluate pivot(State) : (EventType:string, ALABAMA:long)",
      error: { kind: "runtime", message: "pivot: the value 'TEXAS' of column 'State' is not a column of the output schema" },
    },
    {
      name: "bag_unpack then pivot",
      query:
        "datatable(Id:long, d:dynamic)[1, dynamic({'Key': 'User', 'Value': 'a'}), 1, dynamic({'Key': 'Host', 'Value': 'h'})] | evaluate bag_unpack(d) | evaluate pivot(Key, take_any(Value), Id) | extend User = column_ifexists('User', '')",
      columns: ["Id:long", "User:string", "Host:string"],
      rows: [[1, "a", "h"]],
    },
  ]);
});
