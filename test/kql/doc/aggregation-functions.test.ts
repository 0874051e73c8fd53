// Examples and rules from the pages of the aggregation functions, run
// through `summarize`:
// https://learn.microsoft.com/kusto/query/countif-aggregation-function
// https://learn.microsoft.com/kusto/query/sumif-aggregation-function
// https://learn.microsoft.com/kusto/query/dcountif-aggregation-function
// https://learn.microsoft.com/kusto/query/avgif-aggregation-function
// https://learn.microsoft.com/kusto/query/maxif-aggregation-function
// https://learn.microsoft.com/kusto/query/minif-aggregation-function
// https://learn.microsoft.com/kusto/query/max-aggregation-function
// https://learn.microsoft.com/kusto/query/make-set-if-aggregation-function
// https://learn.microsoft.com/kusto/query/make-list-aggregation-function
// https://learn.microsoft.com/kusto/query/make-list-if-aggregation-function
// https://learn.microsoft.com/kusto/query/make-bag-aggregation-function
// https://learn.microsoft.com/kusto/query/variance-aggregation-function
// https://learn.microsoft.com/kusto/query/stdev-aggregation-function
// https://learn.microsoft.com/kusto/query/take-any-aggregation-function
import { describe } from "vitest";
import { runCases } from "../engine-cases.js";

const NAMES =
  'let T = datatable(name:string, day_of_birth:long) ["John", 9, "Paul", 18, "George", 25, "Ringo", 7]; T';
const SHAPES =
  'let shapes = datatable(name:string, sideCount:int) ["triangle", 3, "square", 4, "rectangle", 4, "pentagon", 5, "hexagon", 6, "heptagon", 7, "octagon", 8, "nonagon", 9, "decagon", 10]; shapes';
const PROPS =
  'let T = datatable(prop:string, value:string) ["prop01", "val_a", "prop02", "val_b", "prop03", "val_c"]; T | extend p = bag_pack(prop, value)';

describe("conditional aggregations", () => {
  runCases([
    {
      name: "countif of long names",
      query: `${NAMES} | summarize countif(strlen(name) > 4)`,
      columns: ["countif_:long"],
      rows: [[2]],
    },
    {
      name: "sumif of long names",
      query: `${NAMES} | summarize sumif(day_of_birth, strlen(name) > 4)`,
      columns: ["sumif_day_of_birth:long"],
      rows: [[32]],
    },
    {
      name: "make_set_if of long names",
      query: `${NAMES} | summarize make_set_if(name, strlen(name) > 4)`,
      columns: ["set_name:dynamic"],
      rows: [[["George", "Ringo"]]],
    },
    {
      name: "make_list_if of long names",
      query: `${NAMES} | summarize make_list_if(name, strlen(name) > 4)`,
      columns: ["list_name:dynamic"],
      rows: [[["George", "Ringo"]]],
    },
    {
      name: "dcountif counts distinct",
      query: `${NAMES} | extend initial = substring(name, 0, 1) | summarize dcountif(initial, day_of_birth > 8)`,
      columns: ["dcountif_initial:long"],
      rows: [[3]],
    },
    {
      name: "avgif, maxif and minif",
      query: `${NAMES} | summarize avgif(day_of_birth, strlen(name) > 4), maxif(day_of_birth, strlen(name) > 4), minif(day_of_birth, strlen(name) > 4)`,
      columns: ["avgif_day_of_birth:real", "maxif_day_of_birth:long", "minif_day_of_birth:long"],
      rows: [[16, 25, 7]],
    },
    {
      name: "null predicate is not true",
      query:
        "datatable(x:long, b:bool) [1, true, 2, bool(null), 3, false] | summarize countif(b), sumif(x, b), make_list_if(x, b)",
      rows: [[1, 1, [1]]],
    },
    {
      name: "defaults over no rows",
      query:
        "datatable(x:long) [] | summarize c = countif(x > 5), s = sumif(x, x > 5), a = avgif(x, x > 5), mx = maxif(x, x > 5), l = make_list_if(x, x > 5)",
      rows: [[0, 0, null, null, []]],
    },
  ]);
});

describe("make_list", () => {
  runCases([
    {
      name: "one column",
      query: `${SHAPES} | summarize mylist = make_list(name)`,
      rows: [[["triangle", "square", "rectangle", "pentagon", "hexagon", "heptagon", "octagon", "nonagon", "decagon"]]],
    },
    {
      name: "by clause",
      query: `${SHAPES} | summarize mylist = make_list(name) by isEvenSideCount = sideCount % 2 == 0`,
      columns: ["isEvenSideCount:bool", "mylist:dynamic"],
      unordered: [
        [false, ["triangle", "pentagon", "heptagon", "nonagon"]],
        [true, ["square", "rectangle", "hexagon", "octagon", "decagon"]],
      ],
    },
    {
      name: "packed bags",
      query: `${SHAPES} | where sideCount < 5 | extend d = bag_pack("name", name, "sideCount", sideCount) | summarize mylist = make_list(d)`,
      rows: [[[{ name: "triangle", sideCount: 3 }, { name: "square", sideCount: 4 }, { name: "rectangle", sideCount: 4 }]]],
    },
    {
      name: "sorted input keeps order",
      query: "datatable(x:long) [3, 1, 2] | sort by x asc | summarize make_list(x)",
      rows: [[[1, 2, 3]]],
    },
    {
      name: "size limit",
      query: "datatable(x:long) [1, 2, 3] | sort by x asc | summarize make_list(x, 2)",
      rows: [[[1, 2]]],
    },
    {
      name: "nulls skipped",
      query: "datatable(x:long) [1, long(null), 2] | sort by x asc | summarize make_list(x)",
      rows: [[[1, 2]]],
    },
  ]);
});

describe("make_bag", () => {
  runCases([
    {
      name: "merges the bags",
      query: `${PROPS} | summarize dict = make_bag(p)`,
      columns: ["dict:dynamic"],
      rows: [[{ prop01: "val_a", prop02: "val_b", prop03: "val_c" }]],
    },
    {
      name: "bag_unpack of the result",
      query: `${PROPS} | summarize bag = make_bag(p) | evaluate bag_unpack(bag)`,
      columns: ["prop01:string", "prop02:string", "prop03:string"],
      rows: [["val_a", "val_b", "val_c"]],
    },
    {
      name: "skips values that are not bags",
      query: "datatable(d:dynamic) [dynamic({'a': 1}), dynamic([1, 2]), dynamic(5), dynamic({'b': 2})] | summarize make_bag(d)",
      rows: [[{ a: 1, b: 2 }]],
    },
  ]);
});

describe("variance and stdev", () => {
  runCases([
    {
      name: "variance of one to five",
      query: "range x from 1 to 5 step 1 | summarize make_list(x), variance(x)",
      columns: ["list_x:dynamic", "variance_x:real"],
      rows: [[[1, 2, 3, 4, 5], 2.5]],
    },
    {
      // The page prints 1.58113883008419, which is the square root of 2.5
      // rounded to 15 significant digits.
      name: "stdev of one to five",
      query: "range x from 1 to 5 step 1 | summarize s = stdev(x) | extend r = round(s, 14)",
      rows: [[Math.sqrt(2.5), 1.58113883008419]],
    },
    {
      name: "nulls are ignored",
      query: "datatable(x:real) [1, real(null), 3] | summarize variance(x)",
      rows: [[2]],
    },
  ]);
});

describe("max", () => {
  runCases([
    {
      name: "default name and type",
      query: `${NAMES} | summarize max(day_of_birth), max(name)`,
      columns: ["max_day_of_birth:long", "max_name:string"],
      rows: [[25, "Ringo"]],
    },
    {
      name: "nulls are ignored",
      query: "datatable(x:long) [long(null), 4, long(null)] | summarize max(x)",
      rows: [[4]],
    },
  ]);
});

describe("take_any", () => {
  runCases([
    {
      name: "several expressions keep names",
      query: 'datatable(s:string, n:long) ["a", 1] | summarize take_any(s, n)',
      columns: ["s:string", "n:long"],
      rows: [["a", 1]],
    },
    {
      name: "star skips by columns",
      query: 'datatable(k:string, s:string, n:long) ["a", "x", 1, "b", "y", 2] | summarize take_any(*) by k',
      columns: ["k:string", "s:string", "n:long"],
      unordered: [["a", "x", 1], ["b", "y", 2]],
    },
    {
      name: "any adds a prefix",
      query: 'datatable(s:string, n:long) ["a", 1] | summarize any(s, n)',
      columns: ["any_s:string", "any_n:long"],
      rows: [["a", 1]],
    },
  ]);
});

// The take_any page: given a single column reference, take_any returns a
// non-null, non-empty value when the group has one.
describe("take_any of one column", () => {
  runCases([
    {
      name: "single column skips null",
      query: "datatable(n:long) [long(null), 7] | summarize take_any(n)",
      rows: [[7]],
    },
    {
      name: "single column skips empty text",
      query: 'datatable(s:string) ["", "x", ""] | summarize take_any(s)',
      rows: [["x"]],
    },
    {
      name: "all blank gives the first",
      query: 'datatable(s:string, k:long) ["", 1, "", 2] | summarize take_any(s), c = count()',
      rows: [["", 2]],
    },
    {
      name: "two columns keep the first row",
      query: 'datatable(s:string, k:long) ["", 1, "x", 2] | summarize take_any(s, k)',
      rows: [["", 1]],
    },
  ]);
});
