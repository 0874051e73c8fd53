// Examples from https://learn.microsoft.com/kusto/query/array-length-function,
// https://learn.microsoft.com/kusto/query/set-intersect-function,
// https://learn.microsoft.com/kusto/query/array-slice-function and
// https://learn.microsoft.com/kusto/query/pack-function (bag_pack).
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";
import { runScalarCases } from "./doc-cases.js";

const SMS =
  'let SmsMessages = datatable(SourceNumber:string, TargetNumber:string, CharsCount:string) ["555-555-1234", "555-555-1212", "46", "555-555-1234", "555-555-1213", "50", "555-555-1212", "555-555-1234", "32"];';
const MMS =
  'let MmsMessages = datatable(SourceNumber:string, TargetNumber:string, FileSize:string, FileType:string, FileName:string) ["555-555-1212", "555-555-1213", "200", "jpeg", "Pic1", "555-555-1234", "555-555-1212", "250", "jpeg", "Pic2", "555-555-1234", "555-555-1213", "300", "png", "Pic3"];';

describe("array_length", () => {
  runScalarCases([
    ["mixed array", 'array_length(dynamic([1, 2, 3, "four"]))', "long", 4],
    ["parsed array", "array_length(parse_json('[1, 2]'))", "long", 2],
    ["parsed bag is null", "array_length(parse_json('{\"a\": 1}'))", "long", null],
    ["arraylength alias", "arraylength(dynamic([]))", "long", 0],
  ]);
});

describe("set_intersect", () => {
  runCases([
    {
      name: "three packed arrays",
      query:
        "range x from 1 to 3 step 1 | extend y = x * 2 | extend z = y * 2 | extend w = z * 2 | extend a1 = pack_array(x, y, x, z), a2 = pack_array(x, y), a3 = pack_array(w, x) | project set_intersect(a1, a2, a3)",
      columns: ["Column1:dynamic"],
      rows: [[[1]], [[2]], [[3]]],
    },
  ]);
  runScalarCases([
    ["nothing in common", "set_intersect(dynamic([1, 2, 3]), dynamic([4, 5]))", "dynamic", []],
  ]);
});

describe("array_slice", () => {
  runScalarCases([
    ["inclusive end", "array_slice(dynamic([1, 2, 3]), 1, 2)", "dynamic", [2, 3]],
    ["negative end", "array_slice(dynamic([1, 2, 3, 4, 5]), 2, -1)", "dynamic", [3, 4, 5]],
    ["negative start", "array_slice(dynamic([1, 2, 3, 4, 5]), -3, -2)", "dynamic", [3, 4]],
    ["end out of bounds", "array_slice(dynamic([1, 2, 3]), 1, 10)", "dynamic", [2, 3]],
  ]);
});

describe("bag_pack", () => {
  runScalarCases([
    [
      "nested bag",
      'bag_pack("Level", "Information", "ProcessID", 1234, "Data", bag_pack("url", "www.bing.com"))',
      "dynamic",
      { Level: "Information", ProcessID: 1234, Data: { url: "www.bing.com" } },
    ],
    ["pack alias", 'pack("a", 1)', "dynamic", { a: 1 }],
  ]);
  runCases([
    {
      name: "members of the bag",
      query:
        'datatable(Source:int, Destination:int, Message:string) [1234, 100, "Hi", 4567, 200, "Hello", 1212, 300, "Hey"] | extend MyBag = bag_pack("Dest", Destination, "Text", Message) | project-away Source, Destination, Message | extend MyBag_Dest = MyBag.Dest, MyBag_Text = MyBag.Text',
      columns: ["MyBag:dynamic", "MyBag_Dest:dynamic", "MyBag_Text:dynamic"],
      rows: [
        [{ Dest: 100, Text: "Hi" }, 100, "Hi"],
        [{ Dest: 200, Text: "Hello" }, 200, "Hello"],
        [{ Dest: 300, Text: "Hey" }, 300, "Hey"],
      ],
    },
    {
      name: "columns of a join",
      query: `${SMS} ${MMS} SmsMessages | join kind=inner MmsMessages on SourceNumber | extend Packed = bag_pack("CharsCount", CharsCount, "FileSize", FileSize, "FileType", FileType, "FileName", FileName) | where SourceNumber == "555-555-1234" | project SourceNumber, TargetNumber, Packed`,
      unordered: [
        ["555-555-1234", "555-555-1213", { CharsCount: "50", FileSize: "250", FileType: "jpeg", FileName: "Pic2" }],
        ["555-555-1234", "555-555-1212", { CharsCount: "46", FileSize: "250", FileType: "jpeg", FileName: "Pic2" }],
        ["555-555-1234", "555-555-1213", { CharsCount: "50", FileSize: "300", FileType: "png", FileName: "Pic3" }],
        ["555-555-1234", "555-555-1212", { CharsCount: "46", FileSize: "300", FileType: "png", FileName: "Pic3" }],
      ],
    },
  ]);
});
