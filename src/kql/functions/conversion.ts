/**
 * Conversion functions: `tostring`, `todouble`/`toreal`, `todecimal`,
 * `toint`, `tolong`, `tobool`, `todatetime`, `totimespan`, `toguid`
 * (https://learn.microsoft.com/kusto/query/tostring-function and the
 * pages of the other `to*` functions). A failed conversion gives null,
 * except `tostring`, which gives the empty string for null.
 */
import type { KustoType } from "../types.js";
import { convertValue } from "../values/convert.js";
import { scalar } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

function conversionTo(target: KustoType) {
  return (site: CallSite): ScalarImpl => {
    const from = site.argTypes[0] ?? "dynamic";
    return ([value]) => convertValue(value, from, target);
  };
}

registerScalars(
  scalar("tostring", conversionTo("string")),
  scalar("todouble", conversionTo("real"), ["toreal"]),
  scalar("todecimal", conversionTo("decimal")),
  scalar("toint", conversionTo("int")),
  scalar("tolong", conversionTo("long")),
  scalar("tobool", conversionTo("bool"), ["toboolean"]),
  scalar("todatetime", conversionTo("datetime")),
  scalar("totimespan", conversionTo("timespan"), ["totime"]),
  scalar("toguid", conversionTo("guid")),
);
