// bench/run.ts
import { cpus, tmpdir } from "node:os";
import { join as join9 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import { parseArgs } from "node:util";

// src/cases/run.ts
import { randomInt } from "node:crypto";
import { relative as relative7, resolve as resolve5, sep as sep6 } from "node:path";

// src/errors.ts
var InputError = class _InputError extends Error {
  file;
  /** 1-based line, when known. */
  line;
  /** 1-based column, when known. */
  column;
  /** What the user should do next. */
  hint;
  /** The text of the source line, shown with a caret under `column`. */
  sourceLine;
  /** A short machine-readable kind, such as `unsupported` or `yaml`. */
  kind;
  constructor(message, details = {}) {
    super(message);
    this.name = "InputError";
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
    this.sourceLine = details.sourceLine;
    this.kind = details.kind ?? "invalid";
  }
  /** Returns a copy placed at a file and line, keeping what is already set. */
  at(place) {
    return new _InputError(this.message, {
      file: this.file ?? place.file,
      line: this.line ?? place.line,
      column: this.column ?? place.column,
      sourceLine: this.sourceLine ?? place.sourceLine,
      hint: this.hint,
      kind: this.kind
    });
  }
};
function formatInputError(error) {
  const lines2 = [`error: ${error.message}`];
  if (error.file) {
    const place = [error.file, error.line, error.line && error.column].filter((part) => part !== void 0 && part !== 0).join(":");
    lines2.push(`  --> ${place}`);
  }
  if (error.sourceLine !== void 0) {
    lines2.push(`   | ${error.sourceLine}`);
    if (error.column) lines2.push(`   | ${" ".repeat(error.column - 1)}^`);
  }
  if (error.hint) lines2.push(`  hint: ${error.hint}`);
  return lines2.join("\n");
}

// src/kql/kusto-language.ts
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var SCRIPT_FILES = ["bridge.min.js", "Kusto.Language.Bridge.min.js"];
var loaded;
function loadKustoLanguage() {
  if (loaded) return loaded;
  const require2 = createRequire(import.meta.url);
  for (const file of SCRIPT_FILES) require2(join(findScriptFolder(require2), file));
  loaded = globalThis.Kusto;
  if (!loaded) throw new Error("Kusto.Language did not define the global Kusto");
  return loaded;
}
function findScriptFolder(require2) {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, "kusto");
  if (existsSync(join(bundled, SCRIPT_FILES[1]))) return bundled;
  return dirname(require2.resolve("@kusto/language-service-next/package.json"));
}
function syntaxKindName(kind) {
  const K = loadKustoLanguage();
  const system = globalThis.System;
  return system.Enum.toString(K.Language.Syntax.SyntaxKind, kind);
}

// src/kql/types.ts
var KUSTO_TYPES = [
  "bool",
  "int",
  "long",
  "real",
  "decimal",
  "string",
  "datetime",
  "timespan",
  "guid",
  "dynamic"
];
var TICKS_PER_MS = 1e4;
var TICKS_PER_SECOND = 1e7;
var TICKS_PER_DAY = 864e9;
var DATETIME_EPOCH_MS = Date.UTC(2020, 0, 1);
var ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
function parseDatetime(text) {
  const match = ISO_DATETIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction2 = "", zone] = match;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (Number.isNaN(ms) || +mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  const subTicks = Number((fraction2 + "0000000").slice(0, 7));
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks - zoneTicks(zone);
}
function zoneTicks(zone) {
  if (!zone || zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits2 = zone.slice(1).replace(":", "");
  const minutes = Number(digits2.slice(0, 2)) * 60 + Number(digits2.slice(2));
  return sign * minutes * 60 * TICKS_PER_SECOND;
}
function datetimeFromDate(date) {
  return (date.getTime() - DATETIME_EPOCH_MS) * TICKS_PER_MS;
}
function datetimeToDate(ticks2) {
  return new Date(DATETIME_EPOCH_MS + Math.floor(ticks2 / TICKS_PER_MS));
}
function formatDatetime(ticks2) {
  const msTicks = Math.floor(ticks2 / TICKS_PER_MS) * TICKS_PER_MS;
  const seconds2 = Math.floor(ticks2 / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const iso = datetimeToDate(msTicks).toISOString().slice(0, 19);
  const fraction2 = ticks2 - seconds2;
  if (fraction2 === 0) return `${iso}Z`;
  const digits2 = String(fraction2).padStart(7, "0").replace(/0+$/, "");
  return `${iso}.${digits2}Z`;
}
var TIMESPAN_TEXT = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;
function parseTimespan(text) {
  const match = TIMESPAN_TEXT.exec(text.trim());
  if (!match) return null;
  const [, minus, days = "0", h, m, s = "0", fraction2 = ""] = match;
  const ticks2 = ((+days * 24 + +h) * 60 + +m) * 60 * TICKS_PER_SECOND + +s * TICKS_PER_SECOND + Number((fraction2 + "0000000").slice(0, 7));
  return minus ? -ticks2 : ticks2;
}
function formatTimespan(ticks2) {
  const sign = ticks2 < 0 ? "-" : "";
  let rest = Math.abs(ticks2);
  const days = Math.floor(rest / TICKS_PER_DAY);
  rest -= days * TICKS_PER_DAY;
  const hours = Math.floor(rest / (3600 * TICKS_PER_SECOND));
  rest -= hours * 3600 * TICKS_PER_SECOND;
  const minutes = Math.floor(rest / (60 * TICKS_PER_SECOND));
  rest -= minutes * 60 * TICKS_PER_SECOND;
  const seconds2 = Math.floor(rest / TICKS_PER_SECOND);
  const fraction2 = rest - seconds2 * TICKS_PER_SECOND;
  const two = (n) => String(n).padStart(2, "0");
  const dayPart = days > 0 ? `${days}.` : "";
  const fractionPart = fraction2 > 0 ? `.${String(fraction2).padStart(7, "0")}` : "";
  return `${sign}${dayPart}${two(hours)}:${two(minutes)}:${two(seconds2)}${fractionPart}`;
}

// src/kql/syntax.ts
var kindNames = /* @__PURE__ */ new Map();
function kindOf(node) {
  const kind = node.Kind;
  let name = kindNames.get(kind);
  if (name === void 0) {
    name = syntaxKindName(kind);
    kindNames.set(kind, name);
  }
  return name;
}
function elementsOf(list) {
  const items = [];
  if (!list) return items;
  for (let i = 0; i < list.Count; i++) {
    const item = list.getItem(i);
    items.push(kindOf(item) === "SeparatedElement" ? item.Element : item);
  }
  return items;
}
function walk(node, visit) {
  if (!node) return;
  visit(node);
  for (let i = 0; i < node.ChildCount; i++) walk(node.GetChild(i), visit);
}
function textOf(node) {
  const minimal = loadKustoLanguage().Language.Syntax.IncludeTrivia.Minimal;
  return String(node.ToString(minimal));
}
function nameOf(node) {
  return String(node.SimpleName);
}
function scalarTypeOf(symbol) {
  if (!symbol) return void 0;
  const name = String(symbol.Name);
  if (name.startsWith("dynamic")) return "dynamic";
  if (name === "timespan" || name === "time") return "timespan";
  if (name === "date") return "datetime";
  if (name === "double") return "real";
  if (name === "boolean") return "bool";
  if (name === "uniqueid") return "guid";
  return KUSTO_TYPES.includes(name) ? name : void 0;
}
function columnsOfTable(symbol) {
  const columns = symbol.Columns;
  const result = [];
  for (let i = 0; i < columns.Count; i++) {
    const column = columns.getItem(i);
    result.push({ name: String(column.Name), type: scalarTypeOf(column.Type) });
  }
  return result;
}
function symbolClassOf(symbol) {
  const fullName = String(symbol?.constructor?.$$name ?? "");
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}

// src/kql/values/dynamic.ts
function isPropertyBag(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isDynamicArray(value) {
  return Array.isArray(value);
}
function parseJsonText(text) {
  try {
    if (!LONG_DIGITS.test(text)) return JSON.parse(text);
    return parseWithBigints(text);
  } catch (error) {
    if (error instanceof SyntaxError) return void 0;
    throw error;
  }
}
var LONG_DIGITS = /\d{16}/;
var STRING_OR_LONG = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/g;
var BIGINT_MARKER = "\0long:";
function parseWithBigints(text) {
  const marked = text.replace(
    STRING_OR_LONG,
    (token) => token.startsWith('"') ? token : `"\\u0000long:${token}"`
  );
  return JSON.parse(marked, (_key, value) => {
    if (typeof value !== "string" || !value.startsWith(BIGINT_MARKER)) {
      return value;
    }
    return longOfDigits(value.slice(BIGINT_MARKER.length));
  });
}
function longOfDigits(digits2) {
  const value = BigInt(digits2);
  if (BigInt.asIntN(64, value) !== value) return Number(digits2);
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : value;
}
function stringifyDynamic(value) {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (Array.isArray(value)) return `[${value.map(stringifyDynamic).join(",")}]`;
  if (isPropertyBag(value)) {
    const members = Object.entries(value).map(
      ([key, member]) => `${JSON.stringify(key)}:${stringifyDynamic(member)}`
    );
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(value);
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPropertyBag(value)) {
    const keys = Object.keys(value).sort();
    const members = keys.map(
      (key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`
    );
    return `{${members.join(",")}}`;
  }
  return stringifyDynamic(value);
}

// src/kql/values/iso-datetime.ts
var ZERO = 48;
var MAX_FRACTION_DIGITS = 9;
function parseIsoUtc(text) {
  const length = text.length;
  if (length < 20 || text.charCodeAt(length - 1) !== 90) return void 0;
  if (!hasSeparators(text)) return void 0;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return void 0;
  if (hour < 0 || minute < 0 || second < 0) return void 0;
  const subTicks = fractionTicks(text, length);
  if (subTicks === void 0) return void 0;
  const dayMs = startOfDay(year, month, day);
  if (Number.isNaN(dayMs)) return void 0;
  const ms = dayMs + ((hour * 60 + minute) * 60 + second) * 1e3;
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks;
}
var lastDay = { year: -1, month: -1, day: -1, ms: Number.NaN };
function startOfDay(year, month, day) {
  if (year !== lastDay.year || month !== lastDay.month || day !== lastDay.day) {
    lastDay.year = year;
    lastDay.month = month;
    lastDay.day = day;
    lastDay.ms = Date.UTC(year, month - 1, day);
  }
  return lastDay.ms;
}
function hasSeparators(text) {
  return text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58;
}
function digits(text, start, count2) {
  let value = 0;
  for (let i = start; i < start + count2; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
function fractionTicks(text, length) {
  if (length === 20) return 0;
  const count2 = length - 21;
  if (text.charCodeAt(19) !== 46 || count2 < 1 || count2 > MAX_FRACTION_DIGITS) {
    return void 0;
  }
  let ticks2 = 0;
  for (let i = 0; i < 7; i++) {
    const digit = i < count2 ? text.charCodeAt(20 + i) - ZERO : 0;
    if (digit < 0 || digit > 9) return void 0;
    ticks2 = ticks2 * 10 + digit;
  }
  for (let i = 7; i < count2; i++) {
    const digit = text.charCodeAt(20 + i) - ZERO;
    if (digit < 0 || digit > 9) return void 0;
  }
  return ticks2;
}

// src/kql/values/long.ts
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
function normalizeLong(value) {
  const wrapped = BigInt.asIntN(64, value);
  if (wrapped <= MAX_SAFE && wrapped >= MIN_SAFE) return Number(wrapped);
  return wrapped;
}
function toBigInt(value) {
  return typeof value === "bigint" ? value : BigInt(Math.trunc(value));
}
function longOperation(a, b, onNumbers, onBigints) {
  if (typeof a === "number" && typeof b === "number") {
    const result = onNumbers(a, b);
    if (Number.isSafeInteger(result)) return result;
  }
  return normalizeLong(onBigints(toBigInt(a), toBigInt(b)));
}
function compareLongs(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = toBigInt(a);
  const y = toBigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
function parseLong(text) {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const value = BigInt(trimmed);
  if (BigInt.asIntN(64, value) !== value) return null;
  return normalizeLong(value);
}

// src/kql/values/real.ts
function formatReal(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (value === 0) return "0";
  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent >= 15 || exponent <= -5) {
    const sign = exponent < 0 ? "-" : "+";
    const digits2 = String(Math.abs(exponent)).padStart(2, "0");
    return `${mantissa.toUpperCase()}E${sign}${digits2}`;
  }
  return String(value);
}
var REAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function parseReal(text) {
  const trimmed = text.trim();
  if (REAL_TEXT.test(trimmed)) return Number(trimmed);
  switch (trimmed.toLowerCase()) {
    case "nan":
      return NaN;
    case "infinity":
    case "+infinity":
      return Infinity;
    case "-infinity":
      return -Infinity;
    default:
      return null;
  }
}

// src/kql/values/text-parsers.ts
var UNIT_TICKS = {
  d: TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  days: TICKS_PER_DAY,
  h: 3600 * TICKS_PER_SECOND,
  hr: 3600 * TICKS_PER_SECOND,
  hrs: 3600 * TICKS_PER_SECOND,
  hour: 3600 * TICKS_PER_SECOND,
  hours: 3600 * TICKS_PER_SECOND,
  m: 60 * TICKS_PER_SECOND,
  min: 60 * TICKS_PER_SECOND,
  minute: 60 * TICKS_PER_SECOND,
  minutes: 60 * TICKS_PER_SECOND,
  s: TICKS_PER_SECOND,
  sec: TICKS_PER_SECOND,
  second: TICKS_PER_SECOND,
  seconds: TICKS_PER_SECOND,
  ms: TICKS_PER_MS,
  milli: TICKS_PER_MS,
  millis: TICKS_PER_MS,
  millisecond: TICKS_PER_MS,
  milliseconds: TICKS_PER_MS,
  microsecond: 10,
  microseconds: 10,
  tick: 1,
  ticks: 1
};
var TIMESPAN_LITERAL = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]+)$/;
function parseTimespanText(text) {
  const fromClock = parseTimespan(text);
  if (fromClock !== null) return fromClock;
  const match = TIMESPAN_LITERAL.exec(text.trim().toLowerCase());
  if (!match) return null;
  const unit = UNIT_TICKS[match[3]];
  if (unit === void 0) return null;
  const ticks2 = Math.round(Number(match[2]) * unit);
  return match[1] ? -ticks2 : ticks2;
}
var GUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function parseGuid(text) {
  const trimmed = text.trim();
  return GUID_TEXT.test(trimmed) ? trimmed.toLowerCase() : null;
}
function parseBool(text) {
  const lower = text.trim().toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return null;
}

// src/kql/values/coerce.ts
var INT_MIN = -(2 ** 31);
var INT_MAX = 2 ** 31 - 1;
var EXPECTED_FORM = {
  bool: "write true or false",
  int: "write a whole number between -2147483648 and 2147483647",
  long: "write a whole number, such as 42",
  real: "write a number, such as 1.5, or NaN, Infinity, -Infinity",
  decimal: "write a number, such as 12.50",
  string: "write text",
  datetime: "write it in ISO 8601, such as 2026-04-20T08:10:00Z",
  timespan: "write it as [d.]hh:mm:ss[.fffffff], such as 00:05:00, or as 5m",
  guid: "write it as 8-4-4-4-12 hex digits, such as 6f9619ff-8b86-d011-b42d-00cf4fc964ff",
  dynamic: "write a JSON value"
};
function coerceValue(raw, type, where) {
  if (raw === null || raw === void 0) return type === "string" ? "" : null;
  if (type === "string" && typeof raw === "string") return raw;
  const value = COERCERS[type](raw);
  if (value === void 0) throw typeError(raw, type, where);
  return value;
}
var COERCERS = {
  bool: coerceBool,
  int: coerceInt,
  long: coerceLong,
  real: coerceReal,
  decimal: coerceReal,
  string: coerceString,
  datetime: coerceDatetime,
  timespan: (raw) => typeof raw === "string" ? parseTimespanText(raw) ?? void 0 : void 0,
  guid: (raw) => typeof raw === "string" ? parseGuid(raw) ?? void 0 : void 0,
  dynamic: coerceDynamic
};
function coerceBool(raw) {
  if (typeof raw === "boolean") return raw;
  if (raw === 0 || raw === 1) return raw === 1;
  if (typeof raw === "string") return parseBool(raw) ?? void 0;
  return void 0;
}
function coerceLong(raw) {
  if (typeof raw === "bigint") return normalizeLong(raw);
  if (typeof raw === "number") return Number.isInteger(raw) ? raw : void 0;
  if (typeof raw === "string") return parseLong(raw) ?? void 0;
  return void 0;
}
function coerceInt(raw) {
  const value = coerceLong(raw);
  if (typeof value !== "number") return void 0;
  return value >= INT_MIN && value <= INT_MAX ? value : void 0;
}
function coerceReal(raw) {
  if (typeof raw === "number") return raw;
  if (typeof raw === "bigint") return Number(raw);
  if (typeof raw === "string") return parseReal(raw) ?? void 0;
  return void 0;
}
function coerceString(raw) {
  if (typeof raw === "string") return raw;
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return stringifyDynamic(toDynamic(raw));
  return String(raw);
}
function coerceDatetime(raw) {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? void 0 : datetimeFromDate(raw);
  }
  if (typeof raw === "string") return parseIsoUtc(raw) ?? parseDatetime(raw) ?? void 0;
  return void 0;
}
function coerceDynamic(raw) {
  return toDynamic(raw);
}
function toDynamic(raw) {
  if (raw === null || raw === void 0) return null;
  if (raw instanceof Date) return raw.toISOString();
  if (Array.isArray(raw)) return raw.map((item) => toDynamic(item) ?? null);
  if (typeof raw === "object") {
    const bag = {};
    for (const [key, member] of Object.entries(raw)) {
      if (member !== void 0) bag[key] = toDynamic(member) ?? null;
    }
    return bag;
  }
  if (typeof raw === "function" || typeof raw === "symbol") return void 0;
  return raw;
}
function typeError(raw, type, where) {
  const place = where ? ` in ${where}` : "";
  const article2 = type === "int" ? "an" : "a";
  return new InputError(
    `${describeRaw(raw)}${place} is not ${article2} ${type}: ${EXPECTED_FORM[type]}`,
    { kind: "type" }
  );
}
function describeRaw(raw) {
  if (typeof raw === "string") return `'${raw}'`;
  if (typeof raw === "bigint") return raw.toString();
  if (raw instanceof Date) return raw.toISOString();
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch (error) {
    if (error instanceof TypeError) return String(raw);
    throw error;
  }
}
function inferType(values) {
  const kinds = /* @__PURE__ */ new Set();
  for (const raw of values) {
    if (raw !== null && raw !== void 0) kinds.add(kindOf2(raw));
  }
  if (kinds.size === 0) return "dynamic";
  if (kinds.size === 1) return [...kinds][0];
  if (kinds.size === 2 && kinds.has("long") && kinds.has("real")) return "real";
  if (kinds.size === 2 && kinds.has("datetime") && kinds.has("string")) return "string";
  return "dynamic";
}
function kindOf2(raw) {
  if (typeof raw === "boolean") return "bool";
  if (typeof raw === "bigint") return "long";
  if (typeof raw === "number") return Number.isInteger(raw) ? "long" : "real";
  if (raw instanceof Date) return "datetime";
  if (typeof raw === "string") {
    return parseDatetime(raw) !== null && raw.length >= 10 ? "datetime" : "string";
  }
  return "dynamic";
}

// src/kql/values/to-string.ts
function toKustoString(value, type) {
  if (value === null) return "";
  switch (type) {
    case "string":
    case "guid":
      return String(value);
    case "bool":
      return value ? "true" : "false";
    case "int":
    case "long":
    case "decimal":
      return formatInteger(value);
    case "real":
      return formatReal(value);
    case "datetime":
      return formatDatetimeFull(value);
    case "timespan":
      return formatTimespan(value);
    case "dynamic":
      return typeof value === "string" ? value : stringifyDynamic(value);
  }
}
function formatInteger(value) {
  if (typeof value === "number" && !Number.isInteger(value)) {
    return formatReal(value);
  }
  return String(value);
}
function formatDatetimeFull(ticks2) {
  const seconds2 = Math.floor(ticks2 / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const date = new Date(DATETIME_EPOCH_MS + seconds2 / TICKS_PER_MS);
  const iso = date.toISOString().slice(0, 19);
  const fraction2 = ticks2 - seconds2;
  if (fraction2 === 0) return `${iso}Z`;
  return `${iso}.${String(fraction2).padStart(7, "0")}Z`;
}

// src/kql/values/convert.ts
var TICKS_0001_TO_EPOCH = 737424 * TICKS_PER_DAY;
var BIG_TICKS_0001_TO_EPOCH = BigInt(737424) * BigInt(TICKS_PER_DAY);
function convertValue(value, from, to) {
  if (value === null) return to === "string" ? "" : null;
  if (from === to) return value;
  switch (to) {
    case "string":
      return toKustoString(value, from);
    case "long":
      return toLongValue(value, from);
    case "int":
      return toIntValue(value, from);
    case "real":
    case "decimal":
      return toRealValue(value, from);
    case "bool":
      return toBoolValue(value, from);
    case "datetime":
      return toDatetimeValue(value, from);
    case "timespan":
      return toTimespanValue(value, from);
    case "guid":
      return toGuidValue(value, from);
    case "dynamic":
      return toDynamicValue(value, from);
  }
}
function realToLong(real) {
  if (!Number.isFinite(real)) return null;
  const truncated = Math.trunc(real);
  if (Number.isSafeInteger(truncated)) return truncated;
  if (Math.abs(truncated) >= 2 ** 63) return null;
  return normalizeLong(BigInt(truncated));
}
function toLongValue(value, from) {
  if (value === null) return null;
  switch (from) {
    case "int":
    case "long":
      return value;
    case "real":
    case "decimal":
      return realToLong(value);
    case "bool":
      return value ? 1 : 0;
    case "datetime":
      return normalizeLong(BigInt(value) + BIG_TICKS_0001_TO_EPOCH);
    case "timespan":
      return value;
    case "string":
    case "guid":
      return parseLongText(value);
    case "dynamic":
      return dynamicToLong(value);
  }
}
function parseLongText(text) {
  const exact = parseLong(text);
  if (exact !== null) return exact;
  const real = parseReal(text);
  return real === null ? null : realToLong(real);
}
function dynamicToLong(value) {
  if (typeof value === "number") return realToLong(value);
  if (typeof value === "bigint") return normalizeLong(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return parseLongText(value);
  return null;
}
function toIntValue(value, from) {
  const long = toLongValue(value, from);
  if (long === null) return null;
  return Number(BigInt.asIntN(32, BigInt(long)));
}
function toRealValue(value, from) {
  if (value === null) return null;
  switch (from) {
    case "int":
    case "long":
    case "real":
    case "decimal":
    case "timespan":
      return Number(value);
    case "bool":
      return value ? 1 : 0;
    case "datetime":
      return value + TICKS_0001_TO_EPOCH;
    case "string":
    case "guid":
      return parseReal(value);
    case "dynamic":
      return dynamicToReal(value);
  }
}
function dynamicToReal(value) {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return parseReal(value);
  return null;
}
function toBoolValue(value, from) {
  if (value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (from !== "string" && from !== "dynamic") return null;
    return parseBool(value) ?? parseNumericBool(value);
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return from === "datetime" ? null : Number(value) !== 0;
  }
  return null;
}
function parseNumericBool(text) {
  const number = parseReal(text);
  return number === null ? null : number !== 0;
}
var NAMED_DATE_TEXT = /[a-z]{3}/i;
function toDatetimeValue(value, from) {
  if (value === null) return null;
  if (typeof value === "string") return parseDatetimeText(value);
  if (from === "long" || from === "int") {
    return Number(BigInt(value) - BIG_TICKS_0001_TO_EPOCH);
  }
  return null;
}
function parseDatetimeText(text) {
  const iso = parseDatetime(text);
  if (iso !== null) return iso;
  const us = parseUsDatetime(text);
  if (us !== null) return us;
  if (!NAMED_DATE_TEXT.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : datetimeFromDate(date);
}
var US_DATETIME_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;
function parseUsDatetime(text) {
  const match = US_DATETIME_TEXT.exec(text.trim());
  if (!match) return null;
  const [, month, day, year, hour = "0", minute = "0", second = "0"] = match;
  const fraction2 = match[7] ?? "";
  if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +second > 59) {
    return null;
  }
  const ms = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  const date = new Date(ms);
  if (date.getUTCDate() !== +day || +minute > 59) return null;
  const subTicks = Number((fraction2 + "0000000").slice(0, 7));
  return (ms - DATETIME_EPOCH_MS) * TICKS_PER_MS + subTicks;
}
function toTimespanValue(value, from) {
  if (value === null) return null;
  if (typeof value === "string") return parseTimespanText(value);
  if (typeof value === "number" && from !== "datetime" && from !== "bool") {
    return Math.trunc(value);
  }
  return null;
}
function toGuidValue(value, from) {
  if (typeof value !== "string" || from === "datetime") return null;
  return parseGuid(value);
}
function toDynamicValue(value, from) {
  if (value === null) return null;
  switch (from) {
    case "datetime":
      return formatDatetime(value);
    case "timespan":
      return formatTimespan(value);
    case "real":
    case "decimal":
      return Number.isFinite(value) ? value : toKustoString(value, "real");
    default:
      return value;
  }
}

// src/kql/values/compare.ts
var NUMERIC = /* @__PURE__ */ new Set(["int", "long", "real", "decimal"]);
function isNumericType(type) {
  return NUMERIC.has(type);
}
function compareNonNull(a, aType, b, bType) {
  if (aType === "dynamic" && bType !== "dynamic") {
    return compareConverted(convertValue(a, "dynamic", bType), b, bType);
  }
  if (bType === "dynamic" && aType !== "dynamic") {
    return compareConverted(a, convertValue(b, "dynamic", aType), aType);
  }
  if (aType === "dynamic") return compareDynamic(a, b);
  if (isNumericType(aType) && isNumericType(bType)) return compareNumbers(a, b);
  if (aType !== bType && !isStringLike(aType, bType)) {
    return compareConverted(a, convertValue(b, bType, aType), aType);
  }
  return compareSameKind(a, b);
}
function isStringLike(aType, bType) {
  const stringy = (type) => type === "string" || type === "guid";
  return stringy(aType) && stringy(bType);
}
function compareConverted(a, b, type) {
  if (a === null || b === null) return NaN;
  return compareNonNull(a, type, b, type);
}
function compareNumbers(a, b) {
  const integral = (v) => typeof v === "bigint" || Number.isInteger(v);
  const exact = typeof a === "bigint" || typeof b === "bigint";
  if (exact && integral(a) && integral(b)) {
    return Math.sign(compareLongs(a, b));
  }
  return Number(a) - Number(b);
}
function compareSameKind(a, b) {
  if (typeof a === "string" && typeof b === "string") {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") {
    return Number(a) - Number(b);
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  return NaN;
}
function compareDynamic(a, b) {
  const numeric = (v) => typeof v === "number" || typeof v === "bigint";
  if (numeric(a) && numeric(b)) return compareNumbers(a, b);
  if (typeof a === typeof b && typeof a !== "object") return compareSameKind(a, b);
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA === textB ? 0 : NaN;
}
function compareValues(a, b, type) {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const order = compareNonNull(a, type, b, type);
  if (!Number.isNaN(order)) return Math.sign(order);
  return compareFallback(a, b, type);
}
function compareFallback(a, b, type) {
  if (isNumericType(type)) {
    const nanA = Number.isNaN(a);
    const nanB = Number.isNaN(b);
    return nanA === nanB ? 0 : nanA ? -1 : 1;
  }
  const textA = canonicalJson(a);
  const textB = canonicalJson(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}
function groupKey(value, type) {
  if (value === null) return null;
  if (typeof value === "number") return value === 0 ? 0 : value;
  if (typeof value !== "object") return type === "dynamic" ? dynamicScalarKey(value) : value;
  return canonicalJson(value);
}
function dynamicScalarKey(value) {
  return typeof value === "string" ? JSON.stringify(value) : value;
}
function rowKey(values, types) {
  let key = "";
  for (let i = 0; i < values.length; i++) {
    key += encodeKey(groupKey(values[i], types[i])) + "|";
  }
  return key;
}
function encodeKey(key) {
  if (key === null) return "n";
  if (typeof key === "string") return `s${key.length}:${key}`;
  if (typeof key === "boolean") return key ? "t" : "f";
  return `d${key.toString()}`;
}

// src/kql/values/json.ts
function valueToJson(value, type) {
  if (value === null) return null;
  switch (type) {
    case "datetime":
      return formatDatetime(value);
    case "timespan":
      return formatTimespan(value);
    case "decimal":
      return String(value);
    case "real":
      return realToJson(value);
    case "dynamic":
      return dynamicToJson(value);
    default:
      return value;
  }
}
function realToJson(value) {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return value;
}
function dynamicToJson(value) {
  if (Array.isArray(value)) return value.map(dynamicToJson);
  if (isPropertyBag(value)) {
    const result = {};
    for (const [key, member] of Object.entries(value)) {
      result[key] = dynamicToJson(member);
    }
    return result;
  }
  return value;
}
function stringifyJson(value, indent) {
  const marker = "\0bigint:";
  const text = JSON.stringify(
    value,
    (_key, member) => typeof member === "bigint" ? `${marker}${member.toString()}` : member,
    indent
  );
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, "$1");
}

// src/kql/query-errors.ts
function positionAt(text, offset) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf("\n", clamped - 1) + 1;
  const lineEnd = text.indexOf("\n", clamped);
  const line = text.slice(0, lineStart).split("\n").length;
  const sourceLine2 = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  return { line, column: clamped - lineStart + 1, sourceLine: sourceLine2 };
}
function queryError(text, offset, message, kind, hint) {
  return new InputError(message, { ...positionAt(text, offset), kind, hint });
}
var HINTS = {
  syntax: "fix the KQL syntax at this place",
  semantic: "check the names and types against the table schemas",
  unsupported: "rewrite the query without it, or leave this rule out of the tests until the engine supports it",
  runtime: "check the values the query receives"
};
function hintFor(kind) {
  return HINTS[kind];
}

// src/kql/analyze.ts
function analyzeQuery(text, options) {
  const K = loadKustoLanguage();
  const code = K.Language.KustoCode.ParseAndAnalyze(text, buildGlobals(options));
  const diagnostics = code.GetDiagnostics();
  const errors = [];
  for (let i = 0; i < diagnostics.Count; i++) {
    const diagnostic = diagnostics.getItem(i);
    if (String(diagnostic.Severity) !== "Error") continue;
    errors.push(errorOfDiagnostic(text, code.Syntax, diagnostic));
  }
  return { text, code, errors };
}
function throwFirstError(query) {
  const [first, ...rest] = query.errors;
  if (!first) return;
  if (rest.length === 0) throw first;
  const more = rest.length === 1 ? "1 more error" : `${rest.length} more errors`;
  throw new InputError(first.message, {
    line: first.line,
    column: first.column,
    sourceLine: first.sourceLine,
    kind: first.kind,
    hint: `${first.hint}; the query has ${more}`
  });
}
var CACHE_LIMIT = 256;
var tableSymbols = /* @__PURE__ */ new Map();
var globalStates = /* @__PURE__ */ new Map();
function buildGlobals(options) {
  const tables = Object.entries(options.tables).map(
    ([name, columns]) => `${name}:${schemaText(columns)}`
  );
  const functions = Object.entries(options.functions ?? {}).map(
    ([name, body]) => `${name}=${body}`
  );
  const key = [...tables, "", ...functions].join("\n");
  return cached(globalStates, key, () => createGlobals(options));
}
function createGlobals(options) {
  const K = loadKustoLanguage();
  const S = K.Language.Symbols;
  const symbols = [];
  for (const [name, columns] of Object.entries(options.tables)) {
    const schema = schemaText(columns);
    const create = () => S.TableSymbol.From(schema).WithName(name);
    symbols.push(cached(tableSymbols, `${name}:${schema}`, create));
  }
  for (const [name, declaration] of Object.entries(options.functions ?? {})) {
    const { parameters, body } = splitDeclaration(declaration);
    symbols.push(new S.FunctionSymbol.$ctor16(name, parameters, body, null));
  }
  const database = new S.DatabaseSymbol.ctor("db", symbols);
  const cluster = new S.ClusterSymbol.ctor("cluster", [database]);
  return K.Language.GlobalState.Default.WithCluster(cluster).WithDatabase(database);
}
function cached(cache, key, create) {
  const hit = cache.get(key);
  if (hit !== void 0) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = create();
  cache.set(key, value);
  return value;
}
function schemaText(columns) {
  const parts = columns.map((column) => `${quoteName(column.name)}:${column.type}`);
  return `(${parts.join(", ")})`;
}
function quoteName(name) {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return `['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}
function splitDeclaration(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("(")) {
    const end = matchingParen(trimmed);
    const rest = trimmed.slice(end + 1).trim();
    if (end > 0 && rest.startsWith("{")) {
      return { parameters: trimmed.slice(0, end + 1), body: rest };
    }
  }
  return { parameters: "()", body: `{ ${trimmed} }` };
}
function matchingParen(text) {
  let depth = 0;
  let quote3 = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote3) {
      if (char === "\\") i++;
      else if (char === quote3) quote3 = "";
    } else if (char === '"' || char === "'") {
      quote3 = char;
    } else if (char === "(") {
      depth++;
    } else if (char === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
}
function errorOfDiagnostic(text, root, diagnostic) {
  const offset = Number(diagnostic.Start);
  const code = String(diagnostic.Code);
  const kind = isSyntaxCode(code) ? "syntax" : "semantic";
  const message = messageOf(code, String(diagnostic.Message), root, offset);
  return queryError(text, offset, message, kind, hintFor(kind));
}
function isSyntaxCode(code) {
  const number = Number(code.replace(/^KS/, ""));
  return Number.isFinite(number) && number < 100;
}
function messageOf(code, message, root, offset) {
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (quoted !== void 0) {
    if (code === "KS142") {
      const what = isTabularPosition(root, offset) ? "table" : "column";
      return `unknown ${what} '${quoted}'`;
    }
    if (code === "KS204") return `unknown table '${quoted}'`;
    if (code === "KS211") return `unknown function '${quoted}'`;
  }
  const plain2 = message.replace(/\.$/, "");
  return plain2.charAt(0).toLowerCase() + plain2.slice(1);
}
function isTabularPosition(root, offset) {
  let found;
  walk(root, (node) => {
    if (kindOf(node) === "NameReference" && node.TextStart === offset) found = node;
  });
  const parent = found?.Parent;
  if (!parent) return false;
  const parentKind = kindOf(parent);
  if (parentKind === "PipeExpression") return parent.Expression === found;
  return parentKind === "ExpressionStatement" || parentKind === "UnionOperator";
}

// src/fuzz/syntax.ts
function parseQuery(text, options = { tables: {} }) {
  return { text, root: analyzeQuery(text, options).code.Syntax };
}
function findAll(node, kind) {
  const found = [];
  walk(node, (n) => {
    if (kindOf(n) === kind) found.push(n);
  });
  return found;
}
function spanText(query, node) {
  return query.text.slice(node.TextStart, node.TextStart + node.Width);
}
function constantNumber(value) {
  if (typeof value === "number") return value;
  if (value && typeof value === "object") {
    const candidate = value;
    if (typeof candidate.toNumber === "function") return candidate.toNumber();
  }
  return void 0;
}
function simpleName(node) {
  const kind = kindOf(node);
  if (kind === "NameReference" || kind === "NameDeclaration") {
    return String(node.SimpleName);
  }
  if (kind === "BracketedExpression" || kind === "ParenthesizedExpression") {
    return simpleName(node.Expression);
  }
  return void 0;
}

// src/fuzz/column-trace.ts
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "FilterOperator",
  "SortOperator",
  "TakeOperator",
  "TopOperator",
  "SerializeOperator",
  "ProjectAwayOperator",
  "ProjectKeepOperator",
  "ProjectReorderOperator",
  "MvExpandOperator",
  "DistinctOperator",
  "AsOperator",
  "SampleOperator",
  "ConsumeOperator"
]);
var MAX_DEPTH = 50;
var SYMBOL_KIND_COLUMN = 9;
function traceColumn(query, operator, name) {
  const upstream = upstreamOf(operator);
  if (!upstream) return { kind: "unknown", reason: "the operator has no input" };
  return traceIn(query, upstream, name, 0);
}
function upstreamOf(operator) {
  const parent = operator.Parent;
  if (parent && kindOf(parent) === "PipeExpression" && parent.Operator === operator) {
    return parent.Expression;
  }
  return void 0;
}
function traceIn(query, expression, name, depth) {
  if (depth > MAX_DEPTH) return { kind: "unknown", reason: "the pipeline is too deep" };
  const kind = kindOf(expression);
  if (kind === "ParenthesizedExpression") {
    return traceIn(query, expression.Expression, name, depth + 1);
  }
  if (kind === "NameReference") return traceVariable(query, expression, name, depth);
  if (kind !== "PipeExpression") {
    return { kind: "source", column: name, steps: [] };
  }
  return traceOperator(query, expression, name, depth);
}
function traceVariable(query, reference, name, depth) {
  const definition = findLetExpression(query, reference.SimpleName);
  if (!definition) return { kind: "source", column: name, steps: [] };
  return traceIn(query, definition, name, depth + 1);
}
function findLetExpression(query, name) {
  const statements = findAll(query.root, "LetStatement");
  const match = statements.find((s) => s.Name?.SimpleName === name);
  return match?.Expression;
}
function traceOperator(query, pipe, name, depth) {
  const operator = pipe.Operator;
  const kind = kindOf(operator);
  const next = (column) => traceIn(query, pipe.Expression, column, depth + 1);
  if (kind === "MvExpandOperator" && expandsInto(operator, name)) {
    return { kind: "unknown", reason: `'mv-expand' builds column '${name}'` };
  }
  if (PASS_THROUGH.has(kind)) return next(name);
  if (kind === "SummarizeOperator") return traceSummarize(query, operator, name);
  if (kind === "ExtendOperator" || kind === "ProjectOperator") {
    const assignment = findAssignment(operator, name);
    if (!assignment) {
      return kind === "ProjectOperator" && !projects(operator, name) ? { kind: "unknown", reason: `'project' drops column '${name}'` } : next(name);
    }
    return traceAssignment(query, name, assignment, next);
  }
  if (kind === "ProjectRenameOperator") {
    const assignment = findAssignment(operator, name);
    return next(assignment ? simpleName(assignment) ?? name : name);
  }
  if (kind === "JoinOperator" || kind === "LookupOperator") {
    const left = next(name);
    if (left.kind !== "unknown") return left;
    const right = traceIn(query, operator.Expression, name, depth + 1);
    return right.kind === "unknown" ? left : right;
  }
  return { kind: "unknown", reason: `cannot trace a column through '${spanText(query, operator.GetChild(0))}'` };
}
function traceAssignment(query, name, expression, next) {
  const inputs = columnReferences(expression);
  const origins = inputs.map((input) => ({ input, origin: next(input) }));
  const aggregates2 = origins.filter((o) => o.origin.kind === "aggregate");
  if (aggregates2.length > 1) {
    return { kind: "unknown", reason: `'${name}' combines several aggregates` };
  }
  const chosen = aggregates2[0] ?? origins[0];
  if (!chosen) return { kind: "source", column: name, steps: [] };
  if (chosen.origin.kind === "unknown") return chosen.origin;
  const step = { column: name, expression, input: chosen.input };
  return { ...chosen.origin, steps: [...chosen.origin.steps, step] };
}
function findAssignment(operator, name) {
  for (const element of elementsOf(operator.Expressions)) {
    if (kindOf(element) !== "SimpleNamedExpression") continue;
    if (element.Name.SimpleName === name) return element.Expression;
  }
  return void 0;
}
function expandsInto(operator, name) {
  return findAll(operator, "SimpleNamedExpression").some((e) => e.Name.SimpleName === name);
}
function projects(operator, name) {
  return elementsOf(operator.Expressions).some((e) => simpleName(e) === name);
}
function columnReferences(expression) {
  const names = [];
  walk(expression, (node) => {
    if (kindOf(node) !== "NameReference" || !isColumnReference(node)) return;
    if (!names.includes(node.SimpleName)) names.push(node.SimpleName);
  });
  return names;
}
function isColumnReference(node) {
  const parent = node.Parent;
  const parentKind = parent ? kindOf(parent) : "";
  if (parentKind === "FunctionCallExpression" && parent.Name === node) return false;
  if (parentKind === "PathExpression" && parent.Selector === node) return false;
  const symbol = node.ReferencedSymbol;
  if (!symbol) return true;
  return symbol.Kind === SYMBOL_KIND_COLUMN;
}
function traceSummarize(query, summarize2, name) {
  const byKeys = summarizeByKeys(summarize2);
  const aggregates2 = elementsOf(summarize2.Aggregates);
  const names = summarizeOutputNames(summarize2, byKeys.length, aggregates2);
  const groupBy = names.slice(0, byKeys.length);
  const index = names.indexOf(name);
  if (index < 0) return { kind: "unknown", reason: `'summarize' has no column '${name}'` };
  if (index < byKeys.length) {
    return { kind: "unknown", reason: `'${name}' is a 'summarize' key, not an aggregate` };
  }
  const element = aggregates2[index - byKeys.length];
  const expression = kindOf(element) === "SimpleNamedExpression" ? element.Expression : element;
  const calls = aggregateCalls(expression);
  if (calls.length !== 1) {
    const count2 = calls.length === 0 ? "no" : "several";
    return { kind: "unknown", reason: `'${spanText(query, element)}' has ${count2} aggregation calls` };
  }
  const call = calls[0];
  const steps = call === expression ? [] : [{ column: name, expression, input: "" }];
  return { kind: "aggregate", summarize: summarize2, call, column: name, groupBy, steps };
}
function aggregateCalls(expression) {
  if (kindOf(expression) === "FunctionCallExpression" && isAggregateCall(expression)) {
    return [expression];
  }
  const inner = [];
  for (let i = 0; i < expression.ChildCount; i++) {
    const child = expression.GetChild(i);
    if (child) inner.push(...aggregateCalls(child));
  }
  return inner;
}
function isAggregateCall(call) {
  return aggregateNames().has(call.Name.SimpleName.toLowerCase());
}
var knownAggregates;
function aggregateNames() {
  if (knownAggregates) return knownAggregates;
  const all = loadKustoLanguage().Language.Aggregates.All;
  knownAggregates = new Set(all.map((symbol) => symbol.Name));
  return knownAggregates;
}
function summarizeByKeys(summarize2) {
  const by = summarize2.ByClause;
  return by ? elementsOf(by.Expressions) : [];
}
function summarizeOutputNames(summarize2, keyCount, aggregates2) {
  const columns = summarize2.ResultType?.Columns;
  const count2 = columns?.Count;
  if (count2 !== void 0 && count2 === keyCount + aggregates2.length) {
    return Array.from({ length: count2 }, (_, i) => columns.getItem(i).Name);
  }
  const keys = summarizeByKeys(summarize2).map((key) => defaultColumnName(key, ""));
  return [...keys, ...aggregates2.map((a) => defaultColumnName(a, "_"))];
}
function defaultColumnName(expression, separator) {
  const named = simpleName(expression);
  if (named) return named;
  if (kindOf(expression) === "SimpleNamedExpression") return expression.Name.SimpleName;
  if (kindOf(expression) !== "FunctionCallExpression") return "Column1";
  const functionName = canonicalAggregate(expression.Name.SimpleName);
  const prefix = DEFAULT_PREFIX[functionName] ?? functionName;
  const first = elementsOf(expression.ArgumentList.Expressions)[0];
  const argument = first ? simpleName(first) : void 0;
  return argument ? `${prefix}_${argument}` : `${prefix}${separator}`;
}
var DEFAULT_PREFIX = {
  make_set: "set",
  make_list: "list",
  make_set_if: "set",
  make_list_if: "list"
};
var AGGREGATE_ALIASES = {
  makeset: "make_set",
  makelist: "make_list",
  arraylength: "array_length"
};
function canonicalAggregate(name) {
  const lower = name.toLowerCase();
  return AGGREGATE_ALIASES[lower] ?? lower;
}
function callArguments(call) {
  return elementsOf(call.ArgumentList.Expressions);
}

// src/fuzz/field-locator.ts
var JSON_PASS = /* @__PURE__ */ new Set(["tostring", "todynamic", "parse_json", "parsejson"]);
function locateField(query, operator, expression) {
  const [input, ...others] = columnReferences(expression);
  if (!input || others.length > 0) return void 0;
  const outer = accessPath(expression, input);
  const origin = traceColumn(query, operator, input);
  if (!outer || origin.kind !== "source") return void 0;
  const path = [];
  for (const step of origin.steps) {
    const inner = accessPath(step.expression, step.input);
    if (!inner) return void 0;
    path.push(...inner);
  }
  return { column: origin.column, path: [...path, ...outer] };
}
function accessPath(expression, input) {
  if (simpleName(expression) === input) return [];
  const kind = kindOf(expression);
  if (kind === "FunctionCallExpression") {
    const args = callArguments(expression);
    const name = canonicalAggregate(expression.Name.SimpleName);
    return JSON_PASS.has(name) && args.length === 1 ? accessPath(args[0], input) : void 0;
  }
  if (kind === "PathExpression") {
    const base = accessPath(expression.Expression, input);
    const property = simpleName(expression.Selector);
    return base && property ? [...base, property] : void 0;
  }
  if (kind === "ElementExpression") {
    const base = accessPath(expression.Expression, input);
    const key = expression.Selector?.Expression?.ConstantValue;
    return base && typeof key === "string" ? [...base, key] : void 0;
  }
  return void 0;
}
function parseLocator(text) {
  const [column, ...path] = text.split(".");
  return { column, path };
}
function readField(table, row, field) {
  const index = table.columns.findIndex((c) => c.name === field.column);
  if (index < 0) return null;
  let value = jsonOf(table.columns[index], row[index]);
  for (const key of field.path) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    value = value[key] ?? null;
  }
  return value;
}
function writeField(table, row, field, value) {
  const index = table.columns.findIndex((c) => c.name === field.column);
  if (index < 0) throw new Error(`column '${field.column}' is not in the table`);
  const copy = [...row];
  const column = table.columns[index];
  if (field.path.length === 0) {
    copy[index] = value;
    return copy;
  }
  const updated = setPath(jsonOf(column, row[index]), field.path, value);
  copy[index] = column.type === "string" ? JSON.stringify(updated) : updated;
  return copy;
}
function jsonOf(column, value) {
  if (column.type !== "string" || typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    if (error instanceof SyntaxError) return value;
    throw error;
  }
}
function setPath(target, path, value) {
  const [key, ...rest] = path;
  const base = target && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  base[key] = rest.length === 0 ? value : setPath(base[key] ?? null, rest, value);
  return base;
}

// src/cases/value-equality.ts
function valuesEqual(expected, actual, type) {
  if (!type) return canonicalOf(expected) === canonicalOf(actual);
  if (type === "string" && isJsonContainer(expected)) {
    const parsed = typeof actual === "string" ? parseJsonText(actual) : actual;
    return parsed !== void 0 && canonicalOf(expected) === canonicalOf(parsed);
  }
  const left = tryCoerce(expected, type);
  const right = tryCoerce(actual, type);
  if (left === void 0 || right === void 0) return false;
  return sameValue(left, right, type);
}
function sameValue(left, right, type) {
  if (type === "dynamic") return canonicalJson(left) === canonicalJson(right);
  if (typeof left === "number" && typeof right === "number") {
    return left === right || Number.isNaN(left) && Number.isNaN(right);
  }
  if (typeof left === "bigint" || typeof right === "bigint") {
    return String(left) === String(right);
  }
  return left === right;
}
function tryCoerce(raw, type) {
  try {
    return coerceValue(raw, type);
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}
function canonicalOf(value) {
  const coerced = tryCoerce(value, "dynamic");
  return coerced === void 0 ? String(value) : canonicalJson(coerced);
}
function isJsonContainer(value) {
  return typeof value === "object" && value !== null;
}

// src/fuzz/scenario.ts
function isSatisfied(relation, n) {
  switch (relation.operator) {
    case ">":
      return n > relation.value;
    case ">=":
      return n >= relation.value;
    case "<":
      return n < relation.value;
    case "<=":
      return n <= relation.value;
    case "==":
      return n === relation.value;
    case "!=":
      return n !== relation.value;
  }
}
function formatRelation(relation, quantity) {
  return `${quantity} ${relation.operator} ${relation.value}`;
}
function buildInput(scenario, draw) {
  const source = scenario.tables[scenario.table];
  const rows = draw.values.map((value, index) => {
    let row = [...scenario.template];
    if (scenario.varied) row = writeField(source, row, scenario.varied, value);
    return moveTime(scenario, source, row, draw.delays[index] ?? 0);
  });
  for (const other of draw.others) {
    if (!scenario.otherKey) break;
    rows.push(writeField(source, [...scenario.template], scenario.otherKey, other));
  }
  return { ...scenario.tables, [scenario.table]: { columns: source.columns, rows } };
}
function moveTime(scenario, table, row, seconds2) {
  const index = table.columns.findIndex((c) => c.name === scenario.timeColumn);
  const time = row[index];
  if (index < 0 || typeof time !== "number" || seconds2 === 0) return row;
  row[index] = Math.min(time + seconds2 * TICKS_PER_SECOND, scenario.at);
  return row;
}
function groupAlerted(scenario, run) {
  return run.triggered && findGroupRow(scenario.group, run.result) !== void 0;
}
function findGroupRow(group, result) {
  const checks = Object.entries(group).map(([column, expected]) => {
    const index = result.columns.findIndex((c) => c.name === column);
    return { index, expected, type: result.columns[index]?.type };
  });
  if (checks.some((check) => check.index < 0)) return void 0;
  return result.rows.find(
    (row) => checks.every((check) => valuesEqual(check.expected, row[check.index], check.type))
  );
}
function plainDraw(scenario, n) {
  const values = scenario.measure === "sum" ? [n] : Array.from({ length: n }, (_, index) => `value-${index + 1}`);
  return { n, values, delays: values.map(() => 0), others: [] };
}

// src/fuzz/boundary.ts
var TIME_COLUMN = "TimeGenerated";
var SPREAD = 3;
function buildBoundaryScenario(threshold, cases, runner, relation = threshold) {
  if (!threshold.measure) {
    return { reason: `'${threshold.expression}' is computed from the aggregate, so its boundary is not generated` };
  }
  if (threshold.condition !== null) {
    return { reason: `'${threshold.aggregate}' counts under a condition, which the generator does not satisfy yet` };
  }
  const fields = findQueryFields(runner.rule.query, threshold);
  if (typeof fields === "string") return { reason: fields };
  const relaxed = relaxQuery(runner.rule.query, threshold);
  const seed = findSeed(cases, runner, relaxed, threshold);
  if (!seed) {
    return { reason: "no golden case has an event that reaches the aggregation on its own" };
  }
  const scenario = {
    name: `boundary: ${threshold.column} ${relation.operator} ${relation.value}`,
    table: seed.table,
    template: seed.template,
    tables: seed.item.tables,
    at: seed.item.at,
    measure: threshold.measure,
    varied: fields.varied,
    timeColumn: fields.keyComputed ? null : TIME_COLUMN,
    otherKey: fields.otherKey,
    group: seed.group,
    relation,
    column: threshold.column,
    range: rangeAround(relation.value, threshold.groupBy.length > 0 ? 1 : 0),
    source: seed.item.file
  };
  return { scenario };
}
function rangeAround(value, min) {
  return {
    min: Math.max(min, Math.floor(value) - SPREAD),
    max: Math.max(min, Math.ceil(value) + SPREAD)
  };
}
function relaxQuery(query, threshold) {
  const end = threshold.comparisonOffset + threshold.comparisonLength;
  return `${query.slice(0, threshold.comparisonOffset)}true${query.slice(end)}`;
}
function findQueryFields(query, threshold) {
  const parsed = parseQuery(query);
  const call = findAll(parsed.root, "FunctionCallExpression").find(
    (node) => node.TextStart === threshold.aggregateOffset
  );
  const summarize2 = call && enclosingSummarize(call);
  if (!summarize2) return "the aggregation of the threshold was not found again";
  const varied = threshold.measure === "rows" ? null : locateCounted(parsed, summarize2, call);
  if (varied === void 0) {
    return `'${threshold.counts}' is not a field of the input events, so it cannot be varied`;
  }
  const keys = summarizeByKeys(summarize2);
  const located = keys.map((key) => locateKey(parsed, summarize2, key));
  const otherKey = located.find((field) => field !== void 0) ?? null;
  const keyComputed = located.some((field) => field === void 0);
  return { varied, otherKey, keyComputed };
}
function enclosingSummarize(node) {
  for (let parent = node.Parent; parent; parent = parent.Parent) {
    if (kindOf(parent) === "SummarizeOperator") return parent;
  }
  return void 0;
}
function locateCounted(query, summarize2, call) {
  const [counted] = callArguments(call);
  return counted ? locateField(query, summarize2, counted) : void 0;
}
function locateKey(query, summarize2, key) {
  const expression = kindOf(key) === "SimpleNamedExpression" ? key.Expression : key;
  if (columnReferences(expression).includes(TIME_COLUMN)) return void 0;
  return locateField(query, summarize2, expression);
}
function findSeed(cases, runner, relaxed, threshold) {
  for (const item of cases) {
    const run = tryRun(runner, item.tables, item.at, relaxed);
    const row = run?.result.rows[0];
    if (!run || !row) continue;
    const group = groupOf(run.result, row, threshold.groupBy);
    const template = findTemplate(item, runner, relaxed, group);
    if (template) return { item, ...template, group };
  }
  return void 0;
}
function groupOf(result, row, keys) {
  const group = {};
  result.columns.forEach((column, index) => {
    if (keys.includes(column.name)) group[column.name] = valueToJson(row[index], column.type);
  });
  return group;
}
function findTemplate(item, runner, relaxed, group) {
  for (const [name, table] of Object.entries(item.tables)) {
    for (const row of table.rows) {
      const tables = { ...item.tables, [name]: { columns: table.columns, rows: [row] } };
      const run = tryRun(runner, tables, item.at, relaxed);
      if (run && findGroupRow(group, run.result)) return { table: name, template: row };
    }
  }
  return void 0;
}
function tryRun(runner, tables, at, query) {
  try {
    return runner.run(tables, at, query);
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}

// src/fuzz/boundary-property.ts
import fc2 from "fast-check";

// src/fuzz/property-check.ts
import fc from "fast-check";
function checkProperty(spec, budget) {
  const details = fc.check(fc.property(spec.arbitrary, spec.predicate), {
    numRuns: budget.runs,
    seed: budget.seed,
    examples: (spec.examples ?? []).map((draw) => [draw]),
    interruptAfterTimeLimit: Math.max(1, budget.deadline - Date.now()),
    markInterruptAsFailure: false
  });
  const outcome = { name: spec.name, passed: !details.failed, runs: details.numRuns, seed: budget.seed };
  const counterexample = details.counterexample;
  if (!details.failed || !counterexample) return outcome;
  spec.predicate(counterexample[0]);
  return { ...outcome, counterexample: spec.describe(counterexample[0]) };
}

// src/fuzz/boundary-property.ts
var MAX_DELAY_SECONDS = 600;
function checkBoundary(scenario, runner, budget) {
  const agrees = (draw) => groupAlerted(scenario, runner.run(buildInput(scenario, draw), scenario.at)) === isSatisfied(scenario.relation, draw.n);
  return checkProperty(
    {
      name: scenario.name,
      arbitrary: drawArbitrary(scenario),
      predicate: agrees,
      describe: (draw) => describeFailure(scenario, runner, draw),
      examples: boundaryExamples(scenario)
    },
    budget
  );
}
function boundaryExamples(scenario) {
  const value = scenario.relation.value;
  const sizes = [Math.floor(value) - 1, Math.floor(value), Math.ceil(value) + 1];
  return [...new Set(sizes)].filter((n) => n >= scenario.range.min && n <= scenario.range.max).map((n) => plainDraw(scenario, n));
}
function drawArbitrary(scenario) {
  const others = scenario.otherKey ? fc2.uniqueArray(fc2.stringMatching(/^other-[a-z0-9]{1,6}$/), { maxLength: 2 }) : fc2.constant([]);
  return fc2.integer(scenario.range).chain((n) => fc2.tuple(fc2.constant(n), valuesArbitrary(scenario, n))).chain(
    ([n, values]) => fc2.record({
      n: fc2.constant(n),
      values: fc2.constant(values),
      delays: fc2.array(fc2.integer({ min: 0, max: MAX_DELAY_SECONDS }), {
        minLength: values.length,
        maxLength: values.length
      }),
      others
    })
  );
}
function valuesArbitrary(scenario, n) {
  if (scenario.measure === "distinct") {
    const text = fc2.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
    return fc2.uniqueArray(text, { minLength: n, maxLength: n });
  }
  if (scenario.measure === "rows") return fc2.constant(Array.from({ length: n }, () => ""));
  return fc2.array(fc2.integer({ min: 0, max: n }), { maxLength: 2 }).map((parts) => splitSum(n, parts));
}
function splitSum(n, parts) {
  const values = [];
  let rest = n;
  for (const part of parts) {
    const value = Math.min(part, rest);
    values.push(value);
    rest -= value;
  }
  return [...values, rest];
}
function describeFailure(scenario, runner, draw) {
  const tables = buildInput(scenario, draw);
  const run = runner.run(tables, scenario.at);
  const expected = isSatisfied(scenario.relation, draw.n);
  const relation = formatRelation(scenario.relation, scenario.column);
  const verb = expected ? "raised no alert" : "raised an alert";
  const row = findGroupRow(scenario.group, run.result);
  const measured = row ? measuredValue(run.result.columns, row, scenario.column) : "";
  return {
    name: `${scenario.column} = ${draw.n}: ${expected ? "alert" : "no alert"} (${relation})`,
    tables,
    at: scenario.at,
    expect: expectedAlerts(scenario, run, expected, draw.n),
    message: `${scenario.column} = ${draw.n} ${verb}${measured}, but ${relation} is ${expected}`
  };
}
function measuredValue(columns, row, column) {
  const index = columns.findIndex((c) => c.name === column);
  return index < 0 ? "" : ` (${column} = ${String(row[index])})`;
}
function expectedAlerts(scenario, run, expected, n) {
  const isGroup = (alert) => Object.entries(scenario.group).every(
    ([column, value]) => valuesEqual(value, alert.columns[column])
  );
  const others = run.alerts.filter((alert) => !isGroup(alert)).map((alert) => ({
    columns: pick(alert.columns, Object.keys(scenario.group))
  }));
  const counted = run.result.columns.some((c) => c.name === scenario.column);
  const own = { columns: { ...scenario.group, ...counted ? { [scenario.column]: n } : {} } };
  const list = expected ? [...others, own] : others;
  return { triggered: list.length > 0, alerts: list };
}
function pick(columns, keys) {
  return Object.fromEntries(keys.filter((key) => key in columns).map((key) => [key, columns[key]]));
}

// src/fuzz/declared.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync5 } from "node:fs";
import { join as join4, relative as relative5, resolve as resolve4, sep as sep4 } from "node:path";

// src/cases/case-loader.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
import { basename as basename2, dirname as dirname4, extname as extname3, join as join3, relative as relative4, resolve as resolve3, sep as sep3 } from "node:path";

// src/cases/case-schema.ts
import AjvModule from "ajv";
var FILE_REFERENCE = {
  type: "object",
  required: ["file"],
  additionalProperties: false,
  properties: { file: { type: "string", minLength: 1 } }
};
var ROWS = {
  type: "array",
  items: { type: "object" }
};
var EXPECTED_ALERT = {
  type: "object",
  additionalProperties: false,
  properties: {
    columns: { type: "object" },
    entities: {
      type: "array",
      items: {
        type: "object",
        required: ["type"],
        properties: { type: { type: "string", minLength: 1 } }
      }
    },
    customDetails: { type: "object" },
    name: { type: "string" },
    description: { type: "string" },
    severity: { enum: ["Informational", "Low", "Medium", "High"] },
    tactics: { type: "array", items: { type: "string" } }
  }
};
var SEARCH_KEY = { type: "string", minLength: 1 };
var WATCHLIST = {
  anyOf: [
    ROWS,
    {
      type: "object",
      required: ["items"],
      additionalProperties: false,
      properties: { items: ROWS, searchKey: SEARCH_KEY }
    },
    {
      type: "object",
      required: ["file"],
      additionalProperties: false,
      properties: { file: FILE_REFERENCE.properties.file, searchKey: SEARCH_KEY }
    }
  ]
};
var ZOOM_WEBHOOK = {
  type: "object",
  required: ["received_at", "body"],
  additionalProperties: false,
  properties: {
    received_at: { type: "string", minLength: 1 },
    body: {
      type: "object",
      required: ["event"],
      properties: { event: { type: "string", minLength: 1 } }
    }
  }
};
var CASE_SCHEMA = {
  $id: "https://kql-rule-test/schemas/case.json",
  type: "object",
  required: ["rule", "expect"],
  additionalProperties: false,
  properties: {
    rule: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1 },
    description: { type: "string" },
    at: { type: "string", minLength: 1 },
    tables: {
      type: "object",
      additionalProperties: { anyOf: [ROWS, FILE_REFERENCE] }
    },
    zoom_webhooks: {
      anyOf: [{ type: "array", items: ZOOM_WEBHOOK }, FILE_REFERENCE]
    },
    expect: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        triggered: { type: "boolean" },
        alerts: { type: "array", items: EXPECTED_ALERT },
        rows: ROWS
      }
    },
    watchlists: { type: "object", additionalProperties: WATCHLIST },
    externaldata: {
      type: "object",
      additionalProperties: { anyOf: [ROWS, FILE_REFERENCE] }
    },
    xfail: { type: "string", minLength: 1 }
  }
};
var Ajv = AjvModule.default ?? AjvModule;
var ajv = new Ajv({ allErrors: true, strict: true });
var validateCase = ajv.compile(CASE_SCHEMA);
var validateWebhook = ajv.compile(ZOOM_WEBHOOK);
function checkCase(value) {
  return validateCase(value) ? [] : describeErrors(validateCase.errors ?? []);
}
function checkWebhook(value) {
  return validateWebhook(value) ? [] : describeErrors(validateWebhook.errors ?? []);
}
function describeErrors(errors) {
  const useful = errors.filter((error) => error.keyword !== "anyOf");
  const chosen = useful.length > 0 ? useful : [...errors];
  return chosen.map((error) => {
    const path = pathSegments(error.instancePath);
    const unknown = error.params.additionalProperty;
    if (error.keyword === "additionalProperties" && unknown !== void 0) {
      return { path: [...path, unknown], key: unknown, message: describeError(error) };
    }
    return { path, message: describeError(error) };
  });
}
function describeError(error) {
  const where = error.instancePath ? `'${error.instancePath.slice(1)}'` : "the case";
  const params = error.params;
  switch (error.keyword) {
    case "required":
      return `${where} is missing the required field '${String(params.missingProperty)}'`;
    case "additionalProperties":
      return `${where} has an unknown field '${String(params.additionalProperty)}'`;
    case "enum":
      return `${where} must be one of ${params.allowedValues.join(", ")}`;
    case "minProperties":
      return `${where} must give at least one of triggered, alerts, rows`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}
function pathSegments(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}

// src/cases/case-tables.ts
function buildTable(name, rows, schema, tablePlace) {
  const warnings = [];
  if (!schema) {
    warnings.push(
      warningAt(tablePlace, `schema of ${name} inferred from the case's events`, {
        hint: `add schemas/${name}.json with the table's column names and Kusto types`
      })
    );
  }
  const columns = [...schema ?? []];
  const known = new Set(columns.map((column) => column.name));
  for (const columnName of extraColumnNames(rows, known)) {
    const typed = rows.find((row) => row.types?.[columnName])?.types?.[columnName];
    const type = typed ?? inferType(rawValues(rows, columnName));
    columns.push({ name: columnName, type });
    if (schema && !typed) {
      const place = rows.find((row) => columnName in row.values)?.placeOf(columnName);
      warnings.push(
        warningAt(
          place ?? tablePlace,
          `column '${columnName}' is not in the schema of ${name}; its type was inferred as ${type}`,
          { hint: `check the column name, or add it to schemas/${name}.json` }
        )
      );
    }
  }
  const table = { columns, rows: rows.map((row) => coerceRow(name, row, columns)) };
  return { table, warnings };
}
function extraColumnNames(rows, known) {
  const names = [];
  const seen = new Set(known);
  for (const row of rows) {
    for (const key of Object.keys(row.values)) {
      if (!seen.has(key)) names.push(key);
      seen.add(key);
    }
  }
  return names;
}
function rawValues(rows, column) {
  return rows.map((row) => textCell(row, row.values[column], "dynamic"));
}
function coerceRow(table, row, columns) {
  return columns.map((column) => {
    const raw = textCell(row, row.values[column.name], column.type);
    try {
      return coerceValue(raw, column.type, `column ${column.name} of ${table}`);
    } catch (error) {
      if (error instanceof InputError) throw error.at(row.placeOf(column.name));
      throw error;
    }
  });
}
function textCell(row, raw, type) {
  if (!row.fromText || typeof raw !== "string") return raw;
  if (raw === "" && type !== "string") return null;
  if (type === "dynamic") return parseJsonText(raw) ?? raw;
  return raw;
}
function warningAt(place, message, details) {
  return new InputError(message, { ...place, hint: details.hint, kind: "warning" });
}

// src/cases/event-files.ts
import { readFileSync, realpathSync } from "node:fs";
import { dirname as dirname2, extname, isAbsolute, relative, resolve, sep } from "node:path";

// src/cases/csv.ts
function parseCsv(text) {
  const records = [];
  let cells = [];
  let cell2 = "";
  let line = 1;
  let recordLine = 1;
  let index = 0;
  const endRecord = () => {
    cells.push(cell2);
    const blank = cells.length === 1 && cells[0] === "";
    if (!blank) records.push({ cells, line: recordLine });
    cells = [];
    cell2 = "";
  };
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && cell2 === "") {
      const quoted = readQuoted(text, index, line);
      cell2 = quoted.value;
      line = quoted.line;
      index = quoted.end;
      continue;
    }
    if (char === ",") {
      cells.push(cell2);
      cell2 = "";
    } else if (char === "\n" || char === "\r" && text[index + 1] === "\n") {
      if (char === "\r") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell2 += char;
    }
    index += 1;
  }
  if (cell2 !== "" || cells.length > 0) endRecord();
  return records;
}
function readQuoted(text, start, startLine) {
  let value = "";
  let line = startLine;
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && text[index + 1] === '"') {
      value += '"';
      index += 2;
      continue;
    }
    if (char === '"') return { value, end: index + 1, line };
    if (char === "\n") line += 1;
    value += char;
    index += 1;
  }
  throw new Error(`unterminated quoted cell starting on line ${startLine}`);
}

// src/cases/yaml-source.ts
import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument
} from "yaml";
function parseYamlSource(text, file) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = { file, text, document, lineCounter };
  const [first] = document.errors;
  if (first) {
    const offset = first.pos[0];
    throw new InputError(`invalid YAML: ${firstLine(first.message)}`, {
      ...placeAtOffset(source, offset),
      sourceLine: sourceLineAt(source, offset),
      hint: "fix the YAML syntax (indentation, quotes, a missing ':')",
      kind: "yaml"
    });
  }
  return source;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function toPlainValue(source) {
  return source.document.toJS({ maxAliasCount: 1e3 });
}
function placeOf(source, path) {
  let node = source.document.contents;
  let found = node;
  for (const key of path) {
    node = childNode(node, key);
    if (!isNode(node)) break;
    found = node;
  }
  const offset = isNode(found) ? found.range?.[0] ?? 0 : 0;
  return placeAtOffset(source, offset);
}
function placeOfKey(source, path) {
  const parent = source.document.getIn(path.slice(0, -1), true);
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isScalar(item.key) && item.key.value === path[path.length - 1]
    );
    const key = pair?.key;
    if (isNode(key) && key.range) return placeAtOffset(source, key.range[0]);
  }
  return placeOf(source, path);
}
function childNode(node, key) {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === key
    );
    return pair?.value;
  }
  if (isSeq(node) && typeof key === "number") return node.items[key];
  return void 0;
}
function placeAtOffset(source, offset) {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line, column: col };
}
function sourceLineAt(source, offset) {
  const start = source.text.lastIndexOf("\n", offset - 1) + 1;
  const end = source.text.indexOf("\n", offset);
  return source.text.slice(start, end === -1 ? void 0 : end).replace(/\r$/, "");
}
function sourceLine(source, line) {
  return (source.text.split("\n")[line - 1] ?? "").replace(/\r$/, "");
}
function errorAt(source, path, message, details = {}) {
  const place = details.atKey ? placeOfKey(source, path) : placeOf(source, path);
  return new InputError(message, {
    ...place,
    sourceLine: sourceLine(source, place.line),
    hint: details.hint,
    kind: details.kind ?? "case"
  });
}

// src/cases/source-rows.ts
function rowsFromYaml(source, path, rows) {
  return rows.map((values, index) => ({
    values,
    fromText: false,
    placeOf: (column) => withLine(source, placeOf(source, column ? [...path, index, column] : [...path, index]))
  }));
}
function withLine(source, place) {
  return { ...place, sourceLine: sourceLine(source, place.line) };
}
function rowsOnLines(file, rows, fromText) {
  return rows.map((row) => ({
    values: row.values,
    fromText,
    placeOf: () => ({ file, line: row.line, column: 1, sourceLine: row.text })
  }));
}

// src/cases/event-files.ts
var FORMATS = [".json", ".ndjson", ".jsonl", ".csv", ".yaml", ".yml"];
function readEventFile(context, path, reference) {
  const absolute = resolveInsideRoot(context, path, reference);
  const file = relative(context.root, absolute).split(sep).join("/");
  const text = readText(context, path, absolute, reference);
  switch (extname(absolute).toLowerCase()) {
    case ".ndjson":
    case ".jsonl":
      return readNdjson(file, text);
    case ".csv":
      return readCsv(file, text);
    default:
      return readYamlList(file, text);
  }
}
function resolveInsideRoot(context, path, reference) {
  const fail = (message, hint) => errorAt(context.caseSource, [...path, "file"], message, { hint, kind: "case" });
  if (!FORMATS.includes(extname(reference).toLowerCase())) {
    throw fail(
      `unsupported event file type '${reference}'`,
      `use one of ${FORMATS.join(", ")}`
    );
  }
  const absolute = resolve(dirname2(context.casePath), reference);
  if (isAbsolute(reference) || !isInside(context.root, absolute)) {
    throw fail(
      `event file '${reference}' is outside the repository`,
      "give a path relative to the case file that stays inside the repository"
    );
  }
  return absolute;
}
function readText(context, path, absolute, reference) {
  let real;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    throw errorAt(context.caseSource, [...path, "file"], `event file '${reference}' not found`, {
      hint: `check the path; it is relative to the case file (${messageOf2(error)})`
    });
  }
  if (!isInside(realpathSync(context.root), real)) {
    throw errorAt(
      context.caseSource,
      [...path, "file"],
      `event file '${reference}' is outside the repository`,
      { hint: "a symbolic link may point outside; copy the file into the repository" }
    );
  }
  return readFileSync(real, "utf8");
}
function isInside(root, path) {
  const fromRoot = relative(root, path);
  return fromRoot !== "" && !fromRoot.startsWith("..") && !isAbsolute(fromRoot);
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function readYamlList(file, text) {
  const source = parseYamlSource(text, file);
  const value = toPlainValue(source);
  if (!Array.isArray(value) || !value.every(isRecord)) {
    throw errorAt(source, [], "an event file must hold a list of objects, one per event", {
      hint: "write the events as a JSON array or a YAML list of maps"
    });
  }
  return rowsFromYaml(source, [], value);
}
function readNdjson(file, text) {
  const rows = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const values = parseJsonLine(file, line, index + 1);
    rows.push({ values, line: index + 1, text: line });
  });
  return rowsOnLines(file, rows, false);
}
function parseJsonLine(file, line, lineNumber) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(`invalid JSON: ${messageOf2(error)}`, {
      file,
      line: lineNumber,
      sourceLine: line,
      hint: "write one JSON object per line",
      kind: "case"
    });
  }
  if (!isRecord(value)) {
    throw new InputError("each NDJSON line must be a JSON object", {
      file,
      line: lineNumber,
      sourceLine: line,
      hint: "write one JSON object per line",
      kind: "case"
    });
  }
  return value;
}
function readCsv(file, text) {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new InputError(`invalid CSV: ${messageOf2(error)}`, {
      file,
      hint: "close the quoted cell with a double quote",
      kind: "case"
    });
  }
  const [header, ...body] = records;
  if (!header) return [];
  const lines2 = text.split("\n");
  const rows = body.map((record) => {
    if (record.cells.length !== header.cells.length) {
      throw new InputError(
        `CSV record has ${record.cells.length} cells but the header has ${header.cells.length}`,
        { file, line: record.line, sourceLine: lines2[record.line - 1], kind: "case" }
      );
    }
    const values = Object.fromEntries(header.cells.map((name, i) => [name.trim(), record.cells[i]]));
    return { values, line: record.line, text: (lines2[record.line - 1] ?? "").replace(/\r$/, "") };
  });
  return rowsOnLines(file, rows, true);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cases/external-data.ts
import { readFileSync as readFileSync2, realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";
function caseExternalData(spec, path, context) {
  const sources = {};
  if (typeof spec !== "object" || spec === null) return sources;
  for (const [url, value] of Object.entries(spec)) {
    if (Array.isArray(value)) {
      sources[url] = { rows: value };
      continue;
    }
    const file = value.file;
    sources[url] = { text: readInsideRoot(context, [...path, url, "file"], file) };
  }
  return sources;
}
function readInsideRoot(context, path, reference) {
  const outside = () => errorAt(context.caseSource, path, `file '${reference}' is outside the repository`, {
    hint: "give a path relative to the case file that stays inside the repository"
  });
  const absolute = resolve2(dirname3(context.casePath), reference);
  if (isAbsolute2(reference) || !isInside2(context.root, absolute)) throw outside();
  let real;
  try {
    real = realpathSync2(absolute);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw errorAt(context.caseSource, path, `file '${reference}' not found`, {
      hint: `check the path; it is relative to the case file (${reason})`
    });
  }
  if (!isInside2(realpathSync2(context.root), real)) throw outside();
  return readFileSync2(real, "utf8").replace(/^\uFEFF/, "");
}
function isInside2(root, path) {
  const fromRoot = relative2(root, path);
  return fromRoot !== "" && !fromRoot.startsWith("..") && !isAbsolute2(fromRoot);
}
function externalDataUrls(plan) {
  const urls = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const record = node;
    if (record.kind === "externaldata" && Array.isArray(record.urls)) {
      for (const url of record.urls) if (!urls.includes(url)) urls.push(url);
    }
    Object.values(node).forEach(visit);
  };
  visit(plan);
  return urls;
}
function externalDataWarnings(urls, cases, rule) {
  const warnings = [];
  if (cases.length === 0) return warnings;
  for (const url of urls) {
    const lacking = cases.filter((item) => !maps(item.externalData ?? {}, url));
    if (lacking.length === cases.length) {
      warnings.push(unmappedUrl(url, rule, "no case maps externaldata URL"));
      continue;
    }
    for (const item of lacking) {
      warnings.push(unmappedUrl(url, item, "this case does not map externaldata URL"));
    }
  }
  return warnings;
}
function maps(given, url) {
  const base = url.split("?")[0];
  return Object.keys(given).some((key) => key === url || key.split("?")[0] === base);
}
function unmappedUrl(url, place, reason) {
  return new InputError(`${reason} '${url}', so it reads no rows (nothing is fetched)`, {
    file: place.file,
    line: place.line,
    hint: `map it under externaldata: in the case, or in externaldata.yaml, to a local file such as { file: data/${fileNameOf(url)} }`,
    kind: "warning"
  });
}
function fileNameOf(url) {
  const name = url.split(/[?#]/)[0].split("/").pop();
  return name === void 0 || name === "" ? "content.csv" : name;
}

// src/cases/watchlist-sources.ts
import { readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { basename, extname as extname2, join as join2, relative as relative3, sep as sep2 } from "node:path";

// src/cases/watchlists.ts
var WATCHLIST_FUNCTION = "_GetWatchlist";
var WATCHLIST_COLUMNS = [
  { name: "_DTItemId", type: "string" },
  { name: "LastUpdatedTimeUTC", type: "datetime" },
  { name: "SearchKey", type: "string" },
  { name: "WatchlistItem", type: "dynamic" }
];
var STANDARD_NAMES = new Set(WATCHLIST_COLUMNS.map((column) => column.name));
function watchlistTableName(alias) {
  return `Watchlist:${alias}`;
}
function watchlistAliasOf(tableName) {
  const prefix = watchlistTableName("");
  return tableName.startsWith(prefix) ? tableName.slice(prefix.length) : void 0;
}
function buildWatchlistTable(source, at) {
  const fields = fieldNames(source.items);
  const searchKey = source.searchKey ?? fields[0];
  if (searchKey !== void 0 && !fields.includes(searchKey)) {
    throw new InputError(
      `search key '${searchKey}' of watchlist '${source.alias}' is not one of its fields`,
      { ...source.place, hint: `use one of ${fields.join(", ")}`, kind: "case" }
    );
  }
  const columns = [
    ...WATCHLIST_COLUMNS,
    ...fields.map((name) => ({ name, type: "string" }))
  ];
  const rows = source.items.map(
    (item, index) => watchlistRow(item, { fields, searchKey, at, index, alias: source.alias })
  );
  return { columns, rows };
}
function fieldNames(items) {
  const names = [];
  for (const item of items) {
    for (const name of Object.keys(item.values)) {
      if (!STANDARD_NAMES.has(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}
function watchlistRow(item, context) {
  const values = context.fields.map((field) => fieldText(item.values[field]));
  const bag = {};
  context.fields.forEach((field, i) => {
    if (field in item.values) bag[field] = values[i];
  });
  const searchKeyIndex = context.searchKey === void 0 ? -1 : context.fields.indexOf(context.searchKey);
  return [
    givenText(item, "_DTItemId") ?? itemId(context.index),
    givenTime(item, context.alias) ?? context.at,
    givenText(item, "SearchKey") ?? (searchKeyIndex < 0 ? "" : values[searchKeyIndex]),
    bag,
    ...values
  ];
}
function fieldText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
function givenText(item, column) {
  return column in item.values ? fieldText(item.values[column]) : void 0;
}
function givenTime(item, alias) {
  const text = givenText(item, "LastUpdatedTimeUTC");
  if (text === void 0) return void 0;
  const ticks2 = parseDatetime(text);
  if (ticks2 === null) {
    throw new InputError(
      `LastUpdatedTimeUTC '${text}' of watchlist '${alias}' is not a valid datetime`,
      {
        ...item.placeOf("LastUpdatedTimeUTC"),
        hint: "write it in ISO 8601 with Z, such as 2026-04-20T09:00:00Z",
        kind: "case"
      }
    );
  }
  return ticks2;
}
function itemId(index) {
  const hex = (index + 1).toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}
function watchlistFunction(aliases) {
  const standard = WATCHLIST_COLUMNS.map(
    (column) => `${column.name}: ${column.type}`
  ).join(", ");
  const parts = [
    `(datatable(${standard})[])`,
    ...aliases.map(
      (alias) => `(${quoteName2(watchlistTableName(alias))} | where watchlistAlias == ${quoteString(alias)})`
    )
  ];
  return `(watchlistAlias: string) {
  union
    ${parts.join(",\n    ")}
}`;
}
function quoteName2(name) {
  return `[${quoteString(name)}]`;
}
function quoteString(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function watchlistCalls(query) {
  const code = blankComments(query);
  const calls = [...code.matchAll(/\b_GetWatchlist\s*\(([^)]*)\)/g)];
  return calls.map((call) => {
    const literal = /^\s*(?:@?'([^'\\]*)'|@?"([^"\\]*)")\s*$/.exec(call[1]);
    const start = call.index;
    return { alias: literal?.[1] ?? literal?.[2], start, end: start + call[0].length };
  });
}
function calledWatchlists(query) {
  const aliases = [];
  let dynamic = false;
  for (const { alias } of watchlistCalls(query)) {
    if (alias === void 0) dynamic = true;
    else if (!aliases.includes(alias)) aliases.push(alias);
  }
  return { aliases, dynamic };
}
function blankComments(query) {
  let result = "";
  let quote3 = "";
  for (let i = 0; i < query.length; i++) {
    const char = query[i];
    if (quote3 && char === "\\") {
      result += query.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (quote3) {
      if (char === quote3) quote3 = "";
    } else if (char === "'" || char === '"') {
      quote3 = char;
    } else if (char === "/" && query[i + 1] === "/") {
      const end = query.indexOf("\n", i);
      const stop = end < 0 ? query.length : end;
      result += " ".repeat(stop - i);
      i = stop - 1;
      continue;
    }
    result += char;
  }
  return result;
}

// src/cases/watchlist-sources.ts
function caseWatchlistTables(spec, path, context, at) {
  const tables = {};
  if (!isRecord2(spec)) return tables;
  for (const [alias, value] of Object.entries(spec)) {
    const source = caseWatchlist(alias, value, [...path, alias], context);
    tables[watchlistTableName(alias)] = buildWatchlistTable(source, at);
  }
  return tables;
}
function caseWatchlist(alias, value, path, context) {
  const source = context.caseSource;
  const keyPlace = placeOfKey(source, path);
  const place = { ...keyPlace, sourceLine: sourceLine(source, keyPlace.line) };
  if (Array.isArray(value)) {
    return { alias, items: rowsFromYaml(source, path, value), place };
  }
  const spec = value;
  const items = spec.file === void 0 ? rowsFromYaml(source, [...path, "items"], spec.items ?? []) : readEventFile(context, path, spec.file);
  return { alias, items, searchKey: spec.searchKey, place };
}
var WATCHLIST_FILES = [".csv", ".json", ".yaml", ".yml"];
function loadWatchlistFolder(root, folder = "watchlists") {
  const result = { watchlists: [], errors: [] };
  let names;
  try {
    names = readdirSync(join2(root, folder)).sort();
  } catch (error) {
    if (error.code === "ENOENT") return result;
    throw error;
  }
  for (const name of names.filter((entry) => WATCHLIST_FILES.includes(extname2(entry).toLowerCase()))) {
    const path = join2(root, folder, name);
    const file = relative3(root, path).split(sep2).join("/");
    try {
      result.watchlists.push(readWatchlistFile(path, file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.errors.push(error);
    }
  }
  return result;
}
function readWatchlistFile(path, file) {
  const alias = basename(path, extname2(path));
  const text = readFileSync3(path, "utf8").replace(/^\uFEFF/, "");
  const place = { file, line: 1, column: 1 };
  if (extname2(path).toLowerCase() === ".csv") {
    return { alias, items: csvItems(file, text), place };
  }
  const source = parseYamlSource(text, file);
  const value = toPlainValue(source);
  if (Array.isArray(value) && value.every(isRecord2)) {
    return { alias, items: rowsFromYaml(source, [], value), place };
  }
  if (isRecord2(value) && Array.isArray(value.items) && value.items.every(isRecord2)) {
    const searchKey = typeof value.searchKey === "string" ? value.searchKey : void 0;
    return { alias, items: rowsFromYaml(source, ["items"], value.items), searchKey, place };
  }
  throw new InputError(`watchlist file '${file}' must hold a list of items or {searchKey, items}`, {
    ...place,
    hint: "write one map per item, such as - { UserPrincipalName: user1@example.com }",
    kind: "case"
  });
}
function csvItems(file, text) {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`invalid CSV: ${reason}`, {
      file,
      hint: "close the quoted cell with a double quote",
      kind: "case"
    });
  }
  const [header, ...body] = records;
  if (!header) return [];
  const lines2 = text.split("\n");
  const rows = body.map((record) => {
    const lineText = (lines2[record.line - 1] ?? "").replace(/\r$/, "");
    if (record.cells.length !== header.cells.length) {
      throw new InputError(
        `CSV record has ${record.cells.length} cells but the header has ${header.cells.length}`,
        { file, line: record.line, sourceLine: lineText, kind: "case" }
      );
    }
    const values = Object.fromEntries(header.cells.map((name, i) => [name.trim(), record.cells[i]]));
    return { values, line: record.line, text: lineText };
  });
  return rowsOnLines(file, rows, true);
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cases/zoom-webhooks.ts
var ZOOM_LOGS_TABLE = "ZoomLogs";
function zoomLogsRowFromWebhook(webhook) {
  const body = webhook.body;
  const payload = recordAt(body, ["payload"]);
  const flattened = flattenPayload(payload);
  const derived = {
    TimeGenerated: webhook.received_at,
    Event: body.event,
    User: actorOf(payload, "email"),
    UserId: actorOf(payload, "id"),
    ...familyColumns(String(body.event ?? ""), payload)
  };
  const types = { ...flattened.types };
  for (const name of Object.keys(derived)) types[name] = "string";
  types.TimeGenerated = "datetime";
  return { values: { ...derived, ...flattened.values }, types };
}
function actorOf(payload, field) {
  const participant = recordAt(payload, ["object", "participant"]);
  const registrant = recordAt(payload, ["object", "registrant"]);
  const candidates = field === "email" ? [payload.operator, participant.email, participant.user_name, registrant.email] : [payload.operator_id, participant.user_id, participant.id, registrant.id];
  const found = candidates.find((value) => value !== void 0 && value !== null && value !== "");
  return found === void 0 ? "" : String(found);
}
function familyColumns(event, payload) {
  const object = recordAt(payload, ["object"]);
  const family = event.split(".")[0];
  switch (family) {
    case "chat_message":
    case "chat_channel":
      return { ChatEvents: jsonText({ Channel: object.channel_name, Message: object.message }) };
    case "meeting":
      return {
        MeetingEvents: jsonText({
          MeetingId: object.id,
          Timezone: object.timezone,
          MeetingName: object.topic
        })
      };
    case "webinar":
      return {
        WebinarEvents: jsonText({
          WebinarId: object.id,
          WebinarName: object.topic,
          Start: object.start_time
        })
      };
    case "zoomroom":
      return { RoomEvents: jsonText({ AlertType: object.alert_type, AlertKind: object.alert_kind }) };
    default:
      return {};
  }
}
function jsonText(bag) {
  return JSON.stringify(bag);
}
function flattenPayload(payload) {
  const values = {};
  const types = {};
  const visit = (prefix, value) => {
    if (value === null || value === void 0) return;
    if (isRecord3(value)) {
      for (const [key, inner] of Object.entries(value)) visit(`${prefix}_${key}`, inner);
      return;
    }
    const [suffix, type, stored] = typedValue(value);
    values[`${prefix}_${suffix}`] = stored;
    types[`${prefix}_${suffix}`] = type;
  };
  visit("payload", payload);
  return { values, types };
}
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function typedValue(value) {
  if (typeof value === "boolean") {
    return ["b", "string", String(value)];
  }
  if (typeof value === "number" || typeof value === "bigint") return ["d", "real", Number(value)];
  if (Array.isArray(value)) return ["s", "string", JSON.stringify(value)];
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && parseDatetime(text) !== null) {
    return ["t", "datetime", text];
  }
  if (GUID.test(text)) return ["g", "guid", text];
  return ["s", "string", text];
}
function recordAt(value, path) {
  let current = value;
  for (const key of path) current = isRecord3(current) ? current[key] : void 0;
  return isRecord3(current) ? current : {};
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/cases/webhook-rows.ts
function webhookRows(spec, path, context) {
  const records = Array.isArray(spec) ? rowsFromYaml(context.caseSource, path, spec) : readEventFile(context, path, spec.file);
  return records.map((record) => {
    checkRecord(record);
    const mapped = zoomLogsRowFromWebhook(record.values);
    return {
      values: mapped.values,
      fromText: false,
      types: mapped.types,
      placeOf: (column) => record.placeOf(column === "TimeGenerated" ? "received_at" : "body")
    };
  });
}
function checkRecord(record) {
  const [first] = checkWebhook(record.values);
  if (!first) return;
  const field = first.path[0] === void 0 ? void 0 : String(first.path[0]);
  throw new InputError(`invalid Zoom webhook: ${first.message}`, {
    ...record.placeOf(field),
    hint: "give each webhook as {received_at, body}, body being the JSON Zoom posts",
    kind: "case"
  });
}

// src/cases/case-loader.ts
var ONE_MINUTE = 60 * TICKS_PER_SECOND;
function loadCases(options) {
  const root = resolve3(options.root);
  const paths = listYamlFiles(resolve3(root, options.casesDir));
  const parsed = paths.map((path) => parseCaseFile(root, path));
  const eventFiles = referencedEventFiles(parsed);
  const result = { cases: [], problems: [] };
  for (const file of parsed) {
    if (eventFiles.has(file.path)) continue;
    if (file.error) {
      result.problems.push(fileProblem(file.path, root, file.error));
      continue;
    }
    loadFileCases(file.source, file.path, { ...options, root }, result);
  }
  return result;
}
function listYamlFiles(folder) {
  const entries = readdirSync2(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => join3(entry.parentPath, entry.name)).sort();
}
function parseCaseFile(root, path) {
  const file = relative4(root, path).split(sep3).join("/");
  try {
    return { path, source: parseYamlSource(readFileSync4(path, "utf8"), file) };
  } catch (error) {
    if (error instanceof InputError) return { path, error };
    throw error;
  }
}
function referencedEventFiles(files) {
  const referenced = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (!file.source) continue;
    const value = toPlainValue(file.source);
    for (const item of Array.isArray(value) ? value : [value]) {
      for (const reference of fileReferences(item)) {
        referenced.add(resolve3(dirname4(file.path), reference));
      }
    }
  }
  return referenced;
}
function fileReferences(item) {
  if (!isRecord4(item)) return [];
  const tables = isRecord4(item.tables) ? Object.values(item.tables) : [];
  const watchlists = isRecord4(item.watchlists) ? Object.values(item.watchlists) : [];
  const external = isRecord4(item.externaldata) ? Object.values(item.externaldata) : [];
  return [...tables, item.zoom_webhooks, ...watchlists, ...external].map((spec) => isRecord4(spec) && typeof spec.file === "string" ? spec.file : void 0).filter((file) => file !== void 0);
}
function fileProblem(path, root, error) {
  const file = error.file ?? relative4(root, path).split(sep3).join("/");
  return { name: caseStem(path), file, line: error.line ?? 1, error };
}
function caseStem(path) {
  return basename2(path, extname3(path));
}
function loadFileCases(source, path, options, result) {
  const value = toPlainValue(source);
  const context = { ...options, caseSource: source, casePath: path };
  if (value === null || value === void 0) {
    const error = errorAt(source, [], "the case file is empty", {
      hint: "write a case with rule, tables and expect, or delete the file"
    });
    result.problems.push(fileProblem(path, options.root, error));
    return;
  }
  const items = Array.isArray(value) ? value.map((item, index) => [item, [index]]) : [[value, []]];
  for (const [item, prefix] of items) {
    if (isDeclaredProperty(item)) continue;
    const name = caseName(item, path, prefix);
    const line = placeOf(source, prefix).line;
    try {
      result.cases.push(loadCase(item, prefix, name, context));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const rule = isRecord4(item) ? findRule(item.rule, options.rules, options.root) : void 0;
      result.problems.push({ name, file: source.file, line, rule, error });
    }
  }
}
function isDeclaredProperty(item) {
  return isRecord4(item) && item.property !== void 0;
}
function caseName(item, path, prefix) {
  if (isRecord4(item) && typeof item.name === "string" && item.name !== "") return item.name;
  const stem = caseStem(path);
  return prefix.length > 0 ? `${stem} [${Number(prefix[0]) + 1}]` : stem;
}
function loadCase(item, prefix, name, context) {
  const source = context.caseSource;
  checkShape(item, prefix, source);
  const raw = item;
  const rule = findRule(raw.rule, context.rules, context.root);
  if (!rule) {
    throw errorAt(source, [...prefix, "rule"], `no rule '${String(raw.rule)}' found`, {
      hint: "name a rule file by its path from the repository root (such as rules/zoom/SupiciousLinkSharing.yaml) or give the rule's id"
    });
  }
  const built = buildTables(raw, prefix, context);
  const at = runTime(raw, prefix, source, built.tables);
  const watchlists = caseWatchlistTables(raw.watchlists, [...prefix, "watchlists"], context, at);
  return {
    name,
    file: source.file,
    line: placeOf(source, prefix).line,
    rule,
    at,
    tables: { ...built.tables, ...watchlists },
    externalData: caseExternalData(raw.externaldata, [...prefix, "externaldata"], context),
    expect: readExpectation(raw.expect, [...prefix, "expect"], source),
    xfail: typeof raw.xfail === "string" ? raw.xfail : void 0,
    warnings: built.warnings
  };
}
function checkShape(item, prefix, source) {
  const [first, ...others] = checkCase(item);
  if (!first) return;
  const more = others.map((violation) => violation.message);
  throw errorAt(source, [...prefix, ...first.path], `invalid case: ${first.message}`, {
    hint: more.length > 0 ? `also: ${more.join("; ")}` : "a case has rule, expect and optionally name, at, tables, zoom_webhooks, watchlists, externaldata, xfail",
    atKey: first.key !== void 0
  });
}
function findRule(reference, rules, root) {
  if (typeof reference !== "string" || reference.trim() === "") return void 0;
  const target = relative4(root, resolve3(root, reference.trim())).split(sep3).join("/");
  const byFile = rules.find((rule) => normalizeRuleFile(rule.file, root) === target);
  if (byFile) return byFile;
  const id = reference.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === id);
}
function normalizeRuleFile(file, root) {
  return relative4(root, resolve3(root, file)).split(sep3).join("/");
}
function buildTables(raw, prefix, context) {
  const rowsByTable = /* @__PURE__ */ new Map();
  const specs = isRecord4(raw.tables) ? raw.tables : {};
  for (const [table, spec] of Object.entries(specs)) {
    const path = [...prefix, "tables", table];
    rowsByTable.set(table, { rows: tableRows(spec, path, context), path });
  }
  if (raw.zoom_webhooks !== void 0) {
    const path = [...prefix, "zoom_webhooks"];
    const rows = webhookRows(raw.zoom_webhooks, path, context);
    const entry = rowsByTable.get(ZOOM_LOGS_TABLE);
    if (entry) entry.rows.push(...rows);
    else rowsByTable.set(ZOOM_LOGS_TABLE, { rows, path });
  }
  const result = { tables: {}, warnings: [] };
  for (const [table, { rows, path }] of rowsByTable) {
    const place = placeOfKey(context.caseSource, path);
    const tablePlace = { ...place, sourceLine: sourceLine(context.caseSource, place.line) };
    const built = buildTable(table, rows, context.schemas[table], tablePlace);
    result.tables[table] = built.table;
    result.warnings.push(...built.warnings);
  }
  return result;
}
function tableRows(spec, path, context) {
  if (Array.isArray(spec)) return rowsFromYaml(context.caseSource, path, spec);
  return readEventFile(context, path, spec.file);
}
function runTime(raw, prefix, source, tables) {
  if (typeof raw.at === "string") {
    const at = parseDatetime(raw.at);
    if (at === null) {
      throw errorAt(source, [...prefix, "at"], `'${raw.at}' is not a valid datetime`, {
        hint: "write `at` in ISO 8601 with Z, such as 2026-04-20T09:00:00Z"
      });
    }
    return at;
  }
  const latest = latestEventTime(tables);
  if (latest === void 0) {
    throw errorAt(source, prefix, "`at` is missing and no event has a TimeGenerated", {
      hint: "give the run time, such as at: 2026-04-20T09:00:00Z"
    });
  }
  return latest + ONE_MINUTE;
}
function latestEventTime(tables) {
  let latest;
  for (const table of Object.values(tables)) {
    const index = table.columns.findIndex((column) => column.name === "TimeGenerated");
    if (index < 0 || table.columns[index].type !== "datetime") continue;
    for (const row of table.rows) {
      const value = row[index];
      if (typeof value === "number" && (latest === void 0 || value > latest)) latest = value;
    }
  }
  return latest;
}
function readExpectation(expect, path, source) {
  const alerts = Array.isArray(expect.alerts) ? expect.alerts.map((alert, index) => ({
    ...alert,
    line: placeOf(source, [...path, "alerts", index]).line
  })) : void 0;
  return {
    triggered: typeof expect.triggered === "boolean" ? expect.triggered : void 0,
    alerts,
    rows: Array.isArray(expect.rows) ? expect.rows : void 0
  };
}
function isRecord4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/fuzz/declared.ts
var RELATION = /^\s*n\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;
var PROPERTY_KEYS = /* @__PURE__ */ new Set(["template", "vary", "as", "alertWhen", "alert", "n"]);
function loadDeclaredProperties(options) {
  const root = resolve4(options.root);
  const loaded2 = { properties: [], errors: [] };
  for (const path of listYamlFiles2(resolve4(root, options.casesDir))) {
    const file = relative5(root, path).split(sep4).join("/");
    const text = readFileSync5(path, "utf8");
    if (!/^\s*-?\s*property\s*:/m.test(text)) continue;
    try {
      loadFile(parseYamlSource(text, file), { ...options, root }, loaded2);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      loaded2.errors.push(error);
    }
  }
  return loaded2;
}
function listYamlFiles2(folder) {
  const entries = readdirSync3(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => join4(entry.parentPath, entry.name)).sort();
}
function loadFile(source, options, loaded2) {
  const value = toPlainValue(source);
  const items = Array.isArray(value) ? value.map((item, index) => [item, [index]]) : [[value, []]];
  for (const [item, prefix] of items) {
    if (!isRecord5(item) || item.property === void 0) continue;
    try {
      loaded2.properties.push(readProperty(item, prefix, source, options));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      loaded2.errors.push(error);
    }
  }
}
function readProperty(item, prefix, source, options) {
  const fail = (path, message, hint) => errorAt(source, [...prefix, ...path], message, { hint, kind: "property" });
  const rule = findRule(item.rule, options.rules, options.root);
  if (!rule) {
    throw fail(["rule"], `no rule '${String(item.rule)}' found`, "name the rule file by its path from the repository root, or give the rule's id");
  }
  if (!isRecord5(item.property)) {
    throw fail(["property"], "`property` must be a map", "give template, vary, alertWhen and optionally as, alert and n");
  }
  const spec = item.property;
  const unknownKey = Object.keys(spec).find((key) => !PROPERTY_KEYS.has(key));
  if (unknownKey) {
    throw fail(["property", unknownKey], `unknown key '${unknownKey}' in property`, "the keys are template, vary, as, alertWhen, alert and n");
  }
  const tables = readTables(item, prefix, source, options);
  const table = templateTable(spec, tables, (message, hint) => fail(["property", "template"], message, hint));
  const relation = readRelation(spec.alertWhen, (message, hint) => fail(["property", "alertWhen"], message, hint));
  const alert = spec.alert === void 0 ? {} : spec.alert;
  if (!isRecord5(alert)) {
    throw fail(["property", "alert"], "`alert` must be a map of column to value", "give the columns that identify the expected alert, such as { User: user1@example.com }");
  }
  return {
    name: typeof item.name === "string" ? item.name : `n ${relation.operator} ${relation.value}`,
    file: source.file,
    line: placeOfKey(source, [...prefix, "property"]).line,
    rule,
    at: readAt(item.at, (message, hint) => fail(["at"], message, hint)),
    tables,
    table,
    varied: readVaried(spec.vary, tables[table], (message, hint) => fail(["property", "vary"], message, hint)),
    as: readAs(spec.as, (message, hint) => fail(["property", "as"], message, hint)),
    relation,
    alert,
    range: readRange(spec.n, relation, (message, hint) => fail(["property", "n"], message, hint))
  };
}
function readTables(item, prefix, source, options) {
  const specs = isRecord5(item.tables) ? item.tables : {};
  const tables = {};
  for (const [name, rows] of Object.entries(specs)) {
    const path = [...prefix, "tables", name];
    if (!Array.isArray(rows)) {
      throw errorAt(source, path, `the events of ${name} must be a list`, {
        hint: "write the template event inline, as a list of maps",
        kind: "property"
      });
    }
    const place = placeOfKey(source, path);
    const tablePlace = { ...place, sourceLine: sourceLine(source, place.line) };
    tables[name] = buildTable(name, rowsFromYaml(source, path, rows), options.schemas[name], tablePlace).table;
  }
  return tables;
}
function templateTable(spec, tables, fail) {
  const names = Object.keys(tables);
  let name;
  if (typeof spec.template === "string") name = spec.template;
  else if (names.length === 1) name = names[0];
  if (!name) throw fail("`template` is missing", "name the table whose first event is copied, such as template: ZoomLogs");
  if (!tables[name]?.rows.length) {
    throw fail(`table '${name}' has no event to copy`, `give at least one event under tables.${name}`);
  }
  return name;
}
function readVaried(value, table, fail) {
  if (value === void 0) return null;
  if (typeof value !== "string" || value.trim() === "") {
    throw fail("`vary` must name a field", "write a column, then a path into its JSON, such as vary: ChatEvents.Channel");
  }
  const field = parseLocator(value.trim());
  if (!table.columns.some((column) => column.name === field.column)) {
    const known = table.columns.map((column) => column.name).join(", ");
    throw fail(`column '${field.column}' is not in the template's table`, `use one of ${known}`);
  }
  return field;
}
function readRelation(value, fail) {
  const match = typeof value === "string" ? RELATION.exec(value) : null;
  if (!match) throw fail(`'${String(value)}' is not a relation on n`, "write the relation as n > 3 (operators: > >= < <= == !=)");
  return { operator: match[1], value: Number(match[2]) };
}
function readAs(value, fail) {
  if (value === void 0 || value === "distinct" || value === "sum") return value ?? "distinct";
  throw fail(`'${String(value)}' is not distinct or sum`, "use as: distinct (each copy its own value) or as: sum (values adding up to n)");
}
function readRange(value, relation, fail) {
  if (value === void 0) return rangeAround(relation.value, 1);
  const valid = Array.isArray(value) && value.length === 2 && value.every((bound) => Number.isInteger(bound) && bound >= 0) && value[0] <= value[1];
  if (!valid) throw fail("`n` must be [min, max], two whole numbers from 0 up", "write the range of copies tried, such as n: [1, 8]");
  return { min: value[0], max: value[1] };
}
function readAt(value, fail) {
  const at = typeof value === "string" ? parseDatetime(value) : null;
  if (at !== null) return at;
  throw fail(value === void 0 ? "`at` is missing" : `'${String(value)}' is not a valid datetime`, "give the run time in ISO 8601 with Z, such as at: 2026-04-20T09:00:00Z");
}
function declaredScenario(property) {
  const template = property.tables[property.table];
  return {
    name: `boundary (declared): ${property.name}`,
    table: property.table,
    template: template.rows[0],
    tables: property.tables,
    at: property.at,
    measure: property.varied ? property.as : "rows",
    varied: property.varied,
    timeColumn: null,
    otherKey: null,
    group: property.alert,
    relation: property.relation,
    column: "n",
    range: property.range,
    source: property.file
  };
}
function isRecord5(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/fuzz/fuzz-report.ts
import { isAbsolute as isAbsolute4, relative as relative6, sep as sep5 } from "node:path";

// src/fuzz/case-writer.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { basename as basename3, dirname as dirname5, extname as extname4, isAbsolute as isAbsolute3, join as join5 } from "node:path";
import { stringify } from "yaml";
function caseDocument(rule, name, at, tables, expect) {
  const written = {};
  for (const [table, content] of Object.entries(tables)) {
    if (content.rows.length > 0) written[table] = content.rows.map((row) => rowMap(content, row));
  }
  return { rule, name, at: formatDatetime(at), tables: written, expect };
}
function rowMap(table, row) {
  const map = {};
  table.columns.forEach((column, index) => {
    const value = row[index];
    if (value === null || value === "") return;
    if (column.type === "string" && typeof value === "string") {
      const parsed = looksLikeJson(value) ? parseJsonText(value) : void 0;
      map[column.name] = parsed && typeof parsed === "object" ? parsed : value;
      return;
    }
    map[column.name] = valueToJson(value, column.type);
  });
  return map;
}
function looksLikeJson(text) {
  return /^\s*[[{]/.test(text);
}
function caseYaml(document, origin) {
  return `# ${origin}
${stringify(document, { lineWidth: 0 })}`;
}
var MAX_SLUG_LENGTH = 80;
function writeCaseFile(folder, ruleFile, property, document, origin) {
  const target = join5(folder, ruleFolder(ruleFile));
  mkdirSync(target, { recursive: true });
  const stem = basename3(ruleFile, extname4(ruleFile));
  const path = join5(target, `${stem}.${slugOf(property)}.yaml`);
  writeFileSync(path, caseYaml(document, origin));
  return path;
}
function ruleFolder(ruleFile) {
  const folder = dirname5(ruleFile);
  const outside = isAbsolute3(folder) || folder.split(/[\\/]/).includes("..");
  return outside ? "." : folder;
}
function slugOf(property) {
  return property.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, MAX_SLUG_LENGTH).replace(/^-|-$/g, "");
}

// src/fuzz/fuzz-report.ts
function propertyReport(outcome, rule, output) {
  const report = {
    name: outcome.name,
    status: outcome.passed ? "passed" : "failed",
    runs: outcome.runs,
    seed: outcome.seed,
    counterexample: null
  };
  const failure = outcome.counterexample;
  if (!failure) return report;
  const document = documentOf(failure, rule, output.root);
  report.counterexample = document;
  report.message = failure.message;
  if (output.folder && failure.expect) {
    const origin = `shrunk counterexample of '${outcome.name}', seed ${outcome.seed}: ${failure.message}`;
    const file = writeCaseFile(output.folder, document.rule, outcome.name, document, origin);
    report.counterexampleFile = shownPath(file, output.root);
  }
  return report;
}
function suggestionEntry(found, mutant, rule, output) {
  const document = documentOf(found, rule, output.root);
  if (!output.folder) return { case: document };
  const origin = `suggested case that kills the mutant '${mutant.description}'`;
  const file = writeCaseFile(output.folder, document.rule, `kill ${mutant.description}`, document, origin);
  return { case: document, file: shownPath(file, output.root) };
}
function shownPath(file, root) {
  const path = relative6(root, file);
  if (isAbsolute4(path) || path.split(sep5).includes("..")) return file;
  return path.split(sep5).join("/");
}
function documentOf(example, rule, root) {
  const ruleFile = relative6(root, rule.file).split("\\").join("/");
  return caseDocument(ruleFile, example.name, example.at, example.tables, example.expect ?? {});
}

// src/fuzz/metamorphic.ts
import fc3 from "fast-check";

// src/rules/entity-types.ts
var one = (...names) => names.map((name) => [name]);
var ENTITY_TYPES = {
  Account: {
    identifiers: [
      "Name",
      "FullName",
      "NTDomain",
      "DnsDomain",
      "UPNSuffix",
      "Sid",
      "AadTenantId",
      "AadUserId",
      "PUID",
      "IsDomainJoined",
      "DisplayName",
      "ObjectGuid"
    ],
    requiredSets: one(
      "FullName",
      "Sid",
      "Name",
      "AadUserId",
      "PUID",
      "ObjectGuid"
    )
  },
  Host: {
    identifiers: [
      "DnsDomain",
      "NTDomain",
      "HostName",
      "FullName",
      "NetBiosName",
      "AzureID",
      "OMSAgentID",
      "OSFamily",
      "OSVersion",
      "IsDomainJoined"
    ],
    requiredSets: one(
      "FullName",
      "HostName",
      "NetBiosName",
      "AzureID",
      "OMSAgentID"
    )
  },
  IP: { identifiers: ["Address"], requiredSets: one("Address") },
  URL: { identifiers: ["Url"], requiredSets: one("Url") },
  FileHash: {
    identifiers: ["Algorithm", "Value"],
    requiredSets: [["Algorithm", "Value"]]
  },
  File: { identifiers: ["Directory", "Name"], requiredSets: one("Name") },
  Process: {
    identifiers: [
      "ProcessId",
      "CommandLine",
      "ElevationToken",
      "CreationTimeUtc"
    ],
    requiredSets: one("CommandLine", "ProcessId")
  },
  DNS: { identifiers: ["DomainName"], requiredSets: one("DomainName") },
  AzureResource: {
    identifiers: ["ResourceId"],
    requiredSets: one("ResourceId")
  },
  CloudApplication: {
    identifiers: ["AppId", "Name", "InstanceName"],
    requiredSets: one("AppId", "Name")
  },
  Malware: { identifiers: ["Name", "Category"], requiredSets: one("Name") },
  RegistryKey: {
    identifiers: ["Hive", "Key"],
    requiredSets: one("Key", "Hive")
  },
  RegistryValue: {
    identifiers: ["Name", "Value", "ValueType"],
    requiredSets: one("Name")
  },
  SecurityGroup: {
    identifiers: ["DistinguishedName", "SID", "ObjectGuid"],
    requiredSets: one("DistinguishedName", "SID", "ObjectGuid")
  },
  Mailbox: {
    identifiers: [
      "MailboxPrimaryAddress",
      "DisplayName",
      "Upn",
      "ExternalDirectoryObjectId",
      "RiskLevel"
    ],
    requiredSets: one("MailboxPrimaryAddress")
  },
  MailCluster: {
    identifiers: [
      "NetworkMessageIds",
      "CountByDeliveryStatus",
      "CountByThreatType",
      "CountByProtectionStatus",
      "Threats",
      "Query",
      "QueryTime",
      "MailCount",
      "IsVolumeAnomaly",
      "Source",
      "ClusterSourceIdentifier",
      "ClusterSourceType",
      "ClusterQueryStartTime",
      "ClusterQueryEndTime",
      "ClusterGroup"
    ],
    requiredSets: one("Query", "Source")
  },
  MailMessage: {
    identifiers: [
      "Recipient",
      "Urls",
      "Threats",
      "Sender",
      "P1Sender",
      "P1SenderDisplayName",
      "P1SenderDomain",
      "SenderIP",
      "P2Sender",
      "P2SenderDisplayName",
      "P2SenderDomain",
      "ReceivedDate",
      "NetworkMessageId",
      "InternetMessageId",
      "Subject",
      "BodyFingerprintBin1",
      "BodyFingerprintBin2",
      "BodyFingerprintBin3",
      "BodyFingerprintBin4",
      "BodyFingerprintBin5",
      "AntispamDirection",
      "DeliveryAction",
      "DeliveryLocation",
      "Language",
      "ThreatDetectionMethods"
    ],
    requiredSets: one("NetworkMessageId", "Recipient")
  },
  SubmissionMail: {
    identifiers: [
      "NetworkMessageId",
      "Timestamp",
      "Recipient",
      "Sender",
      "SenderIp",
      "Subject",
      "ReportType",
      "SubmissionId",
      "SubmissionDate",
      "Submitter"
    ],
    requiredSets: one(
      "SubmissionId",
      "NetworkMessageId",
      "Recipient",
      "Submitter"
    )
  },
  IoTDevice: {
    identifiers: [
      "DeviceId",
      "DeviceName",
      "Manufacturer",
      "Model",
      "FirmwareVersion",
      "OperatingSystem",
      "MacAddress",
      "Protocols",
      "SerialNumber",
      "Source",
      "IoTSecurityAgentId",
      "DeviceType"
    ],
    requiredSets: one("DeviceId")
  }
};
var ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES);
function describeRequiredSets(spec) {
  const sets = spec.requiredSets.map((set) => joinWords(set, "and"));
  return joinWords(sets, "or");
}
function joinWords(words, last) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}

// src/rules/result-values.ts
function displayString(value, type) {
  const json = valueToJson(value, type);
  if (json === null) return "";
  if (typeof json === "string") return json;
  return stringifyJson(json);
}
function rowObject(table, row) {
  const object = {};
  for (const [index, column] of table.columns.entries()) {
    object[column.name] = valueToJson(row[index] ?? null, column.type);
  }
  return object;
}

// src/rules/entities.ts
var MAX_ENTITIES_PER_ALERT = 500;
function buildEntities(mappings, table, rows) {
  const entities = [];
  const seen = /* @__PURE__ */ new Set();
  const mappingCount = Math.max(1, mappings.length);
  const perMapping = Math.floor(MAX_ENTITIES_PER_ALERT / mappingCount);
  for (const mapping of mappings) {
    let count2 = 0;
    for (const row of rows) {
      const entity = entityOf(mapping, table, row);
      const key = entity && JSON.stringify(Object.entries(entity));
      if (!entity || !key || seen.has(key) || count2 >= perMapping) continue;
      seen.add(key);
      entities.push(entity);
      count2++;
    }
  }
  return entities;
}
function entityOf(mapping, table, row) {
  const identifiers = {};
  for (const field of mapping.fieldMappings) {
    const index = table.columns.findIndex(
      (column) => column.name === field.columnName
    );
    if (index < 0) continue;
    const text = displayString(row[index], table.columns[index].type);
    if (text !== "") identifiers[field.identifier] = text;
  }
  if (!hasRequiredIdentifiers(mapping.entityType, identifiers)) return null;
  return { type: mapping.entityType, ...identifiers };
}
function hasRequiredIdentifiers(entityType, identifiers) {
  const spec = ENTITY_TYPES[entityType];
  if (!spec) return Object.keys(identifiers).length > 0;
  const complete = (set) => set.every((name) => name in identifiers);
  return spec.requiredSets.some(complete);
}

// src/rules/rule-keys.ts
var ROOT_ALIASES = {
  name: ["displayName"],
  relevantTechniques: ["techniques"],
  eventGroupingSettings: ["eventGroupSettings"],
  version: ["templateVersion"]
};
var RULE_FIELDS = [
  "id",
  "name",
  "description",
  "kind",
  "severity",
  "query",
  "queryFrequency",
  "queryPeriod",
  "triggerOperator",
  "triggerThreshold",
  "tactics",
  "relevantTechniques",
  "entityMappings",
  "customDetails",
  "alertDetailsOverride",
  "eventGroupingSettings",
  "version",
  "requiredDataConnectors",
  "suppressionEnabled",
  "suppressionDuration"
];
var IGNORED_FIELDS = [
  "tags",
  "metadata",
  "status",
  "enabled",
  "incidentConfiguration",
  "alertRuleTemplateName",
  "severitiesFilter",
  "sentinelEntitiesMappings",
  "subTechniques",
  "startTimeUtc",
  "lastModifiedUtc",
  "etag",
  "displayNamesFilter",
  "displayNamesExcludeFilter",
  "productFilter"
];
var NESTED_KEYS = {
  entityMappings: ["entityType", "fieldMappings"],
  fieldMappings: ["identifier", "columnName"],
  eventGroupingSettings: ["aggregationKind"],
  alertDetailsOverride: [
    "alertDisplayNameFormat",
    "alertDescriptionFormat",
    "alertTacticsColumnName",
    "alertSeverityColumnName",
    "alertDynamicProperties"
  ],
  alertDynamicProperties: ["alertProperty", "value"],
  requiredDataConnectors: ["connectorId", "dataTypes"]
};
function keyMatches(key, canonical, atRoot) {
  const lower = key.toLowerCase();
  if (lower === canonical.toLowerCase()) return true;
  if (!atRoot) return false;
  const aliases = ROOT_ALIASES[canonical] ?? [];
  return aliases.some((alias) => alias.toLowerCase() === lower);
}
function canonicalKey(key, known, atRoot) {
  return known.find((name) => keyMatches(key, name, atRoot));
}

// src/rules/rule-source.ts
import {
  isMap as isMap2,
  isScalar as isScalar2,
  isSeq as isSeq2,
  LineCounter as LineCounter2,
  parseDocument as parseDocument2
} from "yaml";
var SourceFile = class {
  constructor(file, text, document, lineCounter) {
    this.file = file;
    this.text = text;
    this.document = document;
    this.lineCounter = lineCounter;
    this.lines = text.split(/\r?\n/);
  }
  file;
  text;
  document;
  lineCounter;
  lines;
  /** Converts a character offset into a 1-based line and column. */
  position(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
  /** Returns the text of a 1-based line, without its line break. */
  lineText(line) {
    return this.lines[line - 1] ?? "";
  }
};
function parseSourceFile(file, text) {
  const lineCounter = new LineCounter2();
  const document = parseDocument2(text, { lineCounter, prettyErrors: false });
  const source = new SourceFile(file, text, document, lineCounter);
  if (document.errors.length > 0) throw yamlError(source, document.errors[0]);
  return source;
}
function yamlError(source, error) {
  const { line, column } = source.position(error.pos[0]);
  const firstLine2 = error.message.split("\n")[0];
  const reason = firstLine2.replace(/ at line \d+, column \d+:?$/, "");
  return new InputError(`invalid YAML: ${reason}`, {
    file: source.file,
    line,
    column,
    sourceLine: source.lineText(line),
    hint: "fix the YAML syntax at this line (check indentation, quotes and colons)",
    kind: "yaml"
  });
}
var RuleSource = class {
  constructor(source, rootPath = [], redirects = {}) {
    this.source = source;
    this.rootPath = rootPath;
    this.redirects = redirects;
  }
  source;
  rootPath;
  redirects;
  get file() {
    return this.source.file;
  }
  /** Returns the node at a path, or `null` when the path does not exist. */
  node(path) {
    const located = this.walk(path);
    return located.found ? located.node : null;
  }
  /**
   * Returns the position of a path: its value when the value is a scalar on
   * the key's line, else its key. A missing path gives the position of its
   * deepest existing parent.
   */
  locate(path) {
    const { node, key } = this.walk(path);
    const keyStart = key?.range?.[0];
    const valueStart = node?.range?.[0];
    if (keyStart === void 0) return this.source.position(valueStart ?? 0);
    if (valueStart === void 0 || !isInlineScalar(node)) {
      return this.source.position(keyStart);
    }
    const keyPosition = this.source.position(keyStart);
    const valuePosition = this.source.position(valueStart);
    const sameLine = valuePosition.line === keyPosition.line;
    return sameLine ? valuePosition : keyPosition;
  }
  /** Returns the line where the rule, or its ARM resource, starts. */
  startLine() {
    const resource = this.rootPath.slice(0, -1);
    const located = walkNodes(this.source.document.contents, resource, -1);
    return this.source.position(located.node?.range?.[0] ?? 0).line;
  }
  /** Builds an `InputError` placed at a path of this rule. */
  error(path, message, details = {}) {
    const { line, column } = this.locate(path);
    return new InputError(message, {
      file: this.file,
      line,
      column,
      sourceLine: this.source.lineText(line),
      hint: details.hint,
      kind: details.kind ?? "schema"
    });
  }
  walk(path) {
    const first = path[0];
    const redirect = typeof first === "string" ? this.redirects[first] : void 0;
    const absolute = redirect ? [...redirect, ...path.slice(1)] : [...this.rootPath, ...path];
    const rootDepth = redirect ? -1 : this.rootPath.length;
    return walkNodes(this.source.document.contents, absolute, rootDepth);
  }
};
function walkNodes(start, path, rootDepth) {
  let current = { node: start, key: null, found: true };
  for (const [depth, segment] of path.entries()) {
    const next = stepInto(current.node, segment, depth === rootDepth);
    if (!next) return { ...current, found: false };
    current = next;
  }
  return current;
}
function stepInto(node, segment, atRoot) {
  if (isSeq2(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item ? { node: item, key: null, found: true } : null;
  }
  if (!isMap2(node)) return null;
  for (const pair of node.items) {
    const keyText = isScalar2(pair.key) ? String(pair.key.value) : void 0;
    if (keyText === void 0) continue;
    if (!keyMatches(keyText, String(segment), atRoot)) continue;
    const value = pair.value ?? null;
    return { node: value, key: pair.key, found: true };
  }
  return null;
}
function isInlineScalar(node) {
  if (!isScalar2(node)) return false;
  return node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED";
}

// src/rules/rule-dialects.ts
var SEVERITIES = ["Informational", "Low", "Medium", "High"];
var RULE_KINDS = [
  "Scheduled",
  "NRT",
  "Fusion",
  "MLBehaviorAnalytics",
  "MicrosoftSecurityIncidentCreation",
  "ThreatIntelligence",
  "Anomaly"
];
var AGGREGATION_KINDS = ["SingleAlert", "AlertPerResult"];
var TACTICS = [
  "Reconnaissance",
  "ResourceDevelopment",
  "InitialAccess",
  "Execution",
  "Persistence",
  "PrivilegeEscalation",
  "DefenseEvasion",
  "CredentialAccess",
  "Discovery",
  "LateralMovement",
  "Collection",
  "Exfiltration",
  "CommandAndControl",
  "Impact",
  "PreAttack",
  "ImpairProcessControl",
  "InhibitResponseFunction"
];
var GUID2 = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
function readRuleDocuments(file) {
  const root = file.document.toJS({ maxAliasCount: 100 });
  if (!isObject(root)) {
    throw notARule(file, "the file is not a mapping of rule fields");
  }
  const resources = findValue(root, "resources");
  if (resources !== void 0) return readArmTemplate(file, resources);
  const properties = findValue(root, "properties");
  if (isObject(properties) && findValue(root, "query") === void 0) {
    return [readArmResource(file, root, [])];
  }
  const capitalised = Object.keys(root).some((key) => /^[A-Z]/.test(key));
  const dialect = capitalised ? "export" : "template";
  return [normalizeRule(root, new RuleSource(file), dialect)];
}
function readArmTemplate(file, resources) {
  const rules = [];
  const items = Array.isArray(resources) ? resources : [];
  for (const [index, resource] of items.entries()) {
    if (isAlertRuleResource(resource)) {
      rules.push(readArmResource(file, resource, ["resources", index]));
    }
  }
  if (rules.length === 0) {
    throw notARule(
      file,
      "the ARM template has no Microsoft.SecurityInsights/alertRules resource"
    );
  }
  return rules;
}
function isAlertRuleResource(resource) {
  if (!isObject(resource)) return false;
  const type = findValue(resource, "type");
  return typeof type === "string" && /\/alertRules$/i.test(type);
}
function readArmResource(file, resource, path) {
  const properties = findValue(resource, "properties");
  const source = new RuleSource(file, [...path, "properties"], {
    kind: [...path, "kind"],
    id: [...path, findKey(resource, "name") ? "name" : "id"]
  });
  const fields = isObject(properties) ? properties : {};
  const document = normalizeRule(fields, source, "arm");
  const kind = findValue(resource, "kind");
  if (kind !== void 0) document.data.kind = matchCase(kind, RULE_KINDS);
  const id = armRuleId(resource);
  if (id !== void 0) document.data.id = id;
  return document;
}
function armRuleId(resource) {
  for (const key of ["name", "id"]) {
    const value = findValue(resource, key);
    const guids = typeof value === "string" ? value.match(GUID2) : null;
    if (guids) return guids[guids.length - 1];
  }
  const properties = findValue(resource, "properties");
  const template = findValue(properties, "alertRuleTemplateName");
  return typeof template === "string" ? template : void 0;
}
function normalizeRule(fields, source, dialect) {
  const document = {
    data: {},
    source,
    dialect,
    warnings: [],
    errors: []
  };
  for (const [key, value] of Object.entries(fields)) {
    const name = canonicalKey(key, RULE_FIELDS, true);
    if (keyMatches(key, "sentinelEntitiesMappings", false) && value !== null) {
      document.warnings.push(entitiesColumnWarning(source, key, value));
      continue;
    }
    if (name === void 0) {
      const ignored = IGNORED_FIELDS.some(
        (field) => keyMatches(key, field, false)
      );
      if (!ignored) {
        const warning = unknownKeyWarning(source, [key], key, RULE_FIELDS);
        document.warnings.push(warning);
      }
      continue;
    }
    if (name in document.data) {
      document.errors.push(duplicateFieldError(source, name, key));
      continue;
    }
    if (value === null) continue;
    document.data[name] = normalizeField(name, value, source, document);
  }
  return document;
}
function normalizeField(name, value, source, document) {
  const warn = (warning) => document.warnings.push(warning);
  switch (name) {
    case "kind":
      return matchCase(value, RULE_KINDS);
    case "severity":
      return matchCase(value, SEVERITIES);
    case "tactics":
      return mapItems(value, (tactic) => matchCase(tactic, TACTICS));
    case "entityMappings":
      return normalizeEntityMappings(value, source, warn);
    case "eventGroupingSettings": {
      const settings = normalizeNested(value, [name], source, warn);
      if (isObject(settings)) {
        const kind = settings.aggregationKind;
        settings.aggregationKind = matchCase(kind, AGGREGATION_KINDS);
      }
      return settings;
    }
    case "alertDetailsOverride":
      return normalizeAlertDetailsOverride(value, source, warn);
    case "requiredDataConnectors":
      return mapItems(
        value,
        (item, index) => normalizeNested(item, [name, index], source, warn)
      );
    default:
      return value;
  }
}
function normalizeEntityMappings(value, source, warn) {
  return mapItems(value, (item, index) => {
    const path = ["entityMappings", index];
    const mapping = normalizeNested(item, path, source, warn);
    if (!isObject(mapping)) return mapping;
    mapping.entityType = matchCase(mapping.entityType, ENTITY_TYPE_NAMES);
    mapping.fieldMappings = mapItems(
      mapping.fieldMappings,
      (field, at) => normalizeNested(field, [...path, "fieldMappings", at], source, warn)
    );
    return mapping;
  });
}
function normalizeAlertDetailsOverride(value, source, warn) {
  const path = ["alertDetailsOverride"];
  const override = normalizeNested(value, path, source, warn);
  if (!isObject(override)) return override;
  for (const [key, field] of Object.entries(override)) {
    if (field === null || field === "") delete override[key];
  }
  const properties = override.alertDynamicProperties;
  if (properties === void 0) return override;
  override.alertDynamicProperties = mapItems(properties, (item, index) => {
    const itemPath = [...path, "alertDynamicProperties", index];
    return normalizeNested(item, itemPath, source, warn);
  });
  return override;
}
function normalizeNested(value, path, source, warn) {
  if (!isObject(value)) return value;
  const names = path.filter((part) => typeof part === "string");
  const known = NESTED_KEYS[names[names.length - 1]] ?? [];
  const result = {};
  for (const [key, item] of Object.entries(value)) {
    const name = canonicalKey(key, known, false);
    if (name === void 0) {
      warn(unknownKeyWarning(source, [...path, key], key, known));
    }
    result[name ?? key] = item;
  }
  return result;
}
function mapItems(value, map) {
  return Array.isArray(value) ? value.map(map) : value;
}
function matchCase(value, allowed) {
  if (typeof value !== "string") return value;
  const lower = value.toLowerCase();
  return allowed.find((name) => name.toLowerCase() === lower) ?? value;
}
function unknownKeyWarning(source, path, key, known) {
  const guess = closestName(key, known);
  const hint = guess ? `did you mean ${guess}? Sentinel ignores keys it does not know` : "remove the key or correct its name: Sentinel ignores keys it does not know";
  const message = `unknown key '${key}' is ignored`;
  return source.error(path, message, { hint, kind: "warning" });
}
function entitiesColumnWarning(source, key, value) {
  const columns = mapItems(value, (item) => findValue(item, "columnName"));
  const named = Array.isArray(columns) ? columns.join(", ") : "";
  return source.error(
    [key],
    `${key} is not simulated: alerts leave out the entities in column ${named}`,
    {
      hint: "compare entities in your cases only for the entityMappings entities",
      kind: "warning"
    }
  );
}
function duplicateFieldError(source, name, key) {
  return source.error([name], `'${key}' repeats the field ${name}`, {
    hint: `keep one of the two keys: keys are read ignoring case, and ${name} has aliases in the API form`
  });
}
function notARule(file, reason) {
  return new InputError(`not a Sentinel analytic rule: ${reason}`, {
    file: file.file,
    line: 1,
    hint: "a rule file is a YAML template, an exported rule, or an ARM template with alertRules resources",
    kind: "schema"
  });
}
function closestName(key, known) {
  const lower = key.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(key.length / 4));
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best) return best;
  return known.find((name) => isAbbreviation(lower, name.toLowerCase()));
}
function isAbbreviation(short, long) {
  if (short.length < long.length * 0.6) return false;
  let position = 0;
  for (const char of long) if (char === short[position]) position++;
  return position === short.length;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
function findKey(object, name) {
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}
function findValue(object, name) {
  if (!isObject(object)) return void 0;
  const key = findKey(object, name);
  return key === void 0 ? void 0 : object[key];
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/rules/alerts.ts
var MAX_ALERTS_PER_RUN = 150;
var MAX_NRT_ALERTS_PER_RUN = 30;
var PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
function buildAlerts(rule, result) {
  const rows = result.rows;
  if (rule.aggregationKind === "SingleAlert" || rows.length === 0) {
    return [buildAlert(rule, result, rows, false)];
  }
  const cap = rule.kind === "NRT" ? MAX_NRT_ALERTS_PER_RUN : MAX_ALERTS_PER_RUN;
  const alertOf = (row) => buildAlert(rule, result, [row], false);
  if (rows.length <= cap) return rows.map(alertOf);
  const single = rows.slice(0, cap - 1).map(alertOf);
  return [...single, buildAlert(rule, result, rows, true)];
}
function buildAlert(rule, table, rows, summary) {
  const first = rows[0];
  const columns = first ? rowObject(table, first) : {};
  const text = (column) => cellText(table, first, column);
  const override = rule.alertDetailsOverride;
  const tacticsCell = cell(table, first, override?.alertTacticsColumnName);
  const properties = (override?.alertDynamicProperties ?? []).map(
    (item) => [item.alertProperty, item.value]
  );
  return {
    name: renderFormat(override?.alertDisplayNameFormat, text) ?? rule.name,
    description: renderFormat(override?.alertDescriptionFormat, text) ?? rule.description,
    severity: severityFrom(text(override?.alertSeverityColumnName ?? "")) ?? rule.severity,
    tactics: tacticsFrom(tacticsCell) ?? rule.tactics,
    columns,
    entities: buildEntities(rule.entityMappings, table, rows),
    customDetails: pickColumns(rule.customDetails, columns),
    dynamicProperties: pickColumns(Object.fromEntries(properties), columns),
    rowCount: rows.length,
    summary
  };
}
function renderFormat(format, text) {
  if (!format) return null;
  let empty = false;
  const rendered = format.replace(PLACEHOLDER, (_match, column) => {
    const value = text(column.trim());
    if (value === "") empty = true;
    return value;
  });
  return empty ? null : rendered;
}
function pickColumns(mapping, columns) {
  const picked = {};
  for (const [key, column] of Object.entries(mapping)) {
    picked[key] = columns[column] ?? null;
  }
  return picked;
}
function severityFrom(text) {
  const wanted = text.trim().toLowerCase();
  return SEVERITIES.find((severity) => severity.toLowerCase() === wanted);
}
function tacticsFrom(found) {
  if (!found || found.value === null) return void 0;
  const items = Array.isArray(found.value) ? found.value.map((item) => String(item)) : displayString(found.value, found.type).split(",");
  const names = items.map((item) => item.trim()).filter((item) => item !== "");
  const tactics = names.map(
    (name) => TACTICS.find((tactic) => tactic.toLowerCase() === name.toLowerCase())
  );
  if (tactics.length === 0) return void 0;
  if (tactics.some((tactic) => tactic === void 0)) return void 0;
  return tactics;
}
function cell(table, row, column) {
  const index = table.columns.findIndex((item) => item.name === column);
  if (!row || !column || index < 0) return void 0;
  return { value: row[index], type: table.columns[index].type };
}
function cellText(table, row, column) {
  const found = cell(table, row, column);
  return found ? displayString(found.value, found.type) : "";
}

// src/rules/duration.ts
var TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
var TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
var SHORT_DURATION = /^(\d+)([mhd])$/;
var ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
var UNIT_TICKS2 = {
  m: TICKS_PER_MINUTE,
  h: TICKS_PER_HOUR,
  d: TICKS_PER_DAY
};
function parseDuration(text) {
  const short = SHORT_DURATION.exec(text);
  if (short) return Number(short[1]) * UNIT_TICKS2[short[2]];
  return parseIsoDuration(text);
}
function parseIsoDuration(text) {
  const match = ISO_DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return null;
  const [, days = "0", hours = "0", minutes = "0", seconds2 = "0"] = match;
  return Number(days) * TICKS_PER_DAY + Number(hours) * TICKS_PER_HOUR + Number(minutes) * TICKS_PER_MINUTE + Math.round(Number(seconds2) * TICKS_PER_SECOND);
}

// src/rules/query-position.ts
import { isScalar as isScalar3 } from "yaml";
function queryPositionMap(rule, query) {
  const node = rule.node(["query"]);
  const keyPosition = rule.locate(["query"]);
  const fallback = () => keyPosition;
  if (!isScalar3(node) || !node.range) return fallback;
  if (node.type === "BLOCK_LITERAL") return blockLiteralMap(rule, node, query);
  if (node.type === "BLOCK_FOLDED") return fallback;
  return inlineMap(rule, node, query) ?? fallback;
}
function blockLiteralMap(rule, node, query) {
  const file = rule.source;
  const headerLine = file.position(node.range[0]).line;
  const queryLines = query.split("\n");
  return (line, column) => {
    const fileLine = headerLine + line;
    const text = file.lineText(fileLine).replace(/\r$/, "");
    const queryLine = queryLines[line - 1] ?? "";
    const indent = text.endsWith(queryLine) ? text.length - queryLine.length : 0;
    return { line: fileLine, column: indent + column };
  };
}
function inlineMap(rule, node, query) {
  const file = rule.source;
  const [start, end] = node.range;
  const raw = file.text.slice(start, end);
  const offsets = decodeOffsets(raw, node.type);
  if (!offsets || offsets.text !== query) return null;
  const lineStarts = [0];
  for (let index = 0; index < query.length; index++) {
    if (query[index] === "\n") lineStarts.push(index + 1);
  }
  return (line, column) => {
    const index = (lineStarts[line - 1] ?? 0) + column - 1;
    const last = offsets.starts.length - 1;
    const offset = offsets.starts[Math.min(index, last)] ?? 0;
    return file.position(start + offset);
  };
}
var ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  b: "\b",
  f: "\f",
  "/": "/",
  "\\": "\\",
  '"': '"',
  "0": "\0"
};
function decodeOffsets(raw, type) {
  if (type === "PLAIN") {
    const starts = Array.from({ length: raw.length }, (_, index) => index);
    return { text: raw, starts };
  }
  if (type === "QUOTE_SINGLE") return decodeSingleQuoted(raw);
  if (type === "QUOTE_DOUBLE") return decodeDoubleQuoted(raw);
  return null;
}
function decodeSingleQuoted(raw) {
  let text = "";
  const starts = [];
  for (let index = 1; index < raw.length - 1; index++) {
    starts.push(index);
    text += raw[index];
    if (raw[index] === "'" && raw[index + 1] === "'") index++;
  }
  return { text, starts };
}
function decodeDoubleQuoted(raw) {
  let text = "";
  const starts = [];
  for (let index = 1; index < raw.length - 1; index++) {
    starts.push(index);
    if (raw[index] !== "\\") {
      text += raw[index];
      continue;
    }
    const escape = raw[index + 1];
    if (escape === "u") {
      const code = parseInt(raw.slice(index + 2, index + 6), 16);
      text += String.fromCharCode(code);
      index += 5;
    } else if (escape in ESCAPES) {
      text += ESCAPES[escape];
      index += 1;
    } else {
      return null;
    }
  }
  return { text, starts };
}
function rebaseQueryError(error, rule, map) {
  const position = map(error.line ?? 1, error.column ?? 1);
  return new InputError(error.message, {
    file: rule.file,
    line: position.line,
    column: position.column,
    sourceLine: rule.source.lineText(position.line).replace(/\r$/, ""),
    hint: error.hint,
    kind: error.kind
  });
}

// src/rules/run.ts
var TIME_COLUMN2 = "TimeGenerated";
function runRule(compiled, tables, at, externalData) {
  const { rule } = compiled;
  const window = runWindow(rule, at);
  const visible = {};
  for (const [name, table] of Object.entries(tables)) {
    visible[name] = restrictToWindow(name, table, window);
  }
  const result = evaluateRule(compiled, { tables: visible, now: at, externalData });
  const rowCount = result.rows.length;
  const { triggerOperator, triggerThreshold } = rule;
  const triggered = isTriggered(triggerOperator, rowCount, triggerThreshold);
  const alerts = triggered ? buildAlerts(rule, result) : [];
  return { result, rowCount, triggered, alerts, window };
}
function evaluateRule({ rule, query }, input) {
  try {
    return query.evaluate(input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.file !== void 0 || error.line === void 0) throw error;
    const map = queryPositionMap(rule.source, rule.query);
    throw rebaseQueryError(error, rule.source, map);
  }
}
function runWindow(rule, at) {
  const period = rule.queryPeriod ?? TICKS_PER_MINUTE;
  return { start: at - period, end: at };
}
function restrictToWindow(name, table, window) {
  const index = table.columns.findIndex(
    (column) => column.name === TIME_COLUMN2
  );
  if (index < 0) return table;
  const type = table.columns[index].type;
  if (type !== "datetime") {
    const message = `column ${TIME_COLUMN2} of table ${name} is ${type}, not datetime`;
    throw new InputError(message, {
      hint: "give TimeGenerated values as datetimes such as 2026-04-20T08:10:00Z",
      kind: "schema"
    });
  }
  const rows = table.rows.filter((row) => {
    const time = row[index];
    if (typeof time !== "number") return false;
    return time > window.start && time <= window.end;
  });
  return { columns: table.columns, rows };
}
function isTriggered(operator, rowCount, threshold) {
  switch (operator) {
    case "gt":
      return rowCount > threshold;
    case "lt":
      return rowCount < threshold;
    case "eq":
      return rowCount === threshold;
    case "ne":
      return rowCount !== threshold;
  }
}

// src/fuzz/rule-runner.ts
function createRuleRunner(rule, engine, schemas) {
  const compiled = /* @__PURE__ */ new Map();
  const compile = (query) => {
    let entry = compiled.get(query);
    if (!entry) {
      entry = engine.compileRule({ ...rule, query }, schemas);
      compiled.set(query, entry);
    }
    return entry;
  };
  return {
    rule,
    run: (tables, at, query = rule.query) => engine.runRule(compile(query), tables, at)
  };
}
function alertsKey(run) {
  const alerts = run.alerts.map(
    (alert) => orderFreeJson({ columns: alert.columns, entities: alert.entities })
  );
  return JSON.stringify({ triggered: run.triggered, alerts: alerts.sort() });
}
function orderFreeJson(value) {
  if (Array.isArray(value)) return `[${value.map(orderFreeJson).sort().join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => compareText(a, b)).map(([key, item]) => `${JSON.stringify(key)}:${orderFreeJson(item)}`);
    return `{${entries.join(",")}}`;
  }
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value) ?? "null";
}
function compareText(left, right) {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

// src/fuzz/threshold.ts
var COMPARISONS = {
  GreaterThanExpression: ">",
  GreaterThanOrEqualExpression: ">=",
  LessThanExpression: "<",
  LessThanOrEqualExpression: "<=",
  EqualExpression: "==",
  NotEqualExpression: "!="
};
var MIRRORED = {
  ">": "<",
  ">=": "<=",
  "<": ">",
  "<=": ">=",
  "==": "==",
  "!=": "!="
};
var MEASURES = {
  count: "rows",
  countif: "rows",
  dcount: "distinct",
  dcountif: "distinct",
  count_distinct: "distinct",
  count_distinctif: "distinct",
  sum: "sum",
  sumif: "sum",
  make_set: "array",
  make_set_if: "array",
  make_list: "array",
  make_list_if: "array"
};
var IDENTITY_FUNCTIONS = /* @__PURE__ */ new Set(["tolong", "toint", "toreal", "todouble", "todecimal"]);
function findThresholds(text, options = { tables: {} }) {
  const query = parseQuery(text, options);
  const search = { thresholds: [], rejected: [] };
  for (const filter of findAll(query.root, "FilterOperator")) {
    for (const comparison2 of conjuncts(filter.Condition)) {
      const outcome = readComparison(query, filter, comparison2);
      if (typeof outcome === "string") search.rejected.push(outcome);
      else if (outcome) search.thresholds.push(outcome);
    }
  }
  search.thresholds.sort((a, b) => a.offset - b.offset);
  return search;
}
function thresholdReport(search) {
  const [first, ...others] = search.thresholds;
  if (!first) {
    const reason = search.rejected[0] ?? "no filter after 'summarize' compares an aggregate with a constant";
    return { found: false, reason };
  }
  return {
    found: true,
    column: first.column,
    operator: first.operator,
    value: first.value,
    aggregate: first.aggregate,
    counts: first.counts,
    groupBy: first.groupBy,
    offset: first.offset,
    expression: first.expression,
    measure: first.measure,
    others: others.length
  };
}
function conjuncts(condition) {
  const kind = kindOf(condition);
  if (kind === "ParenthesizedExpression") return conjuncts(condition.Expression);
  if (kind === "AndExpression") {
    return [...conjuncts(condition.Left), ...conjuncts(condition.Right)];
  }
  return [condition];
}
function readComparison(query, filter, comparison2) {
  const written = COMPARISONS[kindOf(comparison2)];
  if (!written) return void 0;
  const sides = orderSides(comparison2, written);
  if (!sides) return void 0;
  const origin = traceColumn(query, filter, sides.column);
  if (origin.kind === "source") return void 0;
  if (origin.kind === "unknown") return `${sides.column}: ${origin.reason}`;
  const aggregate2 = canonicalAggregate(origin.call.Name.SimpleName);
  if (!(aggregate2 in MEASURES)) {
    return `${sides.column}: '${aggregate2}' is not a count or a sum`;
  }
  return buildThreshold(query, comparison2, sides, origin);
}
function orderSides(comparison2, written) {
  const left = simpleName(comparison2.Left);
  const right = simpleName(comparison2.Right);
  if (left && isNumericConstant(comparison2.Right)) {
    return { column: left, constant: comparison2.Right, operator: written };
  }
  if (right && isNumericConstant(comparison2.Left)) {
    return { column: right, constant: comparison2.Left, operator: MIRRORED[written] };
  }
  return void 0;
}
function isNumericConstant(expression) {
  return expression.IsConstant && constantNumber(expression.ConstantValue) !== void 0;
}
function buildThreshold(query, comparison2, sides, origin) {
  const aggregate2 = canonicalAggregate(origin.call.Name.SimpleName);
  const [counted, ...rest] = callArguments(origin.call);
  const countsRows = aggregate2 === "count" || aggregate2 === "countif";
  const countsNode = countsRows ? void 0 : counted;
  let conditionNode;
  if (aggregate2 === "countif") conditionNode = counted;
  else if (aggregate2.endsWith("if")) conditionNode = rest[0];
  const literal = locateLiteral(query, sides.constant);
  const last = origin.steps[origin.steps.length - 1];
  return {
    column: sides.column,
    operator: sides.operator,
    value: constantNumber(sides.constant.ConstantValue),
    aggregate: aggregate2,
    counts: countsNode ? spanText(query, countsNode) : null,
    condition: conditionNode ? spanText(query, conditionNode) : null,
    groupBy: origin.groupBy,
    expression: spanText(query, last ? last.expression : origin.call),
    measure: measureOf(aggregate2, origin.steps),
    offset: comparison2.Operator.TextStart,
    comparisonOffset: comparison2.TextStart,
    comparisonLength: comparison2.Width,
    aggregateOffset: origin.call.TextStart,
    operatorText: comparison2.Operator.Text,
    valueOffset: literal.node.TextStart,
    valueLength: literal.node.Width,
    letName: literal.letName
  };
}
function measureOf(aggregate2, steps) {
  let measure = MEASURES[aggregate2] ?? null;
  for (const step of steps) {
    measure = applyStep(measure, aggregate2, step);
    if (measure === null) return null;
  }
  return measure === "array" ? null : measure;
}
function applyStep(measure, aggregate2, step) {
  const expression = step.expression;
  if (simpleName(expression) === step.input) return measure;
  if (kindOf(expression) !== "FunctionCallExpression") return null;
  const args = callArguments(expression);
  if (args.length !== 1 || simpleName(args[0]) !== step.input) return null;
  const name = canonicalAggregate(expression.Name.SimpleName);
  if (name === "array_length" && measure === "array") {
    return aggregate2.startsWith("make_set") ? "distinct" : "rows";
  }
  if (IDENTITY_FUNCTIONS.has(name) && measure !== "array") return measure;
  return null;
}
function locateLiteral(query, constant) {
  let node = constant;
  let letName = null;
  for (let hops = 0; hops < 10 && kindOf(node) === "NameReference"; hops++) {
    const bound = findLetExpression(query, node.SimpleName);
    if (!bound) break;
    letName = node.SimpleName;
    node = bound;
  }
  return { node, letName };
}

// src/fuzz/string-filters.ts
var STRING_OPERATORS = {
  EqualExpression: true,
  EqualTildeExpression: false,
  HasExpression: false,
  HasCsExpression: true,
  ContainsExpression: false,
  ContainsCsExpression: true,
  StartsWithExpression: false,
  StartsWithCsExpression: true,
  EndsWithExpression: false,
  EndsWithCsExpression: true,
  HasPrefixExpression: false,
  HasSuffixExpression: false,
  InExpression: true,
  InCsExpression: false
};
function findStringFilters(query) {
  const filters = [];
  for (const filter of findAll(query.root, "FilterOperator")) {
    for (const condition of conjuncts(filter.Condition)) {
      const found = readStringFilter(query, filter, condition);
      if (found) filters.push(found);
    }
  }
  return filters;
}
function readStringFilter(query, filter, condition) {
  const caseSensitive = STRING_OPERATORS[kindOf(condition)];
  if (caseSensitive === void 0) return void 0;
  const constant = firstString(condition.Right);
  const field = constant === void 0 ? void 0 : locateField(query, filter, condition.Left);
  if (!field || constant === void 0) return void 0;
  return {
    field,
    operator: String(condition.Operator.Text),
    caseSensitive,
    constant,
    text: spanText(query, condition)
  };
}
function firstString(node) {
  const values = kindOf(node) === "ExpressionList" ? elementsOf(node.Expressions) : [node];
  const first = values[0];
  if (!first?.IsConstant || typeof first.ConstantValue !== "string") return void 0;
  return first.ConstantValue;
}
function changeField(tables, field, change) {
  const changed = {};
  for (const [name, table] of Object.entries(tables)) {
    if (!table.columns.some((c) => c.name === field.column)) {
      changed[name] = table;
      continue;
    }
    const rows = table.rows.map((row, index) => changeRow(table, row, field, (text) => change(text, index)));
    changed[name] = { columns: table.columns, rows };
  }
  return changed;
}
function changeRow(table, row, field, change) {
  const value = readField(table, row, field);
  return typeof value === "string" ? writeField(table, row, field, change(value)) : row;
}
function flipCase(text, mask) {
  if (mask.length === 0) return text;
  return [...text].map((char, index) => {
    if (!mask[index % mask.length]) return char;
    const upper = char.toUpperCase();
    return upper === char ? char.toLowerCase() : upper;
  }).join("");
}

// src/fuzz/suggestions.ts
function candidateInputs(scenarios, cases, filters, keyColumns) {
  const candidates = [];
  for (const scenario of scenarios) candidates.push(...boundaryCandidates(scenario));
  for (const item of cases) {
    const columns = keyColumns ?? expectedColumns(item);
    const add = (what, tables) => candidates.push({ name: `'${item.name}' ${what}`, tables, at: item.at, columns });
    add("with every event twice", doubled(item.tables));
    for (const filter of filters) {
      const field = [filter.field.column, ...filter.field.path].join(".");
      add(`with ${field} upper-cased`, changeField(item.tables, filter.field, (text) => text.toUpperCase()));
      add(`with ${field} replaced`, changeField(item.tables, filter.field, () => "unrelated"));
      add(`with ${field} inside a longer word`, changeField(item.tables, filter.field, () => `x${filter.constant}x`));
    }
  }
  return candidates;
}
function boundaryCandidates(scenario) {
  const columns = [...Object.keys(scenario.group), scenario.column];
  const candidates = [];
  for (let n = scenario.range.min; n <= scenario.range.max; n++) {
    const draw = plainDraw(scenario, n);
    const name = `${scenario.column} = ${n}`;
    candidates.push({ name, tables: buildInput(scenario, draw), at: scenario.at, columns });
    if (scenario.measure !== "distinct" || n === 0) continue;
    const repeated = { ...draw, values: [...draw.values, draw.values[0]], delays: [...draw.delays, 0] };
    const tables = buildInput(scenario, repeated);
    candidates.push({ name: `${name} with one value repeated`, tables, at: scenario.at, columns });
  }
  return candidates;
}
function doubled(tables) {
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      { columns: table.columns, rows: table.rows.flatMap((row) => [row, row]) }
    ])
  );
}
function expectedColumns(item) {
  const names = (item.expect.alerts ?? []).flatMap((alert) => Object.keys(alert.columns ?? {}));
  return [...new Set(names)];
}
function suggestKillingCase(mutant, candidates, runner) {
  for (const candidate of candidates) {
    const mutated = tryRun2(runner, candidate, mutant.query);
    const original = mutated && tryRun2(runner, candidate, runner.rule.query);
    if (!mutated || !original || alertsKey(original) === alertsKey(mutated)) continue;
    return {
      name: `${candidate.name}, which kills '${mutant.description}'`,
      tables: candidate.tables,
      at: candidate.at,
      expect: expectationOf(original, candidate.columns)
    };
  }
  return void 0;
}
function expectationOf(run, columns) {
  const alerts = run.alerts.map((alert) => ({
    columns: Object.fromEntries(
      columns.filter((column) => column in alert.columns).map((c) => [c, alert.columns[c]])
    )
  }));
  return { triggered: run.triggered, alerts };
}
function tryRun2(runner, candidate, query) {
  try {
    return runner.run(candidate.tables, candidate.at, query);
  } catch (error) {
    if (error instanceof InputError) return void 0;
    throw error;
  }
}

// src/fuzz/metamorphic.ts
var TIME_COLUMN3 = "TimeGenerated";
var ORDER_OPERATORS = /* @__PURE__ */ new Set(["TakeOperator", "TopOperator", "SampleOperator", "SerializeOperator", "TopNestedOperator"]);
var ORDER_FUNCTIONS = /* @__PURE__ */ new Set(["row_number", "prev", "next", "row_cumsum", "arg_max", "arg_min", "any", "take_any", "anyif", "take_anyif"]);
function planMetamorphic(context) {
  const plan = { specs: [], skipped: [] };
  const seeds = context.cases.map((item) => ({
    item,
    run: context.runner.run(item.tables, item.at)
  }));
  const alerting = seeds.filter((seed) => seed.run.alerts.length > 0);
  const query = parseQuery(context.runner.rule.query);
  const add = (name, spec) => {
    if (typeof spec === "string") plan.skipped.push({ name, reason: spec });
    else plan.specs.push(spec);
  };
  add("row order", rowOrder(context, seeds, query));
  add("other groups", otherGroups(context, alerting));
  add("duplicate events", duplicates(context, alerting));
  add("before the window", beforeWindow(context, alerting));
  for (const filter of findStringFilters(query)) {
    add(`case of ${filter.text}`, caseChange(context, alerting, filter));
  }
  return plan;
}
function rowOrder(context, seeds, query) {
  const reason = orderDependence(query);
  if (reason) return `the query depends on row order (${reason})`;
  if (seeds.length === 0) return "no golden case passes";
  const arbitrary = fc3.nat(seeds.length - 1).chain(
    (seed) => fc3.record({
      seed: fc3.constant(seed),
      orders: fc3.tuple(...Object.values(seeds[seed].item.tables).map((t) => permutation(t.rows.length)))
    })
  );
  const reorder = (draw) => {
    const entries = Object.entries(seeds[draw.seed].item.tables);
    return Object.fromEntries(
      entries.map(([name, table], index) => [name, pickRows(table, draw.orders[index])])
    );
  };
  return sameAlerts(context, "row order does not change the alerts", seeds, arbitrary, reorder);
}
function orderDependence(query) {
  const operator = [...ORDER_OPERATORS].find((kind) => findAll(query.root, kind).length > 0);
  if (operator) return operator.replace(/Operator$/, "").toLowerCase();
  const call = findAll(query.root, "FunctionCallExpression").find(
    (node) => ORDER_FUNCTIONS.has(canonicalAggregate(node.Name.SimpleName))
  );
  return call ? String(call.Name.SimpleName) : void 0;
}
function permutation(length) {
  const indexes = Array.from({ length }, (_, index) => index);
  return fc3.shuffledSubarray(indexes, { minLength: length, maxLength: length });
}
function pickRows(table, indexes) {
  return { columns: table.columns, rows: indexes.map((index) => table.rows[index]) };
}
function otherGroups(context, seeds) {
  const scenario = context.scenario;
  if (!scenario?.otherKey) return "no grouping field of the input events is known";
  if (isSatisfied(scenario.relation, 1)) return "a single event of another group would alert by itself";
  if (seeds.length === 0) return "no golden case raises an alert";
  const key = scenario.otherKey;
  const arbitrary = fc3.record({
    seed: fc3.nat(seeds.length - 1),
    others: fc3.uniqueArray(fc3.stringMatching(/^other-[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  });
  const addOthers = (draw) => {
    const tables = seeds[draw.seed].item.tables;
    const source = tables[scenario.table];
    if (!source) return tables;
    const added = draw.others.map((value) => writeField(source, [...scenario.template], key, value));
    return { ...tables, [scenario.table]: { columns: source.columns, rows: [...source.rows, ...added] } };
  };
  return sameAlerts(context, "events of other groups do not change the alerts", seeds, arbitrary, addOthers);
}
function duplicates(context, seeds) {
  const threshold = context.threshold;
  const scenario = context.scenario;
  if (threshold?.measure !== "distinct" || !scenario) return "the threshold counts no distinct values";
  if (seeds.length === 0) return "no golden case raises an alert";
  const arbitrary = fc3.record({
    seed: fc3.nat(seeds.length - 1),
    rows: fc3.array(fc3.nat(), { minLength: 1, maxLength: 3 })
  });
  const duplicate = (draw) => {
    const tables = seeds[draw.seed].item.tables;
    const source = tables[scenario.table];
    if (!source || source.rows.length === 0) return tables;
    const copies = draw.rows.map((index) => source.rows[index % source.rows.length]);
    return { ...tables, [scenario.table]: { columns: source.columns, rows: [...source.rows, ...copies] } };
  };
  const columns = [...threshold.groupBy, threshold.column];
  return {
    name: `duplicate events do not change ${threshold.column}`,
    arbitrary,
    predicate: (draw) => projected(context, duplicate(draw), seeds[draw.seed], columns),
    describe: (draw) => ({
      name: `duplicate events keep ${threshold.column}`,
      tables: duplicate(draw),
      at: seeds[draw.seed].item.at,
      expect: expectationOf(seeds[draw.seed].run, columns),
      message: `duplicating events of '${seeds[draw.seed].item.name}' changed the alerts' ${threshold.column}`
    })
  };
}
function projected(context, tables, seed, columns) {
  const run = context.runner.run(tables, seed.item.at);
  return keyOf(expectationOf(run, columns)) === keyOf(expectationOf(seed.run, columns));
}
function keyOf(expect) {
  const alerts = (expect.alerts ?? []).map((alert) => JSON.stringify(alert.columns)).sort();
  return JSON.stringify({ triggered: expect.triggered, alerts });
}
function beforeWindow(context, seeds) {
  if (seeds.length === 0) return "no golden case raises an alert";
  const arbitrary = fc3.record({ seed: fc3.nat(seeds.length - 1), seconds: fc3.nat(86400) });
  const shift2 = (draw) => {
    const { item } = seeds[draw.seed];
    const start = runWindow(context.runner.rule, item.at).start;
    return moveBefore(item.tables, start - draw.seconds * TICKS_PER_SECOND);
  };
  const empty = (item) => Object.fromEntries(Object.entries(item.tables).map(([name, t]) => [name, { columns: t.columns, rows: [] }]));
  return {
    name: "events before the queryPeriod window raise no alert",
    arbitrary,
    predicate: (draw) => {
      const { item } = seeds[draw.seed];
      const moved = context.runner.run(shift2(draw), item.at);
      return alertsKey(moved) === alertsKey(context.runner.run(empty(item), item.at));
    },
    describe: (draw) => {
      const { item } = seeds[draw.seed];
      const none = context.runner.run(empty(item), item.at);
      return {
        name: `'${item.name}' moved before the window`,
        tables: shift2(draw),
        at: item.at,
        expect: expectationOf(none, []),
        message: `the events of '${item.name}', moved before the queryPeriod window, still changed the alerts`
      };
    }
  };
}
function moveBefore(tables, limit) {
  const times = Object.values(tables).flatMap((table) => {
    const index = table.columns.findIndex((c) => c.name === TIME_COLUMN3);
    return index < 0 ? [] : table.rows.map((row) => row[index]).filter((v) => typeof v === "number");
  });
  const shift2 = times.length > 0 ? limit - 1 - Math.max(...times) : 0;
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => {
      const index = table.columns.findIndex((c) => c.name === TIME_COLUMN3);
      const rows = table.rows.map((row) => shiftRow(row, index, shift2));
      return [name, { columns: table.columns, rows }];
    })
  );
}
function shiftRow(row, index, shift2) {
  const time = row[index];
  if (index < 0 || typeof time !== "number") return row;
  const copy = [...row];
  copy[index] = time + shift2;
  return copy;
}
function caseChange(context, seeds, filter) {
  if (seeds.length === 0) return "no golden case raises an alert";
  if (filter.caseSensitive && filter.constant.toUpperCase() === filter.constant.toLowerCase()) {
    return `'${filter.constant}' has no letters`;
  }
  const arbitrary = filter.caseSensitive ? fc3.record({ seed: fc3.nat(seeds.length - 1), mask: fc3.constant([true]) }) : fc3.record({ seed: fc3.nat(seeds.length - 1), mask: fc3.array(fc3.boolean(), { minLength: 1, maxLength: 8 }) });
  const change = (draw) => changeField(seeds[draw.seed].item.tables, filter.field, (text) => flipCase(text, draw.mask));
  if (!filter.caseSensitive) {
    const name = `changing the case in ${filter.text} does not change the alerts`;
    return sameAlerts(context, name, seeds, arbitrary, change, true);
  }
  return {
    name: `changing the case in ${filter.text} removes the alerts`,
    arbitrary,
    predicate: (draw) => {
      const run = context.runner.run(change(draw), seeds[draw.seed].item.at);
      return lowerKey(run) !== lowerKey(seeds[draw.seed].run);
    },
    describe: (draw) => ({
      name: `'${seeds[draw.seed].item.name}' with the case of ${filter.field.column} changed`,
      tables: change(draw),
      at: seeds[draw.seed].item.at,
      message: `'${filter.operator}' is case-sensitive, but changing the case of ${filter.field.column} kept the alerts of '${seeds[draw.seed].item.name}'`
    })
  };
}
function lowerKey(run) {
  return alertsKey(run).toLowerCase();
}
function sameAlerts(context, name, seeds, arbitrary, change, ignoreCase = false) {
  const key = (run) => ignoreCase ? lowerKey(run) : alertsKey(run);
  const columns = (seed) => Object.keys(seed.run.alerts[0]?.columns ?? {});
  return {
    name,
    arbitrary,
    predicate: (draw) => {
      const seed = seeds[draw.seed];
      return key(context.runner.run(change(draw), seed.item.at)) === key(seed.run);
    },
    describe: (draw) => {
      const seed = seeds[draw.seed];
      return {
        name: `'${seed.item.name}' changed: ${name}`,
        tables: change(draw),
        at: seed.item.at,
        expect: expectationOf(seed.run, context.threshold ? [...context.threshold.groupBy, context.threshold.column] : columns(seed)),
        message: `the alerts of '${seed.item.name}' changed, although ${name}`
      };
    }
  };
}

// src/fuzz/mutant-generation.ts
var NEIGHBOURS = {
  GreaterThanExpression: ">=",
  GreaterThanOrEqualExpression: ">",
  LessThanExpression: "<=",
  LessThanOrEqualExpression: "<"
};
var STRING_SWAPS = {
  EqualTildeExpression: { replacement: "==", kind: "case-sensitivity" },
  BangTildeExpression: { replacement: "!=", kind: "case-sensitivity" },
  InCsExpression: { replacement: "in", kind: "case-sensitivity" },
  HasExpression: { replacement: "contains", kind: "string-operator" },
  ContainsExpression: { replacement: "has", kind: "string-operator" },
  NotHasExpression: { replacement: "!contains", kind: "string-operator" },
  NotContainsExpression: { replacement: "!has", kind: "string-operator" }
};
var MAX_QUOTE = 60;
function generateMutants(text, options) {
  const query = parseQuery(text, options);
  return [
    ...thresholdMutants(query, options),
    ...operatorMutants(query),
    ...dropWhereMutants(query),
    ...aggregateMutants(query)
  ];
}
function thresholdMutants(query, options) {
  const mutants = [];
  const seen = /* @__PURE__ */ new Set();
  for (const threshold of findThresholds(query.text, options).thresholds) {
    if (seen.has(threshold.valueOffset) || !Number.isInteger(threshold.value)) continue;
    seen.add(threshold.valueOffset);
    const literal = query.text.slice(
      threshold.valueOffset,
      threshold.valueOffset + threshold.valueLength
    );
    const where = threshold.letName ? `'let ${threshold.letName}'` : `'${threshold.column} ${threshold.operatorText} ${literal}'`;
    for (const value of [threshold.value - 1, threshold.value + 1]) {
      const change = { offset: threshold.valueOffset, length: threshold.valueLength };
      const description = `threshold ${literal} to ${value} in ${where}`;
      mutants.push(mutate(query, "threshold", change, String(value), description));
    }
  }
  return mutants;
}
function operatorMutants(query) {
  const mutants = [];
  for (const node of allNodes(query.root)) {
    const kind = kindOf(node);
    const swap = NEIGHBOURS[kind] ? { replacement: NEIGHBOURS[kind], kind: "comparison" } : STRING_SWAPS[kind];
    if (!swap) continue;
    const token = node.Operator;
    const change = { offset: token.TextStart, length: token.Width };
    const context = quote(spanText(query, node));
    const description = `'${token.Text}' to '${swap.replacement}' in ${context}`;
    mutants.push(mutate(query, swap.kind, change, swap.replacement, description));
  }
  return mutants;
}
function dropWhereMutants(query) {
  return findAll(query.root, "FilterOperator").flatMap((filter) => {
    const pipe = filter.Parent;
    if (!pipe || kindOf(pipe) !== "PipeExpression") return [];
    const start = pipe.Bar.TextStart;
    const end = filter.TextStart + filter.Width;
    const change = { offset: start, length: end - start };
    const description = `drop ${quote(spanText(query, filter))}`;
    return [mutate(query, "drop-where", change, "", description)];
  });
}
function aggregateMutants(query) {
  const mutants = [];
  for (const call of findAll(query.root, "FunctionCallExpression")) {
    const name = canonicalAggregate(call.Name.SimpleName);
    const args = callArguments(call);
    if ((name === "dcount" || name === "count_distinct") && args.length >= 1) {
      const change = { offset: call.TextStart, length: call.Width };
      const description = `${quote(spanText(query, call))} to 'count()'`;
      mutants.push(mutate(query, "aggregate", change, "count()", description));
    }
    if (name === "dcountif" && args.length >= 2) {
      const replacement = `countif(${spanText(query, args[1])})`;
      const change = { offset: call.TextStart, length: call.Width };
      const description = `${quote(spanText(query, call))} to '${replacement}'`;
      mutants.push(mutate(query, "aggregate", change, replacement, description));
    }
    if (name === "make_set" || name === "make_set_if") {
      const token = call.Name;
      const replacement = name.replace("set", "list");
      const change = { offset: token.TextStart, length: token.Width };
      const description = `'${token.SimpleName}' to '${replacement}' in ${quote(spanText(query, call))}`;
      mutants.push(mutate(query, "aggregate", change, replacement, description));
    }
  }
  return mutants;
}
function mutate(query, kind, change, replacement, description) {
  const before = query.text.slice(0, change.offset);
  const after = query.text.slice(change.offset + change.length);
  return {
    kind,
    description: `line ${lineOf(query.text, change.offset)}: ${description}`,
    offset: change.offset,
    length: change.length,
    replacement,
    query: before + replacement + after
  };
}
function allNodes(root) {
  const nodes = [];
  const visit = (node) => {
    nodes.push(node);
    for (let i = 0; i < node.ChildCount; i++) {
      const child = node.GetChild(i);
      if (child) visit(child);
    }
  };
  visit(root);
  return nodes;
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === "\n") line++;
  return line;
}
function quote(text) {
  const oneLine2 = text.replace(/\s+/g, " ");
  const short = oneLine2.length > MAX_QUOTE ? `${oneLine2.slice(0, MAX_QUOTE - 3)}...` : oneLine2;
  return `'${short}'`;
}

// src/cases/matching.ts
function matchItems(expectedCount, actualCount, matches) {
  const candidates = Array.from(
    { length: expectedCount },
    (_, expected) => Array.from({ length: actualCount }, (_2, actual) => actual).filter(
      (actual) => matches(expected, actual)
    )
  );
  const owner = new Array(actualCount).fill(-1);
  const augment = (expected, visited) => {
    for (const actual of candidates[expected]) {
      if (visited.has(actual)) continue;
      visited.add(actual);
      if (owner[actual] === -1 || augment(owner[actual], visited)) {
        owner[actual] = expected;
        return true;
      }
    }
    return false;
  };
  for (let expected = 0; expected < expectedCount; expected += 1) {
    augment(expected, /* @__PURE__ */ new Set());
  }
  const pairs = new Array(expectedCount).fill(-1);
  owner.forEach((expected, actual) => {
    if (expected !== -1) pairs[expected] = actual;
  });
  return pairs;
}
function unpairedActual(pairs, count2) {
  const used = new Set(pairs);
  return Array.from({ length: count2 }, (_, index) => index).filter((index) => !used.has(index));
}

// src/cases/compare.ts
function compareRun(expect, run, options = {}) {
  const problems = [];
  if (expect.triggered !== void 0 && expect.triggered !== run.triggered) {
    problems.push(`expected triggered ${expect.triggered}, got ${run.triggered}`);
  }
  let diff = { missing: [], unexpected: [] };
  if (expect.alerts) {
    diff = diffAlerts(expect.alerts, run);
    problems.push(...countProblems(diff, "alert"));
  }
  if (expect.rows) {
    diff = diffRows(expect.rows, run.result, options.ordered ?? false);
    problems.push(...countProblems(diff, "row"));
  }
  if (problems.length > 0) return { passed: false, message: problems.join("; "), diff };
  return { passed: true, message: describePass(expect, run), diff };
}
function countProblems(diff, noun) {
  const problems = [];
  if (diff.missing.length > 0) {
    problems.push(`${plural(diff.missing.length, `expected ${noun}`)} missing`);
  }
  if (diff.unexpected.length > 0) {
    problems.push(plural(diff.unexpected.length, `unexpected ${noun}`));
  }
  return problems;
}
function describePass(expect, run) {
  if (expect.rows) return `${plural(run.result.rows.length, "row")} as expected`;
  if (expect.alerts) return `${plural(run.alerts.length, "alert")} as expected`;
  return run.triggered ? "triggered, as expected" : "not triggered, as expected";
}
function plural(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}
function diffAlerts(expected, run) {
  const types = columnTypes(run.result.columns);
  const pairs = matchItems(
    expected.length,
    run.alerts.length,
    (e, a) => alertMatches(expected[e], run.alerts[a], types)
  );
  const expectedNames = namedColumns(expected);
  return {
    missing: expected.filter((_, index) => pairs[index] === -1).map(expectedView),
    unexpected: unpairedActual(pairs, run.alerts.length).map(
      (index) => actualView(run.alerts[index], expectedNames)
    )
  };
}
function namedColumns(expected) {
  const names = expected.flatMap((alert) => Object.keys(alert.columns ?? {}));
  return names.length > 0 ? new Set(names) : void 0;
}
function columnTypes(columns) {
  return new Map(columns.map((column) => [column.name, column.type]));
}
function alertMatches(expected, actual, types = /* @__PURE__ */ new Map()) {
  if (expected.columns && !columnsMatch(expected.columns, actual.columns, types)) return false;
  if (expected.entities && !sameMultiset(expected.entities, actual.entities, entityKey)) {
    return false;
  }
  if (expected.customDetails && !detailsMatch(expected.customDetails, actual.customDetails ?? {})) {
    return false;
  }
  for (const field of ["name", "description", "severity"]) {
    if (expected[field] !== void 0 && expected[field] !== actual[field]) return false;
  }
  if (expected.tactics && !sameMultiset(expected.tactics, actual.tactics ?? [], String)) {
    return false;
  }
  return true;
}
function columnsMatch(expected, actual, types) {
  return Object.entries(expected).every(
    ([column, value]) => column in actual && valuesEqual(value, actual[column], types.get(column))
  );
}
function detailsMatch(expected, actual) {
  const keys = Object.keys(expected);
  if (keys.length !== Object.keys(actual).length) return false;
  return keys.every((key) => key in actual && valuesEqual(expected[key], actual[key]));
}
function entityKey(entity) {
  const text = Object.fromEntries(
    Object.entries(entity).map(([key, value]) => [key, value === null ? null : String(value)])
  );
  return canonicalOf(text);
}
function sameMultiset(expected, actual, key) {
  if (expected.length !== actual.length) return false;
  const left = expected.map(key).sort();
  const right = actual.map(key).sort();
  return left.every((item, index) => item === right[index]);
}
function expectedView(alert) {
  const { line: _line, ...fields } = alert;
  return fields;
}
function actualView(alert, shown) {
  const columns = shown ? Object.fromEntries(Object.entries(alert.columns).filter(([name]) => shown.has(name))) : alert.columns;
  const view = { columns, entities: alert.entities };
  for (const field of ["customDetails", "name", "description", "severity", "tactics"]) {
    if (alert[field] !== void 0) view[field] = alert[field];
  }
  return view;
}
function diffRows(expected, result, ordered) {
  const actual = result.rows.map((row) => rowObject2(result.columns, row));
  const matches = (e, a) => rowMatches(expected[e], result.columns, result.rows[a]);
  const pairs = ordered ? expected.map((_, index) => index < actual.length && matches(index, index) ? index : -1) : matchItems(expected.length, actual.length, matches);
  return {
    missing: expected.filter((_, index) => pairs[index] === -1),
    unexpected: unpairedActual(pairs, actual.length).map((index) => actual[index])
  };
}
function rowMatches(expected, columns, row) {
  const names = new Set(columns.map((column) => column.name));
  if (Object.keys(expected).some((name) => !names.has(name))) return false;
  return columns.every(
    (column, index) => valuesEqual(expected[column.name] ?? null, valueToJson(row[index], column.type), column.type)
  );
}
function rowObject2(columns, row) {
  return Object.fromEntries(
    columns.map((column, index) => [column.name, valueToJson(row[index], column.type)])
  );
}
function querySorts(query) {
  let ordered = false;
  for (const segment of pipeSegments(query)) {
    const operator = /^\s*([a-z-]+)/i.exec(segment)?.[1].toLowerCase() ?? "";
    if (["sort", "order", "top"].includes(operator)) ordered = true;
    else if (REORDERING.has(operator)) ordered = false;
  }
  return ordered;
}
var REORDERING = /* @__PURE__ */ new Set([
  "summarize",
  "join",
  "union",
  "distinct",
  "lookup",
  "make-series",
  "top-nested",
  "top-hitters",
  "sample",
  "sample-distinct"
]);
function pipeSegments(query) {
  const text = query.replace(/\/\/[^\n]*/g, "");
  const segments = [];
  let depth = 0;
  let quote3;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote3) {
      if (char === "\\") index += 1;
      else if (char === quote3) quote3 = void 0;
    } else if (char === '"' || char === "'") quote3 = char;
    else if ("([{".includes(char)) depth += 1;
    else if (")]}".includes(char)) depth -= 1;
    else if (char === "|" && depth === 0) {
      segments.push(text.slice(start, index));
      start = index + 1;
    } else if (char === ";" && depth === 0) {
      segments.length = 0;
      start = index + 1;
    }
  }
  segments.push(text.slice(start));
  return segments.slice(1);
}

// src/fuzz/mutants.ts
function passingCases(cases, runner) {
  return cases.filter((item) => !item.xfail && casePasses(item, runner));
}
function runMutants(mutants, cases, runner, deadline) {
  return mutants.map((mutant) => {
    if (Date.now() > deadline) return { mutant, status: "skipped" };
    return runMutant(mutant, cases, runner);
  });
}
function runMutant(mutant, cases, runner) {
  for (const item of cases) {
    let passes;
    try {
      passes = casePasses(item, runner, mutant.query);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { mutant, status: "invalid", detail: error.message };
    }
    if (!passes) return { mutant, status: "killed", detail: item.name };
  }
  return { mutant, status: "survived" };
}
function casePasses(item, runner, query) {
  const text = query ?? runner.rule.query;
  const run = runner.run(item.tables, item.at, text);
  return compareRun(item.expect, run, { ordered: querySorts(text) }).passed;
}
function mutationScore(results) {
  const killed = results.filter((r) => r.status === "killed").length;
  const survived = results.filter((r) => r.status === "survived").length;
  return killed + survived === 0 ? null : killed / (killed + survived);
}
function mutantReports(results, suggestions = /* @__PURE__ */ new Map()) {
  return results.map(({ mutant, status, detail }) => {
    const report = {
      description: mutant.description,
      killed: status === "killed",
      status,
      kind: mutant.kind,
      offset: mutant.offset
    };
    if (status === "killed") report.killedBy = detail;
    if (status === "invalid") report.reason = detail;
    const suggestion = suggestions.get(mutant);
    if (suggestion !== void 0) report.suggestion = suggestion;
    return report;
  });
}

// src/fuzz/index.ts
var DEFAULT_FUZZ_RUNS = 100;
var DEFAULT_TIME_BUDGET_MS = 3e4;
function fuzzRule(rule, cases, options) {
  const context = createContext(rule, cases, options);
  const result = {
    threshold: thresholdReport(context.search),
    properties: [],
    mutants: [],
    mutationScore: null,
    skipped: []
  };
  const automatic = automaticScenario(context, result);
  const scenarios = [...automatic ? [automatic] : [], ...(options.declared ?? []).map(declaredScenario)];
  for (const scenario of scenarios) {
    const outcome = checkBoundary(scenario, context.runner, context.budget);
    result.properties.push(propertyReport(outcome, rule, context.output));
  }
  checkMetamorphic(context, automatic, result);
  if (context.passing.length > 0) testMutants(context, scenarios, result);
  return result;
}
function createContext(rule, cases, options) {
  const budget = {
    runs: options.runs ?? DEFAULT_FUZZ_RUNS,
    seed: options.seed ?? Math.floor(Math.random() * 2147483647),
    deadline: Date.now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS)
  };
  const runner = createRuleRunner(rule, options.engine, options.schemas);
  return {
    rule,
    runner,
    search: findThresholds(rule.query, options.schemas),
    passing: passingCases(cases, runner),
    budget,
    output: { root: options.root, folder: options.writeCounterexamples },
    schemas: options.schemas
  };
}
function automaticScenario(context, result) {
  const threshold = context.search.thresholds[0];
  if (!threshold) return void 0;
  const built = buildBoundaryScenario(threshold, context.passing, context.runner);
  if (built.reason !== void 0) result.skipped.push({ name: "boundary", reason: built.reason });
  return built.scenario;
}
function checkMetamorphic(context, scenario, result) {
  const plan = planMetamorphic({
    runner: context.runner,
    cases: context.passing,
    threshold: context.search.thresholds[0],
    scenario
  });
  for (const spec of plan.specs) {
    const outcome = checkProperty(spec, context.budget);
    result.properties.push(propertyReport(outcome, context.rule, context.output));
  }
  result.skipped.push(...plan.skipped);
}
function testMutants(context, scenarios, result) {
  const { rule, runner, passing, budget } = context;
  const mutants = generateMutants(rule.query, context.schemas);
  const outcomes = runMutants(mutants, passing, runner, budget.deadline);
  const survivors = outcomes.filter((o) => o.status === "survived").map((o) => o.mutant);
  const filters = findStringFilters(parseQuery(rule.query, context.schemas));
  const threshold = context.search.thresholds[0];
  const keys = threshold ? [...threshold.groupBy, threshold.column] : void 0;
  const candidates = candidateInputs(scenarios, passing, filters, keys);
  const suggestions = /* @__PURE__ */ new Map();
  for (const mutant of survivors) {
    if (Date.now() > budget.deadline) break;
    const found = suggestKillingCase(mutant, candidates, runner);
    if (found) suggestions.set(mutant, suggestionEntry(found, mutant, rule, context.output));
  }
  result.mutants = mutantReports(outcomes, suggestions);
  result.mutationScore = mutationScore(outcomes);
}

// src/cases/case-status.ts
function caseVerdict(comparison2, xfail) {
  if (xfail === void 0) {
    return { status: comparison2.passed ? "passed" : "failed", message: comparison2.message };
  }
  if (comparison2.passed) {
    return {
      status: "xpass",
      message: `passed but is marked xfail (${xfail}); remove xfail if the rule was fixed`
    };
  }
  return { status: "xfail", message: `expected failure: ${xfail} (${comparison2.message})` };
}
function ruleStatus(cases, errors, properties = []) {
  if (errors.length > 0 || cases.some((report) => report.status === "error")) return "error";
  if (cases.some((report) => report.status === "failed" || report.status === "xpass")) {
    return "failed";
  }
  return properties.some((property) => property.status === "failed") ? "failed" : "passed";
}
function reportError(error) {
  return {
    message: error.message,
    file: error.file,
    line: error.line,
    column: error.column,
    hint: error.hint,
    text: formatInputError(error)
  };
}

// src/cases/fit-tables.ts
function caseColumns(schemas, cases) {
  const tables = {};
  for (const [name, columns] of Object.entries(schemas)) tables[name] = [...columns];
  for (const item of cases) {
    for (const [name, table] of Object.entries(item.tables)) {
      const columns = tables[name] ??= [];
      const known = new Set(columns.map((column) => column.name));
      for (const column of table.columns) {
        if (!known.has(column.name)) columns.push(column);
      }
    }
  }
  return { tables };
}
function fitTables(item, compiled) {
  const tables = {};
  for (const [name, table] of Object.entries(item.tables)) {
    const columns = compiled[name] ?? table.columns;
    const sources = columns.map((column) => sourceIndex(item, name, table, column));
    tables[name] = {
      columns,
      rows: table.rows.map(
        (row) => sources.map((index, position) => {
          if (index >= 0) return row[index];
          return columns[position].type === "string" ? "" : null;
        })
      )
    };
  }
  return tables;
}
function sourceIndex(item, tableName, table, column) {
  const index = table.columns.findIndex((own) => own.name === column.name);
  if (index >= 0 && table.columns[index].type !== column.type) {
    throw new InputError(
      `column '${column.name}' of ${tableName} is ${table.columns[index].type} in this case but ${column.type} in the rule's other cases or the schema`,
      {
        file: item.file,
        line: item.line,
        hint: `give ${column.name} values of one type in every case, or declare it in schemas/${tableName}.json`,
        kind: "case"
      }
    );
  }
  return index;
}

// src/cases/fuzz-results.ts
function applyFuzzResult(report, result, rule, declared) {
  report.threshold = result.threshold;
  report.mutationScore = result.mutationScore;
  report.properties = result.properties.map((property) => withDeclaration(property, declared));
  report.mutants = placeMutants(result.mutants, rule);
  if (result.skipped.length > 0) report.skippedProperties = result.skipped;
}
function withDeclaration(property, declared) {
  const source = declared.find((item) => declaredScenario(item).name === property.name);
  if (!source) return property;
  return { ...property, file: source.file, line: source.line };
}
function placeMutants(mutants, rule) {
  const toFile = queryPositionMap(rule.source, rule.query);
  return mutants.map((mutant) => {
    const { line, column } = queryPosition(rule.query, mutant.offset);
    const place = toFile(line, column);
    return { ...mutant, line: place.line, column: place.column };
  });
}
function queryPosition(text, offset) {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const line = before.split("\n").length;
  return { line, column: offset - lineStart + 1 };
}

// src/kql/functions/define.ts
function scalar(name, compile, aliases) {
  return { name, aliases, compile };
}
function plain(name, impl, aliases) {
  return { name, aliases, compile: () => impl };
}
function unsupported(site, detail) {
  return new InputError(`${site.name}(): ${detail} is not supported`, {
    kind: "unsupported",
    hint: "rewrite the expression, or report the gap with the query that needs it"
  });
}
function stringArg(site, index) {
  const type = site.argTypes[index] ?? "string";
  if (type === "string") return (value) => value === null ? "" : value;
  return (value) => toKustoString(value, type);
}
function cachePerString(compute, limit = 1024) {
  const cache = /* @__PURE__ */ new Map();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== void 0 || cache.has(text)) return hit;
    if (cache.size >= limit) cache.clear();
    const result = compute(text);
    cache.set(text, result);
    return result;
  };
}

// src/kql/functions/registry.ts
var scalars = /* @__PURE__ */ new Map();
var aggregates = /* @__PURE__ */ new Map();
function registerScalars(...functions) {
  for (const fn of functions) {
    for (const name of [fn.name, ...fn.aliases ?? []]) scalars.set(name, fn);
  }
}
function registerAggregates(...functions) {
  for (const fn of functions) {
    for (const name of [fn.name, ...fn.aliases ?? []]) aggregates.set(name, fn);
  }
}
function findScalar(name) {
  return scalars.get(name);
}
function findAggregate(name) {
  return aggregates.get(name);
}

// src/kql/functions/aggregates.ts
function aggregate(name, compile, aliases) {
  return { name, aliases, compile };
}
function onlyWhen(factory, predicateIndex) {
  return () => {
    const inner = factory();
    return {
      add: (args) => {
        if (args[predicateIndex] !== true) return;
        inner.add(args.filter((_, i) => i !== predicateIndex));
      },
      result: () => inner.result()
    };
  };
}
function counter() {
  let count2 = 0;
  return { add: () => void count2++, result: () => count2 };
}
function conditionalCounter() {
  let count2 = 0;
  return {
    add: ([condition]) => {
      if (condition === true) count2++;
    },
    result: () => count2
  };
}
function summer(site) {
  const type = site.argTypes[0];
  const integral = type === "long" || type === "int";
  return () => {
    let total = null;
    return {
      add: ([value]) => {
        if (value === null) return;
        if (total === null) total = integral ? value : Number(value);
        else if (integral) total = longOperation(total, value, (a, b) => a + b, (a, b) => a + b);
        else total = total + Number(value);
      },
      result: () => total ?? 0
    };
  };
}
function extreme(site, sign) {
  const type = site.argTypes[0];
  if (type === "dynamic") throw unsupported(site, "a dynamic argument");
  return () => {
    let best = null;
    return {
      add: ([value]) => {
        if (value === null) return;
        if (best === null || sign * compareValues(value, best, type) > 0) best = value;
      },
      result: () => best
    };
  };
}
function averager() {
  let total = 0;
  let count2 = 0;
  return {
    add: ([value]) => {
      if (value === null) return;
      total += Number(value);
      count2++;
    },
    result: () => count2 === 0 ? null : total / count2
  };
}
function distinctCounter(site) {
  const type = site.argTypes[0];
  return () => {
    const seen = /* @__PURE__ */ new Set();
    return {
      add: ([value]) => {
        if (value !== null) seen.add(groupKey(value, type));
      },
      result: () => seen.size
    };
  };
}
function takeAny(site) {
  if (site.argTypes.length !== 1) throw unsupported(site, "more than one argument");
  return () => {
    let chosen = null;
    return {
      add: ([value]) => {
        if (chosen === null && value !== null) chosen = value;
      },
      result: () => chosen
    };
  };
}
function spread(sample, root) {
  return () => {
    let count2 = 0;
    let mean = 0;
    let squares = 0;
    return {
      add: ([value]) => {
        if (value === null) return;
        count2++;
        const delta = Number(value) - mean;
        mean += delta / count2;
        squares += delta * (Number(value) - mean);
      },
      result: () => {
        if (count2 === 0) return sample ? 0 : null;
        const divisor = sample ? count2 - 1 : count2;
        const variance = divisor === 0 ? 0 : squares / divisor;
        return root ? Math.sqrt(variance) : variance;
      }
    };
  };
}
function percentile(site) {
  const type = site.argTypes[0];
  const p = site.constants[1];
  if (typeof p !== "number") throw unsupported(site, "a percentage that is not a constant number");
  return () => {
    const values = [];
    return {
      add: ([value]) => {
        if (value !== null) values.push(value);
      },
      result: () => nearestRank(values, p, type)
    };
  };
}
function nearestRank(values, p, type) {
  if (values.length === 0) return null;
  values.sort((a, b) => compareValues(a, b, type));
  const rank = Math.max(1, Math.ceil(p / 100 * values.length));
  return values[Math.min(rank, values.length) - 1];
}
registerAggregates(
  aggregate("count", () => counter),
  aggregate("countif", () => conditionalCounter),
  aggregate("sum", summer),
  aggregate("sumif", (site) => onlyWhen(summer(site), 1)),
  aggregate("min", (site) => extreme(site, -1)),
  aggregate("max", (site) => extreme(site, 1)),
  aggregate("min_if", (site) => onlyWhen(extreme(site, -1), 1), ["minif"]),
  aggregate("max_if", (site) => onlyWhen(extreme(site, 1), 1), ["maxif"]),
  aggregate("avg", () => averager),
  aggregate("avgif", () => onlyWhen(averager, 1)),
  aggregate("dcount", distinctCounter),
  aggregate("dcountif", (site) => onlyWhen(distinctCounter(site), 1)),
  aggregate("take_any", takeAny, ["any"]),
  aggregate("stdev", () => spread(true, true)),
  aggregate("stdevp", () => spread(false, true)),
  aggregate("variance", () => spread(true, false)),
  aggregate("variancep", () => spread(false, false)),
  aggregate("stdevif", () => onlyWhen(spread(true, true), 1)),
  aggregate("varianceif", () => onlyWhen(spread(true, false), 1)),
  aggregate("percentile", percentile)
);

// src/kql/functions/arithmetic.ts
var ticks = (value) => value;
var wholeTicks = (value) => Number.isFinite(value) ? Math.round(value) : null;
var RULES = {
  "+": {
    long: (a, b) => longOperation(a, b, (x, y) => x + y, (x, y) => x + y),
    real: (a, b) => a + b,
    temporal: {
      "datetime,timespan": (a, b) => ticks(a) + ticks(b),
      "timespan,datetime": (a, b) => ticks(a) + ticks(b),
      "timespan,timespan": (a, b) => ticks(a) + ticks(b)
    }
  },
  "-": {
    long: (a, b) => longOperation(a, b, (x, y) => x - y, (x, y) => x - y),
    real: (a, b) => a - b,
    temporal: {
      "datetime,timespan": (a, b) => ticks(a) - ticks(b),
      "datetime,datetime": (a, b) => ticks(a) - ticks(b),
      "timespan,timespan": (a, b) => ticks(a) - ticks(b)
    }
  },
  "*": {
    long: (a, b) => longOperation(a, b, (x, y) => x * y, (x, y) => x * y),
    real: (a, b) => a * b,
    temporal: {
      "timespan,number": (a, b) => wholeTicks(ticks(a) * Number(b)),
      "number,timespan": (a, b) => wholeTicks(Number(a) * ticks(b))
    }
  },
  "/": {
    long: divideLongs,
    real: (a, b) => a / b,
    temporal: {
      "timespan,timespan": (a, b) => ticks(a) / ticks(b),
      "timespan,number": (a, b) => wholeTicks(ticks(a) / Number(b))
    }
  },
  "%": {
    long: moduloLongs,
    real: (a, b) => floorModulo(a, b),
    temporal: {
      "timespan,timespan": (a, b) => ticks(b) === 0 ? null : ticks(a) % ticks(b),
      "datetime,timespan": (a, b) => ticks(b) === 0 ? null : ticks(a) % ticks(b)
    }
  }
};
function divideLongs(a, b) {
  if (Number(b) === 0) return null;
  return longOperation(
    a,
    b,
    (x, y) => (x - x % y) / y,
    (x, y) => x / y
  );
}
function moduloLongs(a, b) {
  if (Number(b) === 0) return null;
  return longOperation(a, b, floorModulo, (x, y) => {
    const divisor = y < 0n ? -y : y;
    return (x % divisor + divisor) % divisor;
  });
}
function floorModulo(x, y) {
  const divisor = Math.abs(y);
  const rest = x % divisor;
  return rest < 0 ? rest + divisor : Math.abs(rest);
}
function operandKind(type) {
  return isNumericType(type) ? "number" : type;
}
function compileArithmetic(site, rules) {
  const [aType, bType] = site.argTypes;
  const temporal = rules.temporal[`${operandKind(aType)},${operandKind(bType)}`];
  if (temporal) return temporal;
  const numericResult = isNumericType(site.resultType) ? site.resultType : "real";
  const bothNumeric = isNumericType(aType) && isNumericType(bType);
  if (!bothNumeric && aType !== "dynamic" && bType !== "dynamic") {
    throw unsupported(site, `${aType} ${site.name} ${bType}`);
  }
  const integral = numericResult === "long" || numericResult === "int";
  const toA = toNumericType(aType, numericResult);
  const toB = toNumericType(bType, numericResult);
  return (a, b) => {
    const x = toA(a);
    const y = toB(b);
    if (x === null || y === null) return null;
    return integral ? rules.long(x, y) : rules.real(Number(x), Number(y));
  };
}
function toNumericType(from, to) {
  if (from !== "dynamic") return (value) => value;
  return (value) => convertValue(value, "dynamic", to);
}
function binaryOperator(rules) {
  return (site) => {
    const apply = compileArithmetic(site, rules);
    return ([a, b]) => a === null || b === null ? null : apply(a, b);
  };
}
function negate(site) {
  const type = site.argTypes[0];
  if (type === "real" || type === "decimal" || type === "timespan") {
    return ([value]) => value === null ? null : 0 - value;
  }
  return ([value]) => {
    if (value === null) return null;
    if (typeof value === "number") return value === 0 ? 0 : -value;
    return normalizeLong(-toBigInt(value));
  };
}
registerScalars(
  ...Object.entries(RULES).map(([name, rules]) => scalar(name, binaryOperator(rules))),
  scalar("negate", negate)
);

// src/kql/functions/comparison.ts
function equality(negate2) {
  return (site) => {
    const [aType, bType] = site.argTypes;
    return ([a, b]) => {
      if (a === null || b === null) return a === b ? null : negate2;
      return compareNonNull(a, aType, b, bType) === 0 !== negate2;
    };
  };
}
function ordering(test) {
  return (site) => {
    const [aType, bType] = site.argTypes;
    return ([a, b]) => {
      if (a === null || b === null) return null;
      return test(compareNonNull(a, aType, b, bType));
    };
  };
}
function equalsIgnoringCase(negate2) {
  return (site) => {
    const left = stringArg(site, 0);
    const right = stringArg(site, 1);
    return ([a, b]) => left(a).toLowerCase() === right(b).toLowerCase() !== negate2;
  };
}
registerScalars(
  scalar("==", equality(false)),
  scalar("!=", equality(true), ["<>"]),
  scalar("<", ordering((order) => order < 0)),
  scalar("<=", ordering((order) => order <= 0)),
  scalar(">", ordering((order) => order > 0)),
  scalar(">=", ordering((order) => order >= 0)),
  scalar("=~", equalsIgnoringCase(false)),
  scalar("!~", equalsIgnoringCase(true))
);

// src/kql/functions/conversion.ts
function conversionTo(target) {
  return (site) => {
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
  scalar("toguid", conversionTo("guid"))
);

// src/kql/functions/calendar.ts
function datetimeFields(ticks2) {
  const ms = Math.floor(ticks2 / TICKS_PER_MS);
  const date = new Date(DATETIME_EPOCH_MS + ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    subMillisecondTicks: ticks2 - ms * TICKS_PER_MS,
    dayOfWeek: date.getUTCDay()
  };
}
function datetimeFromFields(year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return (date.getTime() - DATETIME_EPOCH_MS) * TICKS_PER_MS;
}
function startOfDay2(ticks2) {
  return Math.floor(ticks2 / TICKS_PER_DAY) * TICKS_PER_DAY;
}
function startOfWeek(ticks2) {
  const day = startOfDay2(ticks2);
  return day - datetimeFields(day).dayOfWeek * TICKS_PER_DAY;
}
function startOfMonth(ticks2) {
  const { year, month } = datetimeFields(ticks2);
  return datetimeFromFields(year, month, 1);
}
function startOfYear(ticks2) {
  return datetimeFromFields(datetimeFields(ticks2).year, 1, 1);
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function addMonths(ticks2, months) {
  const fields = datetimeFields(ticks2);
  const total = fields.year * 12 + (fields.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  const day = Math.min(fields.day, daysInMonth(year, month));
  return ticks2 + (datetimeFromFields(year, month, day) - datetimeFromFields(fields.year, fields.month, fields.day));
}

// src/kql/functions/datetime-format.ts
var SEPARATORS = /* @__PURE__ */ new Set(["/", "-", ":", ",", ".", "_", "[", "]", " "]);
var pad = (value, width) => String(value).padStart(width, "0");
function fraction(run) {
  const digits2 = run.length;
  return (ticks2) => {
    const sub = (ticks2 % TICKS_PER_SECOND + TICKS_PER_SECOND) % TICKS_PER_SECOND;
    const text = pad(sub, 7).slice(0, digits2);
    return run[0] === "F" ? text.replace(/0+$/, "") : text;
  };
}
function datetimeSpecifier(run) {
  const fields = (ticks2) => datetimeFields(ticks2);
  switch (run) {
    case "d":
      return (t) => String(fields(t).day);
    case "dd":
      return (t) => pad(fields(t).day, 2);
    case "h":
      return (t) => String(fields(t).hour % 12 || 12);
    case "hh":
      return (t) => pad(fields(t).hour % 12 || 12, 2);
    case "H":
      return (t) => String(fields(t).hour);
    case "HH":
      return (t) => pad(fields(t).hour, 2);
    case "m":
      return (t) => String(fields(t).minute);
    case "mm":
      return (t) => pad(fields(t).minute, 2);
    case "M":
      return (t) => String(fields(t).month);
    case "MM":
      return (t) => pad(fields(t).month, 2);
    case "s":
      return (t) => String(fields(t).second);
    case "ss":
      return (t) => pad(fields(t).second, 2);
    case "y":
      return (t) => String(fields(t).year % 100);
    case "yy":
      return (t) => pad(fields(t).year % 100, 2);
    case "yyyy":
      return (t) => pad(fields(t).year, 4);
    case "tt":
      return (t) => fields(t).hour < 12 ? "AM" : "PM";
  }
  if (/^(f{1,7}|F{1,7})$/.test(run)) return fraction(run);
  return void 0;
}
function timespanSpecifier(run) {
  const total = (t) => Math.abs(t);
  const unit = (size, modulo) => (t) => Math.floor(total(t) / size) % modulo;
  const hours = unit(3600 * TICKS_PER_SECOND, 24);
  const minutes = unit(60 * TICKS_PER_SECOND, 60);
  const seconds2 = unit(TICKS_PER_SECOND, 60);
  if (/^d{1,8}$/.test(run)) return (t) => pad(Math.floor(total(t) / TICKS_PER_DAY), run.length);
  switch (run) {
    case "h":
    case "H":
      return (t) => String(hours(t));
    case "hh":
    case "HH":
      return (t) => pad(hours(t), 2);
    case "m":
      return (t) => String(minutes(t));
    case "mm":
      return (t) => pad(minutes(t), 2);
    case "s":
      return (t) => String(seconds2(t));
    case "ss":
      return (t) => pad(seconds2(t), 2);
  }
  if (/^(f{1,7}|F{1,7})$/.test(run)) return (t) => fraction(run)(total(t));
  return void 0;
}
function tokenize(format) {
  return format.match(/([A-Za-z])\1*|[^A-Za-z]/g) ?? [];
}
function compileFormat(site, format, specifier) {
  const parts = tokenize(format).map((token) => {
    if (SEPARATORS.has(token)) return () => token;
    const formatter = specifier(token);
    if (!formatter) throw unsupported(site, `the format specifier '${token}'`);
    return formatter;
  });
  return (ticks2) => parts.map((part) => part(ticks2)).join("");
}
function formatWith(specifier, signed) {
  return (site) => {
    const constant = site.constants[1];
    const fixed = typeof constant === "string" ? compileFormat(site, constant, specifier) : void 0;
    return ([value, format]) => {
      if (value === null || format === null) return "";
      const formatter = fixed ?? compileFormat(site, String(format), specifier);
      const text = formatter(value);
      return signed && value < 0 ? `-${text}` : text;
    };
  };
}
registerScalars(
  scalar("format_datetime", formatWith(datetimeSpecifier, false)),
  scalar("format_timespan", formatWith(timespanSpecifier, true))
);

// src/kql/functions/datetime.ts
function ago(site) {
  return ([span]) => span === null ? null : site.now() - span;
}
function now(site) {
  return ([offset]) => {
    if (offset === null) return null;
    return site.now() + (offset ?? 0);
  };
}
function bin(site) {
  const type = site.argTypes[0];
  return ([value, size]) => {
    if (value === null || size === null || Number(size) <= 0) return null;
    if (type === "datetime") return binDatetime(value, size);
    if (type === "long" || type === "int") return binLong(value, size);
    return Math.floor(value / Number(size)) * Number(size);
  };
}
function binDatetime(ticks2, size) {
  const offset = Number(BigInt(TICKS_0001_TO_EPOCH) % BigInt(Math.round(size)));
  return Math.floor((ticks2 + offset) / size) * size - offset;
}
function binLong(value, size) {
  if (typeof value === "bigint" || typeof size === "bigint") {
    const x = BigInt(value);
    const step2 = BigInt(size);
    const remainder2 = (x % step2 + step2) % step2;
    return x - remainder2;
  }
  const step = Number(size);
  if (!Number.isInteger(step)) return Math.floor(value / step) * step;
  const remainder = (value % step + step) % step;
  return value - remainder;
}
function startOf(start, step) {
  return ([value, offset]) => {
    if (value === null || offset === null) return null;
    const base = start(value);
    return offset === void 0 ? base : step(base, Number(offset));
  };
}
function endOf(start, step) {
  const begin = startOf(start, step);
  return (args) => {
    const first = begin(args);
    return first === null ? null : step(first, 1) - 1;
  };
}
var addDays = (ticks2, n) => ticks2 + n * TICKS_PER_DAY;
var addWeeks = (ticks2, n) => ticks2 + n * 7 * TICKS_PER_DAY;
var addYears = (ticks2, n) => addMonths(ticks2, 12 * n);
function fieldOf(read) {
  return ([value]) => value === null ? null : read(value);
}
function dayOfYear(ticks2) {
  return Math.floor((startOfDay2(ticks2) - startOfYear(ticks2)) / TICKS_PER_DAY) + 1;
}
function isoWeekOfYear(ticks2) {
  const day = startOfDay2(ticks2);
  const isoWeekday = (datetimeFields(day).dayOfWeek + 6) % 7;
  const thursday = day + (3 - isoWeekday) * TICKS_PER_DAY;
  return Math.floor((thursday - startOfYear(thursday)) / (7 * TICKS_PER_DAY)) + 1;
}
function unixToDatetime(ticksPerUnit, unitsPerTick = 1) {
  const epochTicks = (Date.UTC(1970, 0, 1) - Date.UTC(2020, 0, 1)) * TICKS_PER_MS;
  return ([value]) => {
    if (value === null) return null;
    if (typeof value === "bigint") {
      return Number(BigInt(epochTicks) + value * BigInt(ticksPerUnit) / BigInt(unitsPerTick));
    }
    return Math.round(epochTicks + Number(value) * ticksPerUnit / unitsPerTick);
  };
}
function makeDatetime(args) {
  if (args.some((arg) => arg === null)) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = args.map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const whole = Math.floor(second);
  const base = datetimeFromFields(year, month, day, hour, minute, whole);
  if (datetimeFields(base).day !== day) return null;
  return base + Math.round((second - whole) * TICKS_PER_SECOND);
}
function makeTimespan(args) {
  if (args.some((arg) => arg === null)) return null;
  const numbers = args.map(Number);
  const [day, hour, minute, second] = numbers.length === 4 ? numbers : [0, numbers[0], numbers[1], numbers[2] ?? 0];
  return Math.round(((day * 24 + hour) * 60 + minute) * 60 * TICKS_PER_SECOND + second * TICKS_PER_SECOND);
}
registerScalars(
  scalar("ago", ago),
  scalar("now", now),
  scalar("bin", bin, ["floor"]),
  plain("startofday", startOf(startOfDay2, addDays)),
  plain("startofweek", startOf(startOfWeek, addWeeks)),
  plain("startofmonth", startOf(startOfMonth, addMonths)),
  plain("startofyear", startOf(startOfYear, addYears)),
  plain("endofday", endOf(startOfDay2, addDays)),
  plain("endofweek", endOf(startOfWeek, addWeeks)),
  plain("endofmonth", endOf(startOfMonth, addMonths)),
  plain("endofyear", endOf(startOfYear, addYears)),
  plain("dayofweek", fieldOf((t) => datetimeFields(t).dayOfWeek * TICKS_PER_DAY)),
  plain("dayofmonth", fieldOf((t) => datetimeFields(t).day)),
  plain("dayofyear", fieldOf(dayOfYear)),
  plain("hourofday", fieldOf((t) => datetimeFields(t).hour)),
  plain("monthofyear", fieldOf((t) => datetimeFields(t).month), ["getmonth"]),
  plain("getyear", fieldOf((t) => datetimeFields(t).year)),
  plain("weekofyear", fieldOf(isoWeekOfYear), ["week_of_year"]),
  plain("unixtime_seconds_todatetime", unixToDatetime(TICKS_PER_SECOND)),
  plain("unixtime_milliseconds_todatetime", unixToDatetime(TICKS_PER_MS)),
  plain("unixtime_microseconds_todatetime", unixToDatetime(10)),
  plain("unixtime_nanoseconds_todatetime", unixToDatetime(1, 100)),
  plain("make_datetime", makeDatetime),
  plain("make_timespan", makeTimespan)
);

// src/kql/functions/datetime-parts.ts
var TICKS_PER_MINUTE2 = 60 * TICKS_PER_SECOND;
var TICKS_PER_HOUR2 = 60 * TICKS_PER_MINUTE2;
var PERIOD_TICKS = {
  week: 7 * TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  hour: TICKS_PER_HOUR2,
  minute: TICKS_PER_MINUTE2,
  second: TICKS_PER_SECOND,
  millisecond: TICKS_PER_MS,
  microsecond: 10
};
function monthIndex(ticks2) {
  const { year, month } = datetimeFields(ticks2);
  return year * 12 + month - 1;
}
function diffInPeriods(period, later, earlier) {
  switch (period) {
    case "year":
      return datetimeFields(later).year - datetimeFields(earlier).year;
    case "quarter":
      return Math.floor(monthIndex(later) / 3) - Math.floor(monthIndex(earlier) / 3);
    case "month":
      return monthIndex(later) - monthIndex(earlier);
    case "week":
      return Math.round((startOfWeek(later) - startOfWeek(earlier)) / PERIOD_TICKS.week);
    case "nanosecond":
      return (later - earlier) * 100;
    default: {
      const size = PERIOD_TICKS[period];
      if (size === void 0) return null;
      return Math.floor(later / size) - Math.floor(earlier / size);
    }
  }
}
function periodArg(site, index) {
  const constant = site.constants[index];
  if (typeof constant === "string") {
    const period = constant.toLowerCase();
    if (!isPeriod(period)) throw unsupported(site, `the period '${constant}'`);
  }
  return (value) => String(value).toLowerCase();
}
function isPeriod(period) {
  return ["year", "quarter", "month", "nanosecond"].includes(period) || period in PERIOD_TICKS;
}
function datetimeDiff(site) {
  const period = periodArg(site, 0);
  return ([name, later, earlier]) => {
    if (name === null || later === null || earlier === null) return null;
    return diffInPeriods(period(name), later, earlier);
  };
}
function addPeriods(period, amount, ticks2) {
  switch (period) {
    case "year":
      return addMonths(ticks2, 12 * amount);
    case "quarter":
      return addMonths(ticks2, 3 * amount);
    case "month":
      return addMonths(ticks2, amount);
    case "nanosecond":
      return ticks2 + Math.trunc(amount / 100);
    default: {
      const size = PERIOD_TICKS[period];
      return size === void 0 ? null : ticks2 + amount * size;
    }
  }
}
function datetimeAdd(site) {
  const period = periodArg(site, 0);
  return ([name, amount, value]) => {
    if (name === null || amount === null || value === null) return null;
    return addPeriods(period(name), Math.trunc(Number(amount)), value);
  };
}
var PARTS = {
  year: (t) => datetimeFields(t).year,
  quarter: (t) => Math.floor((datetimeFields(t).month - 1) / 3) + 1,
  month: (t) => datetimeFields(t).month,
  week_of_year: isoWeekOfYear,
  day: (t) => datetimeFields(t).day,
  dayofyear: dayOfYear,
  hour: (t) => datetimeFields(t).hour,
  minute: (t) => datetimeFields(t).minute,
  second: (t) => datetimeFields(t).second,
  millisecond: (t) => datetimeFields(t).millisecond,
  microsecond: (t) => Math.floor((t % TICKS_PER_SECOND + TICKS_PER_SECOND) % TICKS_PER_SECOND / 10),
  nanosecond: (t) => (t % TICKS_PER_SECOND + TICKS_PER_SECOND) % TICKS_PER_SECOND * 100
};
function datetimePart(site) {
  return ([name, value]) => {
    if (name === null || value === null) return null;
    const part = PARTS[String(name).toLowerCase()];
    if (!part) throw unsupported(site, `the part '${String(name)}'`);
    return part(value);
  };
}
registerScalars(
  scalar("datetime_diff", datetimeDiff),
  scalar("datetime_add", datetimeAdd),
  scalar("datetime_part", datetimePart)
);

// src/kql/functions/dynamic-access.ts
function parseJsonOrText(text) {
  if (text === "") return null;
  const parsed = parseJsonText(text);
  return parsed === void 0 ? text : parsed;
}
function dynamicArg(site, index) {
  const type = site.argTypes[index] ?? "dynamic";
  if (type === "dynamic") return (value) => value;
  if (type === "string") {
    const parse = cachePerString(parseJsonOrText);
    return (value) => parse(value);
  }
  return (value) => toDynamicValue(value, type);
}
function parseJson(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value]) => toDynamic2(value);
}
function getMember(container, name) {
  if (!isPropertyBag(container) || !Object.hasOwn(container, name)) return null;
  return container[name] ?? null;
}
function getElement(array, index) {
  const position = index < 0 ? array.length + index : index;
  return array[position] ?? null;
}
function memberAccess(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([container, name]) => getMember(toDynamic2(container), String(name));
}
function elementAccess(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([container, key]) => {
    const value = toDynamic2(container);
    if (key === null) return null;
    if (Array.isArray(value)) {
      return typeof key === "string" ? null : getElement(value, Number(key));
    }
    return getMember(value, String(key));
  };
}
function arrayLength(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic2(value);
    return Array.isArray(array) ? array.length : null;
  };
}
registerScalars(
  scalar("parse_json", parseJson, ["todynamic", "parsejson", "toobject"]),
  scalar(".", memberAccess),
  scalar("[]", elementAccess),
  scalar("array_length", arrayLength, ["arraylength"])
);

// src/kql/functions/dynamic-functions.ts
function dynamicArgs(site) {
  const converters = site.argTypes.map((_, index) => dynamicArg(site, index));
  return (args) => args.map((arg, index) => converters[index](arg));
}
function packArray(site) {
  const types = site.argTypes;
  return (args) => args.map((arg, index) => toDynamicValue(arg, types[index]));
}
function bagPack(site) {
  if (site.argTypes.length % 2 !== 0) throw unsupported(site, "an odd number of arguments");
  const types = site.argTypes;
  return (args) => {
    const bag = {};
    for (let i = 0; i < args.length; i += 2) {
      bag[toKustoString(args[i], types[i])] = toDynamicValue(args[i + 1], types[i + 1]);
    }
    return bag;
  };
}
function bagKeys(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value]) => {
    const bag = toDynamic2(value);
    return isPropertyBag(bag) ? Object.keys(bag) : null;
  };
}
function bagMerge(site) {
  const convert = dynamicArgs(site);
  return (args) => {
    const merged = {};
    for (const bag of convert(args)) {
      if (!isPropertyBag(bag)) continue;
      for (const [key, member] of Object.entries(bag)) {
        if (!Object.hasOwn(merged, key)) merged[key] = member;
      }
    }
    return merged;
  };
}
function bagRemoveKeys(site) {
  const convert = dynamicArgs(site);
  return (args) => {
    const [bag, keys] = convert(args);
    if (!isPropertyBag(bag)) return null;
    const removed = new Set(Array.isArray(keys) ? keys.map(String) : []);
    return Object.fromEntries(Object.entries(bag).filter(([key]) => !removed.has(key)));
  };
}
function arrayConcat(site) {
  const convert = dynamicArgs(site);
  return (args) => {
    const arrays = convert(args);
    if (!arrays.every(Array.isArray)) return null;
    return arrays.flat(1);
  };
}
function arraySlice(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value, start, end]) => {
    const array = toDynamic2(value);
    if (!Array.isArray(array) || start === null || end === null) return null;
    const from = resolveIndex(Number(start), array.length);
    const to = resolveIndex(Number(end), array.length);
    return array.slice(Math.max(0, from), Math.max(0, to + 1));
  };
}
function resolveIndex(index, length) {
  return index < 0 ? length + index : index;
}
function arrayIndexOf(site) {
  const toDynamic2 = dynamicArg(site, 0);
  const lookupType = site.argTypes[1];
  return ([value, lookup, start = 0, length = -1, occurrence = 1]) => {
    const array = toDynamic2(value);
    if (!Array.isArray(array) || lookup === null) return null;
    if (start === null || length === null || occurrence === null) return null;
    const from = resolveIndex(Number(start), array.length);
    const end = Number(length) < 0 ? array.length : Math.min(array.length, from + Number(length));
    let remaining = Number(occurrence);
    for (let i = Math.max(0, from); i < end; i++) {
      const element = array[i];
      if (element === null || compareNonNull(element, "dynamic", lookup, lookupType) !== 0) continue;
      if (--remaining <= 0) return i;
    }
    return -1;
  };
}
function arrayReverse(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic2(value);
    return Array.isArray(array) ? [...array].reverse() : null;
  };
}
function arraySum(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value]) => {
    const array = toDynamic2(value);
    if (!Array.isArray(array)) return null;
    let total = 0;
    for (const element of array) {
      if (typeof element !== "number") return null;
      total += element;
    }
    return total;
  };
}
function kindRank(value) {
  if (typeof value === "number" || typeof value === "bigint") return 0;
  if (typeof value === "string") return 1;
  return 2;
}
function compareElements(a, b) {
  const byKind = kindRank(a) - kindRank(b);
  if (byKind !== 0) return byKind;
  const order = compareNonNull(a, "dynamic", b, "dynamic");
  return Number.isNaN(order) ? 0 : Math.sign(order);
}
function arraySort(sign) {
  return (site) => {
    const lastType = site.argTypes[site.argTypes.length - 1];
    const arrayCount = lastType === "bool" ? site.argTypes.length - 1 : site.argTypes.length;
    if (arrayCount !== 1) throw unsupported(site, "sorting several arrays together");
    const toDynamic2 = dynamicArg(site, 0);
    return ([value, nullsLast = true]) => {
      const array = toDynamic2(value);
      if (!Array.isArray(array)) return null;
      const nulls = array.filter((element) => element === null);
      const values = array.filter((element) => element !== null);
      values.sort((a, b) => sign * compareElements(a, b));
      return nullsLast === false ? [...nulls, ...values] : [...values, ...nulls];
    };
  };
}
function setHasElement(site) {
  const toDynamic2 = dynamicArg(site, 0);
  const lookupType = site.argTypes[1];
  return ([value, lookup]) => {
    const array = toDynamic2(value);
    if (!Array.isArray(array) || lookup === null) return null;
    return array.some(
      (element) => element !== null && compareNonNull(element, "dynamic", lookup, lookupType) === 0
    );
  };
}
function distinct(values) {
  const keys = /* @__PURE__ */ new Set();
  const items = [];
  for (const value of values) {
    const key = groupKey(value, "dynamic");
    if (keys.has(key)) continue;
    keys.add(key);
    items.push(value);
  }
  return { items, keys };
}
var union = (first, others) => distinct([first, ...others].flat()).items;
var intersect = (first, others) => {
  const otherKeys = others.map((other) => distinct(other).keys);
  return distinct(first).items.filter(
    (item) => otherKeys.every((keys) => keys.has(groupKey(item, "dynamic")))
  );
};
var difference = (first, others) => {
  const excluded = distinct(others.flat()).keys;
  return distinct(first).items.filter((item) => !excluded.has(groupKey(item, "dynamic")));
};
function setFunction(operation) {
  return (site) => {
    const convert = dynamicArgs(site);
    return (args) => {
      const arrays = convert(args);
      if (!arrays.every(Array.isArray)) return null;
      const [first, ...others] = arrays;
      return operation(first, others);
    };
  };
}
function zip(site) {
  const convert = dynamicArgs(site);
  return (args) => {
    const arrays = convert(args);
    if (!arrays.every(Array.isArray)) return null;
    const length = Math.max(...arrays.map((array) => array.length));
    return Array.from({ length }, (_, i) => arrays.map((array) => array[i] ?? null));
  };
}
function strcatArray(site) {
  const toDynamic2 = dynamicArg(site, 0);
  return ([value, delimiter]) => {
    const array = toDynamic2(value);
    if (!Array.isArray(array)) return "";
    return array.map((element) => toKustoString(element, "dynamic")).join(String(delimiter ?? ""));
  };
}
registerScalars(
  scalar("pack_array", packArray),
  scalar("bag_pack", bagPack, ["pack"]),
  scalar("bag_keys", bagKeys),
  scalar("bag_merge", bagMerge),
  scalar("bag_remove_keys", bagRemoveKeys),
  scalar("array_concat", arrayConcat),
  scalar("array_slice", arraySlice),
  scalar("array_index_of", arrayIndexOf),
  scalar("array_reverse", arrayReverse),
  scalar("array_sum", arraySum),
  scalar("array_sort_asc", arraySort(1)),
  scalar("array_sort_desc", arraySort(-1)),
  scalar("set_has_element", setHasElement),
  scalar("set_union", setFunction(union)),
  scalar("set_intersect", setFunction(intersect)),
  scalar("set_difference", setFunction(difference)),
  scalar("zip", zip),
  scalar("strcat_array", strcatArray)
);

// src/kql/functions/encoding.ts
import { createHash } from "node:crypto";

// src/kql/functions/xxhash64.ts
var MASK = (1n << 64n) - 1n;
var PRIME1 = 0x9e3779b185ebca87n;
var PRIME2 = 0xc2b2ae3d27d4eb4fn;
var PRIME3 = 0x165667b19e3779f9n;
var PRIME4 = 0x85ebca77c2b2ae63n;
var PRIME5 = 0x27d4eb2f165667c5n;
var rotateLeft = (value, bits) => (value << bits | value >> 64n - bits) & MASK;
function round(accumulator, lane) {
  const mixed = accumulator + lane * PRIME2 & MASK;
  return rotateLeft(mixed, 31n) * PRIME1 & MASK;
}
function mergeRound(accumulator, value) {
  const merged = accumulator ^ round(0n, value);
  return merged * PRIME1 + PRIME4 & MASK;
}
function readLane(bytes, offset, size) {
  let value = 0n;
  for (let i = size - 1; i >= 0; i--) value = value << 8n | BigInt(bytes[offset + i]);
  return value;
}
function stripes(bytes, seed) {
  if (bytes.length < 32) return { hash: seed + PRIME5 & MASK, offset: 0 };
  const lanes = [
    seed + PRIME1 + PRIME2 & MASK,
    seed + PRIME2 & MASK,
    seed,
    seed - PRIME1 & MASK
  ];
  let offset = 0;
  for (; offset + 32 <= bytes.length; offset += 32) {
    for (let i = 0; i < 4; i++) lanes[i] = round(lanes[i], readLane(bytes, offset + i * 8, 8));
  }
  let hash2 = rotateLeft(lanes[0], 1n) + rotateLeft(lanes[1], 7n) + rotateLeft(lanes[2], 12n) + rotateLeft(lanes[3], 18n) & MASK;
  for (const lane of lanes) hash2 = mergeRound(hash2, lane);
  return { hash: hash2, offset };
}
function avalanche(hash2) {
  let value = hash2;
  value = (value ^ value >> 33n) * PRIME2 & MASK;
  value = (value ^ value >> 29n) * PRIME3 & MASK;
  return value ^ value >> 32n;
}
function xxhash64(bytes, seed = 0n) {
  let { hash: hash2, offset } = stripes(bytes, seed);
  hash2 = hash2 + BigInt(bytes.length) & MASK;
  for (; offset + 8 <= bytes.length; offset += 8) {
    hash2 ^= round(0n, readLane(bytes, offset, 8));
    hash2 = rotateLeft(hash2, 27n) * PRIME1 + PRIME4 & MASK;
  }
  if (offset + 4 <= bytes.length) {
    hash2 ^= readLane(bytes, offset, 4) * PRIME1 & MASK;
    hash2 = rotateLeft(hash2, 23n) * PRIME2 + PRIME3 & MASK;
    offset += 4;
  }
  for (; offset < bytes.length; offset++) {
    hash2 ^= BigInt(bytes[offset]) * PRIME5 & MASK;
    hash2 = rotateLeft(hash2, 11n) * PRIME1 & MASK;
  }
  return avalanche(hash2);
}

// src/kql/functions/encoding.ts
function mapText(transform) {
  return (site) => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}
function urlEncode(space) {
  return (text) => {
    let result = "";
    for (const byte of new TextEncoder().encode(text)) {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-_.!*()]/.test(char)) result += char;
      else if (char === " ") result += space;
      else result += `%${byte.toString(16).padStart(2, "0")}`;
    }
    return result;
  };
}
function urlDecode(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
}
var BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
function base64Decode(text) {
  const trimmed = text.trim();
  if (!BASE64_TEXT.test(trimmed) || trimmed.length % 4 === 1) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(trimmed, "base64"));
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}
function digest(algorithm) {
  return (text) => createHash(algorithm).update(text, "utf8").digest("hex");
}
function hash(site) {
  const text = stringArg(site, 0);
  return ([value, modulo]) => {
    const signed = BigInt.asIntN(64, xxhash64(new TextEncoder().encode(text(value))));
    if (modulo === void 0) return normalizeLong(signed);
    if (modulo === null || Number(modulo) <= 0) return null;
    const remainder = signed % BigInt(modulo);
    return normalizeLong(remainder < 0n ? -remainder : remainder);
  };
}
registerScalars(
  scalar("url_encode", mapText(urlEncode("+"))),
  scalar("url_encode_component", mapText(urlEncode("%20"))),
  scalar("url_decode", mapText(urlDecode)),
  scalar("base64_encode_tostring", mapText((text) => Buffer.from(text, "utf8").toString("base64")), ["base64_encodestring"]),
  scalar("base64_decode_tostring", mapText(base64Decode), ["base64_decodestring"]),
  scalar("hash_sha256", mapText(digest("sha256"))),
  scalar("hash_sha1", mapText(digest("sha1"))),
  scalar("hash_md5", mapText(digest("md5"))),
  scalar("hash", hash)
);

// src/kql/functions/ip-address.ts
var IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function parsePrefix(text, max) {
  if (text === void 0) return max;
  if (!/^\d{1,3}$/.test(text)) return null;
  const prefix = Number(text);
  return prefix <= max ? prefix : null;
}
function parseIpv4Network(text) {
  const [host, prefixText, extra] = text.trim().split("/");
  if (extra !== void 0) return null;
  const match = IPV4.exec(host);
  const prefix = parsePrefix(prefixText, 32);
  if (!match || prefix === null) return null;
  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  const address = (octets[0] << 24 >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  return { address, prefix };
}
function maskIpv4(address, prefix) {
  if (prefix === 0) return 0;
  return (address & ~0 << 32 - prefix) >>> 0;
}
function parseIpv6Network(text) {
  const ipv4 = parseIpv4Network(text);
  if (ipv4) return { address: 0xffffn << 32n | BigInt(ipv4.address), prefix: ipv4.prefix + 96 };
  const [host, prefixText, extra] = text.trim().split("/");
  const prefix = parsePrefix(prefixText, 128);
  if (extra !== void 0 || prefix === null) return null;
  const groups = ipv6Groups(host);
  if (!groups) return null;
  let address = 0n;
  for (const group of groups) address = address << 16n | BigInt(group);
  return { address, prefix };
}
function ipv6Groups(host) {
  const halves = host.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...tail];
}
function parseGroups(text) {
  if (text === "") return [];
  const groups = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const ipv4 = parseIpv4Network(part);
      if (!ipv4 || ipv4.prefix !== 32) return null;
      groups.push(ipv4.address >>> 16, ipv4.address & 65535);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}
function maskIpv6(address, prefix) {
  const bits = BigInt(128 - prefix);
  return address >> bits << bits;
}
function formatIpv6(address) {
  const groups = [];
  for (let shift2 = 112n; shift2 >= 0n; shift2 -= 16n) {
    groups.push((address >> shift2 & 0xffffn).toString(16).padStart(4, "0"));
  }
  return groups.join(":");
}

// src/kql/functions/ip.ts
var PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(
  (range) => parseIpv4Network(range)
);
function textArgs(site) {
  return site.argTypes.map((_, index) => stringArg(site, index));
}
function parseIpv4([text]) {
  const network = parseIpv4Network(String(text ?? ""));
  return network ? maskIpv4(network.address, network.prefix) : null;
}
function parseIpv4Mask([text, prefix]) {
  const network = parseIpv4Network(String(text ?? ""));
  if (!network || prefix === null || Number(prefix) < 0 || Number(prefix) > 32) return null;
  return maskIpv4(network.address, Math.min(network.prefix, Number(prefix)));
}
function isPrivate([text]) {
  const network = parseIpv4Network(String(text ?? ""));
  if (!network) return null;
  return PRIVATE_RANGES.some(
    (range) => network.prefix >= range.prefix && maskIpv4(network.address, range.prefix) === range.address
  );
}
function compareIpv4(first, second, prefix) {
  const a = parseIpv4Network(first);
  const b = parseIpv4Network(second);
  if (!a || !b || prefix === null) return null;
  const bits = Math.min(a.prefix, b.prefix, prefix === void 0 ? 32 : Number(prefix));
  const x = maskIpv4(a.address, bits);
  const y = maskIpv4(b.address, bits);
  return Math.sign(x - y);
}
function compareIpv6(first, second, prefix) {
  const a = parseIpv6Network(first);
  const b = parseIpv6Network(second);
  if (!a || !b || prefix === null) return null;
  const bits = Math.min(a.prefix, b.prefix, prefix === void 0 ? 128 : Number(prefix));
  const x = maskIpv6(a.address, bits);
  const y = maskIpv6(b.address, bits);
  if (x === y) return 0;
  return x < y ? -1 : 1;
}
function comparison(compare, test) {
  return (site) => {
    const [first, second] = textArgs(site);
    return ([a, b, prefix]) => {
      const order = compare(first(a), second(b), prefix);
      return order === null ? null : test(order);
    };
  };
}
function inRange(compare) {
  return (site) => {
    const [address, range] = textArgs(site);
    return ([a, b]) => {
      const order = compare(address(a), range(b));
      return order === null ? null : order === 0;
    };
  };
}
function inAnyRange(compare) {
  return (site) => {
    const address = stringArg(site, 0);
    return (args) => {
      const ip = address(args[0]);
      const ranges = args.slice(1).flatMap((arg) => Array.isArray(arg) ? arg : [arg]);
      let valid = false;
      for (const range of ranges) {
        const order = compare(ip, String(range ?? ""));
        if (order === 0) return true;
        if (order !== null) valid = true;
      }
      return valid ? false : null;
    };
  };
}
function parseIpv6([text]) {
  const network = parseIpv6Network(String(text ?? ""));
  return network ? formatIpv6(maskIpv6(network.address, network.prefix)) : null;
}
registerScalars(
  plain("parse_ipv4", parseIpv4),
  plain("parse_ipv4_mask", parseIpv4Mask),
  plain("ipv4_is_private", isPrivate),
  scalar("ipv4_compare", comparison(compareIpv4, (order) => order)),
  scalar("ipv4_is_match", comparison(compareIpv4, (order) => order === 0)),
  scalar("ipv4_is_in_range", inRange(compareIpv4)),
  scalar("ipv4_is_in_any_range", inAnyRange(compareIpv4)),
  plain("parse_ipv6", parseIpv6),
  scalar("ipv6_compare", comparison(compareIpv6, (order) => order)),
  scalar("ipv6_is_match", comparison(compareIpv6, (order) => order === 0)),
  scalar("ipv6_is_in_range", inRange(compareIpv6)),
  scalar("ipv6_is_in_any_range", inAnyRange(compareIpv6))
);

// src/kql/functions/logical.ts
function and([a, b]) {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}
function or([a, b]) {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}
function not([a]) {
  return a === null ? null : !a;
}
function iff([condition, then, otherwise]) {
  return condition === true ? then : otherwise;
}
function caseOf(args) {
  const last = args.length - 1;
  for (let i = 0; i < last; i += 2) {
    if (args[i] === true) return args[i + 1];
  }
  return args[last];
}
function isEmptyValue(value) {
  return value === null || value === "";
}
function coalesce(site) {
  const fallback = site.resultType === "string" ? "" : null;
  return (args) => {
    for (const value of args) {
      if (!isEmptyValue(value)) return value;
    }
    return fallback;
  };
}
registerScalars(
  plain("and", and),
  plain("or", or),
  plain("not", not),
  plain("iff", iff, ["iif"]),
  plain("case", caseOf),
  scalar("coalesce", coalesce),
  plain("isnull", ([value]) => value === null),
  plain("isnotnull", ([value]) => value !== null, ["notnull"]),
  plain("isempty", ([value]) => isEmptyValue(value)),
  plain("isnotempty", ([value]) => !isEmptyValue(value), ["notempty"])
);

// src/kql/functions/make-aggregates.ts
var MAX_SIZE = 1048576;
var DEPRECATED_MAX_SIZE = 128;
function sizeLimit(site, index, fallback) {
  const limit = site.constants[index];
  if (site.argTypes.length <= index) return fallback;
  if (typeof limit !== "number") throw unsupported(site, "a size limit that is not a constant number");
  return Math.min(limit, MAX_SIZE);
}
function contributions(value, site) {
  if (value === null) return [];
  const dynamic = toDynamicValue(value, site.argTypes[0]);
  return Array.isArray(dynamic) ? dynamic : [dynamic];
}
function setBuilder(site, limitIndex, fallback) {
  const limit = sizeLimit(site, limitIndex, fallback);
  return () => {
    const seen = /* @__PURE__ */ new Set();
    const items = [];
    return {
      add: ([value]) => {
        for (const item of contributions(value, site)) {
          if (items.length >= limit) return;
          const key = groupKey(item, "dynamic");
          if (item === null || seen.has(key)) continue;
          seen.add(key);
          items.push(item);
        }
      },
      result: () => items
    };
  };
}
function listBuilder(site, limitIndex, fallback) {
  const limit = sizeLimit(site, limitIndex, fallback);
  return () => {
    const items = [];
    return {
      add: ([value]) => {
        for (const item of contributions(value, site)) {
          if (items.length >= limit) return;
          if (item !== null) items.push(item);
        }
      },
      result: () => items
    };
  };
}
function bagBuilder(site, limitIndex) {
  const limit = sizeLimit(site, limitIndex, MAX_SIZE);
  return () => {
    const bag = {};
    let size = 0;
    return {
      add: ([value]) => {
        if (!isPropertyBag(value)) return;
        for (const [key, member] of Object.entries(value)) {
          if (size >= limit || Object.hasOwn(bag, key)) continue;
          bag[key] = member;
          size++;
        }
      },
      result: () => bag
    };
  };
}
registerAggregates(
  aggregate("make_set", (site) => setBuilder(site, 1, MAX_SIZE)),
  aggregate("makeset", (site) => setBuilder(site, 1, DEPRECATED_MAX_SIZE)),
  aggregate("make_set_if", (site) => onlyWhen(setBuilder(site, 2, MAX_SIZE), 1)),
  aggregate("make_list", (site) => listBuilder(site, 1, MAX_SIZE)),
  aggregate("makelist", (site) => listBuilder(site, 1, DEPRECATED_MAX_SIZE)),
  aggregate("make_list_if", (site) => onlyWhen(listBuilder(site, 2, MAX_SIZE), 1)),
  aggregate("make_bag", (site) => bagBuilder(site, 1)),
  aggregate("make_bag_if", (site) => onlyWhen(bagBuilder(site, 2), 1))
);

// src/kql/functions/math.ts
function realFunction(apply) {
  return ([value]) => value === null ? null : apply(Number(value));
}
function roundHalfAwayFromZero(value, precision) {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  const shifted = text.includes("e") ? magnitude * 10 ** precision : Number(`${text}e${precision}`);
  const rounded = Number(`${Math.round(shifted)}e${-precision}`);
  return value < 0 ? -rounded : rounded;
}
function round2([value, precision = 0]) {
  if (value === null || precision === null) return null;
  if (typeof value === "bigint") return value;
  return roundHalfAwayFromZero(value, Math.trunc(Number(precision)));
}
function abs([value]) {
  if (value === null) return null;
  if (typeof value === "bigint") return normalizeLong(value < 0n ? -value : value);
  return Math.abs(value);
}
function extremeOf(sign) {
  return (site) => {
    const type = site.resultType;
    return (args) => {
      let best = null;
      for (const value of args) {
        if (value === null) continue;
        if (best === null || sign * compareValues(value, best, type) > 0) best = value;
      }
      return best;
    };
  };
}
function toHex([value, minLength = 0]) {
  if (value === null || minLength === null) return null;
  const big = BigInt.asUintN(64, toBigInt(value));
  return big.toString(16).padStart(Number(minLength), "0");
}
function binary(apply) {
  return ([a, b]) => {
    if (a === null || b === null) return null;
    return normalizeLong(apply(toBigInt(a), toBigInt(b)));
  };
}
function shift(left) {
  return ([a, b]) => {
    if (a === null || b === null) return null;
    const count2 = BigInt(Number(b) & 63);
    const value = BigInt.asIntN(64, toBigInt(a));
    return normalizeLong(left ? value << count2 : value >> count2);
  };
}
function getType(site) {
  const type = site.argTypes[0];
  if (type !== "dynamic") return () => type;
  return ([value]) => dynamicTypeName(value);
}
function dynamicTypeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "dictionary";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (typeof value === "bigint") return "long";
  if (!Number.isInteger(value)) return "real";
  return Math.abs(value) < 2 ** 31 ? "int" : "long";
}
registerScalars(
  plain("round", round2),
  plain("abs", abs),
  plain("sign", realFunction(Math.sign)),
  plain("ceiling", realFunction(Math.ceil)),
  plain("exp", realFunction(Math.exp)),
  plain("exp2", realFunction((x) => 2 ** x)),
  plain("exp10", realFunction((x) => 10 ** x)),
  plain("log", realFunction(Math.log)),
  plain("log2", realFunction(Math.log2)),
  plain("log10", realFunction(Math.log10)),
  plain("sqrt", realFunction(Math.sqrt)),
  plain("pow", ([x, y]) => x === null || y === null ? null : Number(x) ** Number(y)),
  plain("isnan", ([x]) => x === null ? false : Number.isNaN(x)),
  plain("isinf", ([x]) => x === Infinity || x === -Infinity),
  plain("isfinite", ([x]) => x !== null && Number.isFinite(Number(x))),
  scalar("max_of", extremeOf(1)),
  scalar("min_of", extremeOf(-1)),
  plain("tohex", toHex),
  plain("binary_and", binary((a, b) => a & b)),
  plain("binary_or", binary((a, b) => a | b)),
  plain("binary_xor", binary((a, b) => a ^ b)),
  plain("binary_not", ([a]) => a === null ? null : normalizeLong(~toBigInt(a))),
  plain("binary_shift_left", shift(true)),
  plain("binary_shift_right", shift(false)),
  scalar("gettype", getType)
);

// src/kql/functions/parsing.ts
function mapText2(transform) {
  return (site) => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}
function decodeComponent(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (error) {
    if (error instanceof URIError) return text;
    throw error;
  }
}
function parseQueryParameters(query) {
  const parameters = {};
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const key = equals < 0 ? pair : pair.slice(0, equals);
    parameters[decodeComponent(key)] = equals < 0 ? "" : decodeComponent(pair.slice(equals + 1));
  }
  return parameters;
}
var ABSOLUTE_URL = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;
function parseUrl(text) {
  const match = ABSOLUTE_URL.exec(text.trim());
  if (!match) return {};
  const [, scheme, username = "", password = "", host, port = "", path, query = "", fragment = ""] = match;
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path,
    Username: username,
    Password: password,
    "Query Parameters": parseQueryParameters(query),
    Fragment: fragment
  };
}
function parseUrlQuery(text) {
  const query = text.startsWith("?") ? text.slice(1) : text;
  return { "Query Parameters": parseQueryParameters(query) };
}
var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):\/\//;
var DRIVE = /^(?:\\\\\?\\)?([A-Za-z]:)/;
function parsePath(text) {
  const scheme = SCHEME.exec(text)?.[1] ?? "";
  const rest = scheme ? text.slice(scheme.length + 3) : text;
  const root = DRIVE.exec(rest)?.[1] ?? "";
  const lastSeparator = Math.max(rest.lastIndexOf("/"), rest.lastIndexOf("\\"));
  const directoryPath = lastSeparator < 0 ? "" : rest.slice(0, lastSeparator);
  const lastPart = rest.slice(lastSeparator + 1);
  const streamAt = lastSeparator < 0 && root ? lastPart.indexOf(":", 2) : lastPart.indexOf(":");
  const filename = streamAt < 0 ? lastPart : lastPart.slice(0, streamAt);
  const dot = filename.lastIndexOf(".");
  const directorySeparator = Math.max(directoryPath.lastIndexOf("/"), directoryPath.lastIndexOf("\\"));
  const directoryName = directoryPath.slice(directorySeparator + 1);
  return {
    Scheme: scheme,
    RootPath: root,
    DirectoryPath: directoryPath,
    DirectoryName: directoryName === root ? "" : directoryName,
    Filename: filename,
    Extension: dot < 0 ? "" : filename.slice(dot + 1),
    AlternateDataStreamName: streamAt < 0 ? "" : lastPart.slice(streamAt + 1)
  };
}
function parseCsvRecord(text) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      break;
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}
registerScalars(
  scalar("parse_url", mapText2(parseUrl), ["parseurl"]),
  scalar("parse_urlquery", mapText2(parseUrlQuery), ["parseurlquery"]),
  scalar("parse_path", mapText2(parsePath)),
  scalar("parse_csv", mapText2(parseCsvRecord))
);

// src/kql/functions/string-operators.ts
function isTermCharacter(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function findTerm(haystack, needle, atStart, atEnd) {
  if (needle === "") return true;
  const checkStart = atStart && isTermCharacter(needle.charCodeAt(0));
  const checkEnd = atEnd && isTermCharacter(needle.charCodeAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (checkStart && at > 0 && isTermCharacter(haystack.charCodeAt(at - 1))) continue;
    if (checkEnd && end < haystack.length && isTermCharacter(haystack.charCodeAt(end))) continue;
    return true;
  }
  return false;
}
var PREDICATES = {
  has: (h, n) => findTerm(h, n, true, true),
  hasprefix: (h, n) => findTerm(h, n, true, false),
  hassuffix: (h, n) => findTerm(h, n, false, true),
  contains: (h, n) => h.includes(n),
  startswith: (h, n) => h.startsWith(n),
  endswith: (h, n) => h.endsWith(n)
};
function stringPredicate(test, caseSensitive, negate2) {
  return (site) => {
    const left = stringArg(site, 0);
    const right = stringArg(site, 1);
    const fold = caseSensitive ? (text) => text : (text) => text.toLowerCase();
    const constant = site.constants[1];
    if (constant !== void 0) {
      const needle = fold(right(constant));
      return ([haystack]) => test(fold(left(haystack)), needle) !== negate2;
    }
    return ([haystack, needle]) => test(fold(left(haystack)), fold(right(needle))) !== negate2;
  };
}
for (const [name, test] of Object.entries(PREDICATES)) {
  registerScalars(
    scalar(name, stringPredicate(test, false, false)),
    scalar(`!${name}`, stringPredicate(test, false, true)),
    scalar(`${name}_cs`, stringPredicate(test, true, false)),
    scalar(`!${name}_cs`, stringPredicate(test, true, true))
  );
}

// src/kql/functions/membership.ts
function expandItems(args, types) {
  const items = [];
  for (let i = 1; i < args.length; i++) {
    const value = args[i];
    if (types[i] === "dynamic" && Array.isArray(value)) {
      for (const element of value) items.push({ value: element, type: "dynamic" });
    } else {
      items.push({ value, type: types[i] });
    }
  }
  return items;
}
function itemSource(site) {
  const rest = site.constants.slice(1);
  if (rest.length === 0 || rest.some((item) => item === void 0)) {
    return (args) => expandItems(args, site.argTypes);
  }
  const fixed = expandItems([null, ...rest], site.argTypes);
  return () => fixed;
}
function inExact(negate2) {
  return (site) => {
    const leftType = site.argTypes[0];
    const items = itemSource(site);
    return (args) => {
      const left = args[0];
      if (left === null) return negate2;
      const found = items(args).some(
        (item) => item.value !== null && compareNonNull(left, leftType, item.value, item.type) === 0
      );
      return found !== negate2;
    };
  };
}
function inIgnoringCase(negate2) {
  return (site) => {
    const left = stringArg(site, 0);
    const items = itemSource(site);
    return (args) => {
      const needle = left(args[0]).toLowerCase();
      const found = items(args).some(
        (item) => item.value !== null && toKustoString(item.value, item.type).toLowerCase() === needle
      );
      return found !== negate2;
    };
  };
}
function hasTerms(every) {
  return (site) => {
    const source = stringArg(site, 0);
    const items = itemSource(site);
    return (args) => {
      const haystack = source(args[0]).toLowerCase();
      const terms = items(args).map((item) => toKustoString(item.value, item.type).toLowerCase());
      const test = (term) => findTerm(haystack, term, true, true);
      return every ? terms.every(test) : terms.some(test);
    };
  };
}
function between(negate2) {
  return (site) => {
    const [type, lowType, highType] = site.argTypes;
    const highIsOffset = type === "datetime" && highType === "timespan";
    return ([x, low, high]) => {
      if (x === null || low === null || high === null) return null;
      const upper = highIsOffset ? low + high : high;
      const inside = compareNonNull(x, type, low, lowType) >= 0 && compareNonNull(x, type, upper, highIsOffset ? "datetime" : highType) <= 0;
      return inside !== negate2;
    };
  };
}
registerScalars(
  scalar("in", inExact(false)),
  scalar("!in", inExact(true)),
  scalar("in~", inIgnoringCase(false)),
  scalar("!in~", inIgnoringCase(true)),
  scalar("has_any", hasTerms(false)),
  scalar("has_all", hasTerms(true)),
  scalar("between", between(false)),
  scalar("!between", between(true))
);

// src/kql/functions/regex.ts
import { RE2JS, RE2JSException } from "re2js";
function compileRegex(pattern, flags = 0) {
  try {
    return RE2JS.compile(pattern, flags);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    throw new InputError(`invalid regular expression '${pattern}': ${error.message}`, {
      kind: "regex",
      hint: "KQL regular expressions use RE2 syntax, which has no lookaround or backreferences"
    });
  }
}
function regexArg(site, index, flags = 0) {
  const constant = site.constants[index];
  if (typeof constant === "string") {
    const compiled = compileRegex(constant, flags);
    return () => compiled;
  }
  const compile = cachePerString((pattern) => compileRegex(pattern, flags), 256);
  return (pattern) => compile(pattern === null ? "" : String(pattern));
}
function forEachMatch(regex, text, visit) {
  const matcher = regex.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    visit(matcher);
    const end = matcher.end();
    from = end === matcher.start() ? end + 1 : end;
  }
}
function expandRewrite(rewrite, matcher) {
  return rewrite.replace(/\\(\d)/g, (reference, digit) => {
    const group = Number(digit);
    if (group > matcher.groupCount()) return reference;
    return matcher.group(group) ?? "";
  });
}
function replaceAll(regex, text, rewrite) {
  let result = "";
  let last = 0;
  forEachMatch(regex, text, (matcher) => {
    result += text.slice(last, matcher.start()) + expandRewrite(rewrite, matcher);
    last = matcher.end();
  });
  return result + text.slice(last);
}

// src/kql/functions/regex-functions.ts
function matchesRegex(site) {
  const text = stringArg(site, 0);
  const regex = regexArg(site, 1);
  return ([value, pattern]) => regex(pattern).matcher(text(value)).find();
}
function extract(site) {
  const regex = regexArg(site, 0);
  const text = stringArg(site, 2);
  const resultType = site.resultType;
  const missing = resultType === "string" ? "" : null;
  return ([pattern, group, source]) => {
    if (group === null) return missing;
    const matcher = regex(pattern).matcher(text(source));
    if (!matcher.find() || Number(group) > matcher.groupCount()) return missing;
    const captured = matcher.group(Number(group));
    if (captured === null) return missing;
    return convertValue(captured, "string", resultType);
  };
}
function extractAll(site) {
  const regex = regexArg(site, 0);
  const textIndex = site.argTypes.length === 3 ? 2 : 1;
  const text = stringArg(site, textIndex);
  return (args) => {
    const compiled = regex(args[0]);
    const groups = textIndex === 2 ? selectGroups(site, args[1]) : allGroups(compiled.groupCount());
    const matches = [];
    forEachMatch(compiled, text(args[textIndex]), (matcher) => {
      const values = groups.map((group) => matcher.group(group) ?? "");
      matches.push(textIndex === 2 || groups.length > 1 ? values : values[0]);
    });
    return matches.length === 0 ? null : matches;
  };
}
function allGroups(count2) {
  if (count2 === 0) return [0];
  return Array.from({ length: count2 }, (_, i) => i + 1);
}
function selectGroups(site, groups) {
  if (!Array.isArray(groups) || groups.some((group) => typeof group !== "number")) {
    throw unsupported(site, "a capture group list that is not an array of group numbers");
  }
  return groups;
}
function replaceRegex(textIndex, regexIndex, rewriteIndex) {
  return (site) => {
    const text = stringArg(site, textIndex);
    const regex = regexArg(site, regexIndex);
    const rewrite = stringArg(site, rewriteIndex);
    return (args) => replaceAll(regex(args[regexIndex]), text(args[textIndex]), rewrite(args[rewriteIndex]));
  };
}
function trimming(leading, trailing) {
  return (site) => {
    const text = stringArg(site, 1);
    const compile = cachePerString((pattern) => ({
      head: compileRegex(`^(?:${pattern})+`),
      tail: compileRegex(`(?:${pattern})+$`)
    }), 256);
    const constant = site.constants[0];
    if (typeof constant === "string") compile(constant);
    return ([pattern, source]) => {
      const { head, tail } = compile(pattern === null ? "" : String(pattern));
      let result = text(source);
      if (leading) result = cutLeading(head, result);
      if (trailing) result = cutTrailing(tail, result);
      return result;
    };
  };
}
function cutLeading(head, text) {
  const matcher = head.matcher(text);
  return matcher.find() ? text.slice(matcher.end()) : text;
}
function cutTrailing(tail, text) {
  const matcher = tail.matcher(text);
  return matcher.find() ? text.slice(0, matcher.start()) : text;
}
function countOf(site) {
  const text = stringArg(site, 0);
  const search = stringArg(site, 1);
  const constantKind = site.constants[2];
  if (constantKind !== void 0) checkKind(site, constantKind);
  const mayBeRegex = site.argTypes.length > 2 && constantKind !== "normal";
  const regex = mayBeRegex ? regexArg(site, 1) : void 0;
  return ([source, needle, kind]) => {
    if (!regex || kind === void 0 || kind === "normal") {
      return countSubstring(text(source), search(needle));
    }
    checkKind(site, kind);
    let count2 = 0;
    forEachMatch(regex(needle), text(source), () => count2++);
    return count2;
  };
}
function checkKind(site, kind) {
  if (kind !== "normal" && kind !== "regex") {
    throw unsupported(site, `the kind '${String(kind)}'`);
  }
}
function countSubstring(text, needle) {
  if (needle === "") return 0;
  let count2 = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    count2++;
  }
  return count2;
}
registerScalars(
  scalar("matches regex", matchesRegex),
  scalar("extract", extract),
  scalar("extract_all", extractAll),
  scalar("replace_regex", replaceRegex(0, 1, 2)),
  scalar("replace", replaceRegex(2, 0, 1)),
  scalar("trim", trimming(true, true)),
  scalar("trim_start", trimming(true, false)),
  scalar("trim_end", trimming(false, true)),
  scalar("countof", countOf)
);

// src/kql/functions/series.ts
var NO_FIT = [null, null, null, null, null, null];
function fitLine(series) {
  if (!Array.isArray(series) || series.length === 0) return NO_FIT;
  const ys = [];
  for (const value of series) {
    if (typeof value !== "number" && typeof value !== "bigint") return NO_FIT;
    ys.push(Number(value));
  }
  const n = ys.length;
  const meanX = (n + 1) / 2;
  const meanY = ys.reduce((total, y) => total + y, 0) / n;
  let sumXY = 0;
  let sumXX = 0;
  let sumYY = 0;
  ys.forEach((y, i) => {
    const dx = i + 1 - meanX;
    sumXY += dx * (y - meanY);
    sumXX += dx * dx;
    sumYY += (y - meanY) ** 2;
  });
  const slope = sumXX === 0 ? 0 : sumXY / sumXX;
  const interception = meanY - slope * meanX;
  const line = ys.map((_, i) => slope * (i + 1) + interception);
  const residual = ys.reduce((total, y, i) => total + (y - line[i]) ** 2, 0);
  const divisor = n > 1 ? n - 1 : 1;
  const rsquare = sumYY === 0 ? 1 : 1 - residual / sumYY;
  return [rsquare, slope, sumYY / divisor, residual / divisor, interception, line];
}
function seriesFitLine(site) {
  const toSeries = dynamicArg(site, 0);
  return ([series]) => [...fitLine(toSeries(series))];
}
registerScalars(scalar("series_fit_line", seriesFitLine));

// src/kql/functions/strings.ts
function allStringArgs(site) {
  return site.argTypes.map((_, index) => stringArg(site, index));
}
function strcat(site) {
  const converters = allStringArgs(site);
  return (args) => {
    let result = "";
    for (let i = 0; i < args.length; i++) result += converters[i](args[i]);
    return result;
  };
}
function strcatDelim(site) {
  const converters = allStringArgs(site);
  return (args) => {
    const parts = args.slice(1).map((arg, i) => converters[i + 1](arg));
    return parts.join(converters[0](args[0]));
  };
}
function mapString(transform) {
  return (site) => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}
function strlen(text) {
  let count2 = 0;
  for (const _ of text) count2++;
  return count2;
}
function substring(site) {
  const text = stringArg(site, 0);
  return ([value, start, length]) => {
    if (start === null || length === null) return "";
    const source = text(value);
    let from = Number(start);
    if (from < 0) from = Math.max(0, source.length + from);
    if (length === void 0) return source.slice(from);
    const count2 = Number(length);
    return count2 <= 0 ? "" : source.slice(from, from + count2);
  };
}
function indexOf(site) {
  const text = stringArg(site, 0);
  const match = stringArg(site, 1);
  return ([value, lookup, start = 0, length = -1, occurrence = 1]) => {
    if (start === null || length === null || occurrence === null) return null;
    const source = text(value);
    let from = Number(start);
    if (from < 0) from = source.length + from;
    if (from < 0 || Number(length) < -1 || Number(occurrence) < 0) return null;
    return findOccurrence(source, match(lookup), from, Number(length), Number(occurrence));
  };
}
function findOccurrence(source, needle, from, length, occurrence) {
  let found = -1;
  for (let n = 0; n < Math.max(occurrence, 1); n++) {
    const end = length === -1 ? source.length : Math.min(source.length, from + length);
    const at = source.slice(0, end).indexOf(needle, from);
    if (at < 0) return -1;
    found = at;
    from = at + 1;
  }
  return found;
}
function split(site) {
  const text = stringArg(site, 0);
  const delimiter = stringArg(site, 1);
  return ([value, separator, index]) => {
    const source = text(value);
    const by = delimiter(separator);
    const parts = by === "" ? [source] : source.split(by);
    if (index === void 0) return parts;
    if (index === null) return null;
    const part = parts[Number(index)];
    return part === void 0 ? [] : [part];
  };
}
function replaceString(site) {
  const [text, lookup, rewrite] = [0, 1, 2].map((i) => stringArg(site, i));
  return ([value, search, replacement]) => {
    const needle = lookup(search);
    const source = text(value);
    return needle === "" ? source : source.split(needle).join(rewrite(replacement));
  };
}
function strrep(site) {
  const text = stringArg(site, 0);
  const delimiter = stringArg(site, 2);
  return ([value, times, separator]) => {
    if (times === null) return "";
    const count2 = Math.max(0, Math.floor(Number(times)));
    const by = separator === void 0 ? "" : delimiter(separator);
    return Array.from({ length: count2 }, () => text(value)).join(by);
  };
}
registerScalars(
  scalar("strcat", strcat),
  scalar("strcat_delim", strcatDelim),
  scalar("tolower", mapString((text) => text.toLowerCase())),
  scalar("toupper", mapString((text) => text.toUpperCase())),
  scalar("strlen", mapString(strlen)),
  scalar("reverse", mapString((text) => [...text].reverse().join(""))),
  scalar("substring", substring),
  scalar("indexof", indexOf),
  scalar("split", split),
  scalar("replace_string", replaceString),
  scalar("strrep", strrep)
);

// src/kql/functions/xml.ts
var MAX_LENGTH = 1048576;
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body) => {
    if (body[0] !== "#") return ENTITIES[body] ?? entity;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code <= 1114111 ? String.fromCodePoint(code) : entity;
  });
}
var NAME = "[A-Za-z_:][\\w.:-]*";
var OPEN_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
var ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
var XmlReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  readDocument() {
    this.skipMisc();
    const root = this.readElement();
    this.skipMisc();
    if (this.at < this.text.length) throw new SyntaxError("content after the root element");
    return root;
  }
  skipMisc() {
    for (; ; ) {
      const rest = this.text.slice(this.at);
      const skipped = /^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/.exec(rest);
      if (!skipped) return;
      this.at += skipped[0].length;
    }
  }
  readElement() {
    const match = OPEN_TAG.exec(this.text.slice(this.at));
    if (!match) throw new SyntaxError(`expected an element at ${this.at}`);
    this.at += match[0].length;
    const attributes = [];
    for (const attribute of match[2].matchAll(ATTRIBUTE)) {
      attributes.push([attribute[1], decodeEntities(attribute[2] ?? attribute[3])]);
    }
    const element = { name: match[1], attributes, children: [], text: "" };
    if (match[3] !== "/") this.readContent(element);
    return element;
  }
  readContent(element) {
    for (; ; ) {
      const rest = this.text.slice(this.at);
      if (rest === "") throw new SyntaxError(`element <${element.name}> is not closed`);
      const special = /^(<!--[\s\S]*?-->|<\?[\s\S]*?\?>)/.exec(rest);
      const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>/.exec(rest);
      const close = /^<\/([^\s>]+)\s*>/.exec(rest);
      if (special) {
        this.at += special[0].length;
      } else if (cdata) {
        element.text += cdata[1];
        this.at += cdata[0].length;
      } else if (close) {
        if (close[1] !== element.name) throw new SyntaxError(`mismatched </${close[1]}>`);
        this.at += close[0].length;
        return;
      } else if (rest.startsWith("<")) {
        element.children.push(this.readElement());
      } else {
        const end = rest.indexOf("<");
        const chunk = end < 0 ? rest : rest.slice(0, end);
        element.text += decodeEntities(chunk);
        this.at += chunk.length;
      }
    }
  }
};
function elementValue(element) {
  const text = element.text.trim();
  if (element.attributes.length === 0 && element.children.length === 0) {
    return text === "" ? null : text;
  }
  const bag = {};
  for (const [name, value] of element.attributes) bag[`@${name}`] = value;
  if (text !== "") bag["#text"] = text;
  for (const child of element.children) addMember(bag, child.name, elementValue(child));
  return bag;
}
function addMember(bag, name, value) {
  if (!Object.hasOwn(bag, name)) {
    bag[name] = value;
    return;
  }
  const existing = bag[name];
  bag[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}
function parseXml(text) {
  if (text.length > MAX_LENGTH) return null;
  try {
    const root = new XmlReader(text).readDocument();
    return { [root.name]: elementValue(root) };
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}
function parseXmlFunction(site) {
  const text = stringArg(site, 0);
  return ([value]) => parseXml(text(value));
}
registerScalars(scalar("parse_xml", parseXmlFunction));

// src/kql/lower/context.ts
var Scope = class _Scope {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  bindings = /* @__PURE__ */ new Map();
  bind(name, binding) {
    this.bindings.set(name, binding);
  }
  lookup(name) {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }
  child() {
    return new _Scope(this);
  }
};
function withRow(context, columns) {
  return { ...context, row: columns };
}
function offsetOf(context, node) {
  return context.callOffset ?? Number(node?.TextStart ?? 0);
}
function errorAt2(context, node, message, kind = "unsupported") {
  const offset = offsetOf(context, node);
  return queryError(context.text, offset, message, kind, hintFor(kind));
}
function typeOfNode(context, node) {
  const type = scalarTypeOf(node.ResultType);
  if (type) return type;
  const name = String(node.ResultType?.Name ?? "unknown");
  const message = `the type '${name}' of this expression is not supported yet`;
  throw errorAt2(context, node, message);
}
function columnsOfNode(context, node) {
  const symbol = node.ResultType;
  if (!symbol?.Columns) {
    const message = "this expression does not give a table";
    throw errorAt2(context, node, message, "semantic");
  }
  return columnsOfTable(symbol).map(({ name, type }) => {
    if (type) return { name, type };
    const message = `the type of column '${name}' is not supported yet`;
    throw errorAt2(context, node, message);
  });
}

// src/kql/operators/ingestion-time.ts
var INGESTION_TIME_COLUMN = "_IngestionTime";
var ingestionTimes = /* @__PURE__ */ new WeakMap();
function lowerIngestionTime(node, _args, context) {
  const offset = offsetOf(context, node);
  const timeGenerated = context.row.find(
    (column) => column.name === "TimeGenerated" && column.type === "datetime"
  );
  const fallback = timeGenerated ? { kind: "column", offset, type: "datetime", name: timeGenerated.name } : { kind: "literal", offset, type: "datetime", value: null };
  return { kind: "ingestion_time", offset, type: "datetime", fallback };
}
function compileIngestionTime(fallback) {
  return (row) => {
    const recorded = ingestionTimes.get(row);
    return recorded === void 0 ? fallback(row) : recorded;
  };
}
function readIngestionTimes(table, columns) {
  const names = table.columns.map((column) => column.name);
  const source = names.indexOf(INGESTION_TIME_COLUMN);
  if (source < 0 || columns.some((column) => column.name === INGESTION_TIME_COLUMN)) {
    return void 0;
  }
  const indexes = columns.map((column) => names.indexOf(column.name));
  const missing = columns.map((column) => column.type === "string" ? "" : null);
  const rows = table.rows.map((row) => {
    const output = indexes.map((index, i) => index >= 0 ? row[index] : missing[i]);
    ingestionTimes.set(output, row[source] ?? null);
    return output;
  });
  return { columns, rows };
}

// src/kql/literals.ts
var LITERAL_KINDS = {
  BooleanLiteralExpression: "bool",
  IntLiteralExpression: "int",
  LongLiteralExpression: "long",
  RealLiteralExpression: "real",
  DecimalLiteralExpression: "decimal",
  StringLiteralExpression: "string",
  CompoundStringLiteralExpression: "string",
  DateTimeLiteralExpression: "datetime",
  TimespanLiteralExpression: "timespan",
  GuidLiteralExpression: "guid",
  DynamicExpression: "dynamic"
};
function isLiteral(node) {
  return kindOf(node) in LITERAL_KINDS;
}
function readLiteral(node) {
  const type = LITERAL_KINDS[kindOf(node)];
  if (!type) return { ok: false, reason: `not a literal: ${kindOf(node)}` };
  if (type === "string") {
    return { ok: true, type, value: String(node.LiteralValue ?? "") };
  }
  if (type === "dynamic") return readDynamic(node);
  const text = textOf(node).trim();
  const value = readScalarText(type, text);
  if (value === void 0) {
    return { ok: false, reason: `invalid ${type} literal ${text}` };
  }
  return { ok: true, type, value };
}
function readScalarText(type, text) {
  const inner = unwrap(text);
  if (inner.toLowerCase() === "null") return type === "string" ? "" : null;
  switch (type) {
    case "bool":
      return readBool(inner);
    case "int":
    case "long":
      return readLong(inner);
    case "real":
    case "decimal":
      return readReal(inner);
    case "datetime":
      return readDatetime(inner);
    case "timespan":
      return readTimespan(text, inner);
    case "guid":
      return /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(inner) ? inner.toLowerCase() : void 0;
    default:
      return void 0;
  }
}
function unwrap(text) {
  const match = /^[A-Za-z_]+\s*\(([\s\S]*)\)$/.exec(text);
  const inner = (match ? match[1] : text).trim();
  const quoted = /^(["'])([\s\S]*)\1$/.exec(inner);
  return quoted ? quoted[2] : inner;
}
function readBool(text) {
  const lower = text.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return void 0;
}
function readLong(text) {
  const hex = /^([+-]?)0x([0-9a-f]+)$/i.exec(text);
  if (hex) {
    const value = BigInt(`0x${hex[2]}`) * (hex[1] === "-" ? -1n : 1n);
    return parseLong(value.toString()) ?? void 0;
  }
  return parseLong(text) ?? void 0;
}
function readReal(text) {
  const lower = text.toLowerCase();
  if (lower === "nan") return NaN;
  if (lower === "inf" || lower === "+inf") return Infinity;
  if (lower === "-inf") return -Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return void 0;
  return Number(text);
}
function readDatetime(text) {
  const iso = parseDatetime(text);
  if (iso !== null) return iso;
  const hasZone = text.includes("GMT") || /[zZ]$/.test(text);
  const ms = Date.parse(hasZone ? text : `${text} GMT`);
  if (Number.isNaN(ms)) return void 0;
  return parseDatetime(new Date(ms).toISOString()) ?? void 0;
}
var TIMESPAN_UNITS = {
  d: TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  days: TICKS_PER_DAY,
  h: 3600 * TICKS_PER_SECOND,
  hr: 3600 * TICKS_PER_SECOND,
  hrs: 3600 * TICKS_PER_SECOND,
  hour: 3600 * TICKS_PER_SECOND,
  hours: 3600 * TICKS_PER_SECOND,
  m: 60 * TICKS_PER_SECOND,
  min: 60 * TICKS_PER_SECOND,
  minute: 60 * TICKS_PER_SECOND,
  minutes: 60 * TICKS_PER_SECOND,
  s: TICKS_PER_SECOND,
  sec: TICKS_PER_SECOND,
  second: TICKS_PER_SECOND,
  seconds: TICKS_PER_SECOND,
  ms: TICKS_PER_MS,
  milli: TICKS_PER_MS,
  millis: TICKS_PER_MS,
  millisec: TICKS_PER_MS,
  millisecond: TICKS_PER_MS,
  milliseconds: TICKS_PER_MS,
  micro: 10,
  micros: 10,
  microsec: 10,
  microsecond: 10,
  microseconds: 10,
  tick: 1,
  ticks: 1
};
function readTimespan(text, inner) {
  const withUnit = /^([+-]?\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(inner);
  if (withUnit) {
    const unit = TIMESPAN_UNITS[withUnit[2].toLowerCase()];
    return unit === void 0 ? void 0 : Math.round(Number(withUnit[1]) * unit);
  }
  const wrapped = text !== inner;
  if (wrapped && /^[+-]?\d+(\.\d+)?$/.test(inner)) {
    return Math.round(Number(inner) * TICKS_PER_DAY);
  }
  return parseTimespan(inner) ?? void 0;
}
function readDynamic(node) {
  try {
    return { ok: true, type: "dynamic", value: readJson(node.Expression) };
  } catch (error) {
    if (error instanceof LiteralReadError) {
      return { ok: false, reason: error.message };
    }
    throw error;
  }
}
var LiteralReadError = class extends Error {
};
function readJson(node) {
  const kind = kindOf(node);
  if (kind === "JsonArrayExpression") return elementsOf(node.Values).map(readJson);
  if (kind === "JsonObjectExpression") return readJsonObject(node);
  if (kind === "NullLiteralExpression") return null;
  if (kind === "PrefixUnaryExpression" || kind === "UnaryMinusExpression") {
    const value = readJson(node.Expression);
    if (typeof value === "number") return -value;
    if (typeof value === "bigint") return -value;
    throw new LiteralReadError(`invalid dynamic literal ${textOf(node)}`);
  }
  const literal = readLiteral(node);
  if (literal.ok) return toJsonValue(literal.type, literal.value);
  if (kind === "LongLiteralExpression" && /^\d+$/.test(textOf(node).trim())) {
    return Number(textOf(node));
  }
  throw new LiteralReadError(literal.reason);
}
function readJsonObject(node) {
  const result = {};
  for (const pair of elementsOf(node.Pairs)) {
    const name = JSON.parse(jsonStringText(String(pair.Name.Text)));
    result[name] = readJson(pair.Value);
  }
  return result;
}
function jsonStringText(token) {
  if (token.startsWith('"')) return token;
  const body = token.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"');
  return `"${body}"`;
}
function toJsonValue(type, value) {
  if (value === null) return null;
  if (type === "datetime") return formatDatetime(value);
  if (type === "timespan") return formatTimespan(value);
  return value;
}

// src/kql/lower/function-call.ts
var SPECIAL_FUNCTIONS = {
  iff: lowerIff,
  iif: lowerIff,
  case: lowerCase,
  not: lowerNot,
  column_ifexists: lowerColumnIfExists,
  columnifexists: lowerColumnIfExists,
  row_number: lowerWindow("row_number"),
  prev: lowerWindow("prev"),
  next: lowerWindow("next"),
  row_cumsum: lowerWindow("row_cumsum"),
  row_window_session: lowerWindow("row_window_session"),
  ingestion_time: lowerIngestionTime
};
function builtinName(symbol) {
  const known = (name) => name in SPECIAL_FUNCTIONS || !!findScalar(name);
  return preferredName(symbol, known);
}
function aggregateName(symbol) {
  return preferredName(symbol, (name) => !!findAggregate(name));
}
function preferredName(symbol, known) {
  const alternative = symbol.Alternative ? String(symbol.Alternative) : "";
  if (alternative && known(alternative)) return alternative;
  const name = String(symbol.Name);
  return known(name) ? name : void 0;
}
function lowerFunctionCall(node, context) {
  const nested = context.aggregate?.(node);
  if (nested) return nested;
  const body = userFunctionBody(node);
  if (body) {
    const written2 = elementsOf(node.ArgumentList.Expressions);
    return lowerUserScalar(node, body, written2, context);
  }
  const args = orderedArguments(node, context);
  const symbol = node.ReferencedSymbol;
  const name = builtinName(symbol);
  if (name && name in SPECIAL_FUNCTIONS) {
    return SPECIAL_FUNCTIONS[name](node, args, context);
  }
  if (name) {
    return {
      kind: "call",
      offset: offsetOf(context, node),
      type: typeOfNode(context, node),
      name,
      args: args.map((arg) => lowerScalar(arg, context))
    };
  }
  const written = String(symbol?.Name ?? "");
  if (aggregateName(symbol) || symbolClassOf(symbol) !== "FunctionSymbol") {
    const message = `the function '${written}' is not supported here`;
    throw errorAt2(context, node, message, "semantic");
  }
  throw errorAt2(context, node, `the function '${written}' is not supported yet`);
}
function userFunctionBody(node) {
  const expand = node.GetExpansion;
  const expansion = typeof expand === "function" ? node.GetExpansion() : null;
  return expansion && kindOf(expansion) === "FunctionBody" ? expansion : void 0;
}
function bindParameters(node, args, context, firstTable) {
  const symbol = node.ReferencedSymbol;
  const signature = node.ReferencedSignature ?? symbol.Signatures.getItem(0);
  const parameters = signature.Parameters;
  const scope = context.scope.child();
  const { positional, named } = splitArguments(args);
  for (let i = 0; i < parameters.Count; i++) {
    const parameter = parameters.getItem(i);
    const name = String(parameter.Name);
    if (i === 0 && firstTable) {
      scope.bind(name, { kind: "tabular", plan: firstTable });
      continue;
    }
    const argument = named.get(name) ?? positional[i] ?? parameter.DefaultValue;
    if (!argument) {
      throw errorAt2(context, node, `missing argument '${name}'`, "semantic");
    }
    scope.bind(name, bindArgument(argument, context));
  }
  return { ...context, scope, callOffset: offsetOf(context, node) };
}
function orderedArguments(node, context) {
  const written = elementsOf(node.ArgumentList.Expressions);
  const { positional, named } = splitArguments(written);
  if (named.size === 0) return written;
  const signature = node.ReferencedSignature;
  const parameters = [];
  for (let i = 0; i < (signature?.Parameters?.Count ?? 0); i++) {
    parameters.push(String(signature.Parameters.getItem(i).Name).toLowerCase());
  }
  const ordered = positional.filter((arg) => !!arg);
  const byName = new Map([...named].map(([name, arg]) => [name.toLowerCase(), arg]));
  for (const name of parameters.slice(ordered.length)) {
    const argument = byName.get(name);
    if (!argument) break;
    ordered.push(argument);
    byName.delete(name);
  }
  if (byName.size > 0) {
    const message = "a named argument after a left-out parameter is not supported yet; pass the arguments in order";
    throw errorAt2(context, node, message);
  }
  return ordered;
}
function splitArguments(args) {
  const positional = [];
  const named = /* @__PURE__ */ new Map();
  for (const argument of args) {
    if (argument && kindOf(argument) === "SimpleNamedExpression") {
      named.set(nameOf(argument.Name), argument.Expression);
    } else {
      positional.push(argument);
    }
  }
  return { positional, named };
}
function bindArgument(argument, context) {
  if (argument.ResultType?.Columns) {
    const plan = context.lowerTabular(argument, { ...context, row: [] });
    return { kind: "tabular", plan };
  }
  return { kind: "scalar", plan: lowerScalar(argument, context) };
}
function lowerUserScalar(node, body, args, context) {
  const inner = bindParameters(node, args, context);
  const scoped = lowerStatements(body.Statements, inner);
  return lowerScalar(body.Expression, scoped);
}
function lowerIff(node, args, context) {
  const [condition, then, otherwise] = args.map((arg) => lowerScalar(arg, context));
  return {
    kind: "conditional",
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    branches: [{ condition, value: then }],
    otherwise
  };
}
function lowerCase(node, args, context) {
  const lowered = args.map((arg) => lowerScalar(arg, context));
  const branches = [];
  for (let i = 0; i + 1 < lowered.length; i += 2) {
    branches.push({ condition: lowered[i], value: lowered[i + 1] });
  }
  return {
    kind: "conditional",
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    branches,
    otherwise: lowered[lowered.length - 1]
  };
}
function lowerNot(node, args, context) {
  const operand = lowerScalar(args[0], context);
  const offset = offsetOf(context, node);
  return { kind: "not", offset, type: "bool", args: [operand] };
}
function lowerColumnIfExists(node, args, context) {
  const name = constantOf(lowerScalar(args[0], context));
  if (!name.known || typeof name.value !== "string") {
    const message = "the column name of column_ifexists must be a constant string";
    throw errorAt2(context, args[0], message, "semantic");
  }
  const column = context.row.find((candidate) => candidate.name === name.value);
  if (!column) return lowerScalar(args[1], context);
  return {
    kind: "column",
    offset: offsetOf(context, node),
    type: column.type,
    name: column.name
  };
}
function lowerWindow(kind) {
  return (node, args, context) => ({
    kind,
    offset: offsetOf(context, node),
    type: typeOfNode(context, node),
    args: args.map((arg) => lowerScalar(arg, context))
  });
}

// src/kql/lower/scalar.ts
var BINARY_OPERATORS = {
  EqualExpression: "==",
  NotEqualExpression: "!=",
  LessThanExpression: "<",
  LessThanOrEqualExpression: "<=",
  GreaterThanExpression: ">",
  GreaterThanOrEqualExpression: ">=",
  EqualTildeExpression: "=~",
  BangTildeExpression: "!~",
  AddExpression: "+",
  SubtractExpression: "-",
  MultiplyExpression: "*",
  DivideExpression: "/",
  ModuloExpression: "%",
  HasExpression: "has",
  NotHasExpression: "!has",
  HasCsExpression: "has_cs",
  NotHasCsExpression: "!has_cs",
  HasPrefixExpression: "hasprefix",
  NotHasPrefixExpression: "!hasprefix",
  HasPrefixCsExpression: "hasprefix_cs",
  NotHasPrefixCsExpression: "!hasprefix_cs",
  HasSuffixExpression: "hassuffix",
  NotHasSuffixExpression: "!hassuffix",
  HasSuffixCsExpression: "hassuffix_cs",
  NotHasSuffixCsExpression: "!hassuffix_cs",
  ContainsExpression: "contains",
  NotContainsExpression: "!contains",
  ContainsCsExpression: "contains_cs",
  NotContainsCsExpression: "!contains_cs",
  StartsWithExpression: "startswith",
  NotStartsWithExpression: "!startswith",
  StartsWithCsExpression: "startswith_cs",
  NotStartsWithCsExpression: "!startswith_cs",
  EndsWithExpression: "endswith",
  NotEndsWithExpression: "!endswith",
  EndsWithCsExpression: "endswith_cs",
  NotEndsWithCsExpression: "!endswith_cs",
  MatchesRegexExpression: "matches regex"
};
var LIST_OPERATORS = {
  InExpression: "in",
  NotInExpression: "!in",
  InCsExpression: "in~",
  NotInCsExpression: "!in~",
  HasAnyExpression: "has_any",
  HasAllExpression: "has_all"
};
var RANGE_OPERATORS = {
  BetweenExpression: "between",
  NotBetweenExpression: "!between"
};
function lowerScalar(node, context) {
  const kind = kindOf(node);
  if (isLiteral(node)) {
    const literal = readLiteral(node);
    if (!literal.ok) throw errorAt2(context, node, literal.reason, "semantic");
    const offset = offsetOf(context, node);
    return { kind: "literal", offset, type: literal.type, value: literal.value };
  }
  if (kind in BINARY_OPERATORS) {
    const left = lowerScalar(node.Left, context);
    const right = lowerScalar(node.Right, context);
    return callPlan(context, node, BINARY_OPERATORS[kind], [left, right]);
  }
  if (kind in LIST_OPERATORS) return lowerListOperator(node, context);
  if (kind in RANGE_OPERATORS) return lowerBetween(node, context);
  return lowerOther(kind, node, context);
}
function lowerOther(kind, node, context) {
  switch (kind) {
    case "ParenthesizedExpression":
    case "UnaryPlusExpression":
      return lowerScalar(node.Expression, context);
    case "AndExpression":
      return lowerLogical("and", node, context);
    case "OrExpression":
      return lowerLogical("or", node, context);
    case "UnaryMinusExpression":
      return lowerNegate(node, context);
    case "NameReference":
      return lowerName(node, context);
    case "PathExpression":
      return lowerPath(node, context);
    case "ElementExpression":
      return lowerElement(node, context);
    case "FunctionCallExpression":
      return lowerFunctionCall(node, context);
    case "ToScalarExpression":
      return lowerToScalar(node, context);
    default:
      throw errorAt2(context, node, unsupportedMessage(kind, node));
  }
}
function unsupportedMessage(kind, node) {
  const operator = node.Operator?.Text;
  if (operator) return `the operator '${String(operator)}' is not supported yet`;
  return `the expression '${describe(kind)}' is not supported yet`;
}
function callPlan(context, node, name, args) {
  if (!findScalar(name)) {
    const isWord = /^[a-z_]/.test(name) && !name.includes(" ");
    const what = isWord ? "function" : "operator";
    throw errorAt2(context, node, `the ${what} '${name}' is not supported yet`);
  }
  const offset = offsetOf(context, node);
  return { kind: "call", offset, type: typeOfNode(context, node), name, args };
}
function lowerLogical(kind, node, context) {
  const args = [lowerScalar(node.Left, context), lowerScalar(node.Right, context)];
  return { kind, offset: offsetOf(context, node), type: "bool", args };
}
function lowerNegate(node, context) {
  const operand = lowerScalar(node.Expression, context);
  if (operand.kind === "literal") {
    const value = operand.value;
    if (typeof value === "number") return { ...operand, value: -value };
    if (typeof value === "bigint") return { ...operand, value: -value };
  }
  return callPlan(context, node, "negate", [operand]);
}
function lowerName(node, context) {
  const symbolClass = symbolClassOf(node.ReferencedSymbol);
  const name = nameOf(node);
  if (symbolClass === "ColumnSymbol") {
    const type = typeOfNode(context, node);
    return { kind: "column", offset: offsetOf(context, node), type, name };
  }
  if (symbolClass === "VariableSymbol" || symbolClass === "ParameterSymbol") {
    const binding = context.scope.lookup(name);
    if (binding?.kind === "scalar") return binding.plan;
  }
  throw errorAt2(context, node, `the name '${name}' is not supported here yet`);
}
function lowerPath(node, context) {
  const container = node.Expression;
  const side = kindOf(container) === "NameReference" ? nameOf(container) : "";
  if (side === "$left" || side === "$right") {
    const type = typeOfNode(context, node);
    const name = nameOf(node.Selector);
    return { kind: "column", offset: offsetOf(context, node), type, name };
  }
  const member = unbracket(node.Selector);
  const key = kindOf(member) === "NameReference" ? {
    kind: "literal",
    offset: offsetOf(context, member),
    type: "string",
    value: nameOf(member)
  } : lowerScalar(member, context);
  return callPlan(context, node, ".", [lowerScalar(container, context), key]);
}
function lowerElement(node, context) {
  const container = lowerScalar(node.Expression, context);
  const index = lowerScalar(unbracket(node.Selector), context);
  return callPlan(context, node, "[]", [container, index]);
}
function unbracket(selector) {
  return kindOf(selector) === "BracketedExpression" ? selector.Expression : selector;
}
function lowerListOperator(node, context) {
  const items = elementsOf(node.Right.Expressions).map((item) => {
    if (!item.ResultType?.Columns) return lowerScalar(item, context);
    const input = context.lowerTabular(item, { ...context, row: [] });
    return {
      kind: "column-array",
      offset: offsetOf(context, item),
      type: "dynamic",
      id: context.state.nextId++,
      input
    };
  });
  const name = LIST_OPERATORS[kindOf(node)];
  const left = lowerScalar(node.Left, context);
  return callPlan(context, node, name, [left, ...items]);
}
function lowerBetween(node, context) {
  const couple = node.Right;
  return callPlan(context, node, RANGE_OPERATORS[kindOf(node)], [
    lowerScalar(node.Left, context),
    lowerScalar(couple.First, context),
    lowerScalar(couple.Second, context)
  ]);
}
function lowerToScalar(node, context) {
  const input = context.lowerTabular(node.Expression, { ...context, row: [] });
  return {
    kind: "toscalar",
    offset: offsetOf(context, node),
    type: input.columns[0]?.type ?? "dynamic",
    id: context.state.nextId++,
    input
  };
}
function describe(kind) {
  const words = kind.replace(/Expression$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.toLowerCase();
}

// src/kql/lower/statements.ts
function lowerStatements(list, context) {
  const scoped = { ...context, scope: context.scope.child() };
  for (const statement of elementsOf(list)) {
    const kind = kindOf(statement);
    if (kind === "LetStatement") {
      lowerLet(statement, scoped);
    } else if (kind !== "ExpressionStatement") {
      const message = `the statement '${describe2(kind)}' is not supported yet`;
      throw errorAt2(scoped, statement, message);
    }
  }
  return scoped;
}
function queryExpressionOf(list) {
  const statements = elementsOf(list).filter(
    (statement) => kindOf(statement) === "ExpressionStatement"
  );
  return statements[statements.length - 1]?.Expression;
}
function lowerLet(statement, context) {
  const name = nameOf(statement.Name);
  const expression = statement.Expression;
  if (kindOf(expression) === "FunctionDeclaration") return;
  const constants = withRow(context, []);
  if (expression.ResultType?.Columns) {
    const plan2 = context.lowerTabular(expression, constants);
    context.scope.bind(name, { kind: "tabular", plan: plan2 });
    return;
  }
  const lowered = lowerScalar(expression, constants);
  const offset = offsetOf(context, statement);
  const plan = variableOf(name, lowered, offset, context);
  context.scope.bind(name, { kind: "scalar", plan });
}
function variableOf(name, expression, offset, context) {
  const constant = constantOf(expression);
  if (constant.known && context.callOffset === void 0) {
    const { type } = expression;
    context.state.constants.push({ name, offset, type, value: constant.value });
  }
  return {
    kind: "variable",
    offset,
    type: expression.type,
    name,
    id: context.state.nextId++,
    expression,
    ...constant.known ? { value: constant.value } : {}
  };
}
function constantOf(plan) {
  if (plan.kind === "literal") return { known: true, value: plan.value };
  if (plan.kind === "variable" && "value" in plan) {
    return { known: true, value: plan.value ?? null };
  }
  return { known: false };
}
function describe2(kind) {
  const words = kind.replace(/Statement$/, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return words.toLowerCase();
}

// src/kql/plan/types.ts
function assertNever(value) {
  const kind = value?.kind;
  throw new Error(`unexpected plan node of kind ${String(kind)}`);
}

// src/kql/compile/placement.ts
function placed(compiler, offset, error) {
  if (!(error instanceof InputError) || error.line !== void 0) return error;
  const position = positionAt(compiler.text, offset);
  return new InputError(error.message, {
    line: position.line,
    column: position.column,
    sourceLine: position.sourceLine,
    hint: error.hint,
    kind: error.kind
  });
}
function guard(compiler, offset, compute) {
  try {
    return compute();
  } catch (error) {
    throw placed(compiler, offset, error);
  }
}
function placedError(compiler, offset, message, kind, hint) {
  return placed(compiler, offset, new InputError(message, { kind, hint }));
}

// src/kql/compile/window.ts
function compileWindow(plan, columns, compiler) {
  const window = compiler.runtime.window;
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  switch (plan.kind) {
    case "row_number":
      return compileRowNumber(args, compiler.runtime);
    case "row_cumsum":
      return compileCumulativeSum(args, compiler.runtime, plan.type);
    case "row_window_session":
      return compileSession(args, compiler.runtime);
    default:
      break;
  }
  const [expression, distanceArg, fallback] = args;
  const sign = plan.kind === "prev" ? -1 : 1;
  const missing = plan.type === "string" ? "" : null;
  return (row) => {
    const distance = distanceArg ? Number(distanceArg(row) ?? 1) : 1;
    const target = window.rows[window.index + sign * distance];
    if (target) return expression(target);
    return fallback ? fallback(row) : missing;
  };
}
function compileRowNumber([start, restart], runtime) {
  const startAt = (row) => Number(start ? start(row) ?? 1 : 1);
  if (!restart) return (row) => runtime.window.index + startAt(row);
  return sequential(
    runtime,
    () => ({ number: 0 }),
    (state, row, first) => {
      state.number = first || restart(row) === true ? startAt(row) : state.number + 1;
      return state.number;
    }
  );
}
function compileCumulativeSum([term, restart], runtime, type) {
  const integral = type === "long" || type === "int";
  const add = (a, b) => {
    if (b === null) return a;
    if (!integral) return Number(a) + Number(b);
    return longOperation(a, b, (x, y) => x + y, (x, y) => x + y);
  };
  return sequential(
    runtime,
    () => ({ total: 0 }),
    (state, row, first) => {
      const restarted = first || restart !== void 0 && restart(row) === true;
      state.total = add(restarted ? 0 : state.total, term(row));
      return state.total;
    }
  );
}
function compileSession([expression, fromFirst, betweenNeighbors, restart], runtime) {
  const reaches = (value, base, distance) => base === null || distance === null || value >= base + Number(distance);
  return sequential(
    runtime,
    () => ({ start: null, previous: null }),
    (state, row) => {
      const value = expression(row);
      if (value === null) {
        state.start = null;
        state.previous = null;
        return null;
      }
      const restarted = state.start === null || reaches(value, state.start, fromFirst(row)) || reaches(value, state.previous, betweenNeighbors(row)) || restart !== void 0 && restart(row) === true;
      if (restarted) state.start = value;
      state.previous = value;
      return state.start;
    }
  );
}
function sequential(runtime, initial, step) {
  let rows;
  let state = initial();
  let next = 0;
  let last = null;
  return () => {
    const window = runtime.window;
    const target = window.index;
    if (window.rows !== rows || target < next - 1) {
      rows = window.rows;
      state = initial();
      next = 0;
    }
    while (next <= target) {
      window.index = next;
      last = step(state, rows[next], next === 0);
      next++;
    }
    window.index = target;
    return last;
  };
}

// src/kql/compile/scalar.ts
function compileScalar(plan, columns, compiler, memo) {
  switch (plan.kind) {
    case "literal": {
      const value = plan.value;
      return () => value;
    }
    case "column":
      return compileColumn(plan, columns, compiler);
    case "variable":
      return compileVariable(plan, compiler);
    case "call":
      return remember(plan, memo, compileCall(plan, columns, compiler, memo));
    case "and":
    case "or":
    case "not":
      return compileLogical(plan, columns, compiler, memo);
    case "conditional":
      return compileConditional(plan, columns, compiler, memo);
    case "toscalar":
    case "column-array":
      return compileTabularValue(plan, compiler);
    case "row_number":
    case "prev":
    case "next":
    case "row_cumsum":
    case "row_window_session":
      return compileWindow(plan, columns, compiler);
    case "ingestion_time":
      return compileIngestionTime(compileScalar(plan.fallback, columns, compiler));
    default:
      return assertNever(plan);
  }
}
function compileColumn(plan, columns, compiler) {
  const index = columns.findIndex((column) => column.name === plan.name);
  if (index < 0) {
    const message = `unknown column '${plan.name}'`;
    const hint = "check the column name against the columns the operator receives";
    throw placedError(compiler, plan.offset, message, "semantic", hint);
  }
  return (row) => row[index];
}
function compileVariable(plan, compiler) {
  if ("value" in plan) {
    const value = plan.value ?? null;
    return () => value;
  }
  const expression = compiler.scalar(plan.expression, []);
  return once(plan.id, compiler, () => expression([]));
}
function once(id, compiler, compute) {
  const cache = compiler.runtime.cache;
  return () => {
    if (cache.has(id)) return cache.get(id);
    const value = compute();
    cache.set(id, value);
    return value;
  };
}
function remember(plan, memo, compute) {
  const key = memo?.keyOf(plan);
  const slot = key === void 0 ? void 0 : memo?.slots.get(key);
  if (!memo || slot === void 0) return compute;
  const { values, stamps } = memo;
  return (row) => {
    if (stamps[slot] === memo.stamp) return values[slot];
    const value = compute(row);
    values[slot] = value;
    stamps[slot] = memo.stamp;
    return value;
  };
}
function compileCall(plan, columns, compiler, memo) {
  const fn = findScalar(plan.name);
  if (!fn) {
    const message = `the function '${plan.name}' is not supported yet`;
    throw placedError(compiler, plan.offset, message, "unsupported");
  }
  const site = {
    name: plan.name,
    argTypes: plan.args.map((arg) => arg.type),
    resultType: plan.type,
    constants: plan.args.map((arg) => {
      const constant = constantOf(arg);
      return constant.known ? constant.value : void 0;
    }),
    now: () => compiler.runtime.now
  };
  const impl = guard(compiler, plan.offset, () => fn.compile(site));
  const args = plan.args.map((arg) => compiler.scalar(arg, columns, memo));
  return callWith(impl, args, compiler, plan.offset);
}
function callWith(impl, args, compiler, offset) {
  const run = (values) => {
    try {
      return impl(values);
    } catch (error) {
      throw placed(compiler, offset, error);
    }
  };
  if (args.length === 0) return () => run([]);
  if (args.length === 1) {
    const [first] = args;
    return (row) => run([first(row)]);
  }
  if (args.length === 2) {
    const [first, second] = args;
    return (row) => run([first(row), second(row)]);
  }
  return (row) => run(args.map((arg) => arg(row)));
}
function compileLogical(plan, columns, compiler, memo) {
  const [left, right] = plan.args.map((arg) => compiler.scalar(arg, columns, memo));
  if (plan.kind === "not") {
    return (row) => {
      const value = left(row);
      return value === null ? null : !value;
    };
  }
  const decisive = plan.kind === "or";
  return (row) => {
    const a = left(row);
    if (a === decisive) return decisive;
    const b = right(row);
    if (b === decisive) return decisive;
    return a === null || b === null ? null : !decisive;
  };
}
function compileConditional(plan, columns, compiler, memo) {
  const branches = plan.branches.map((branch) => ({
    condition: compiler.scalar(branch.condition, columns, memo),
    value: compiler.scalar(branch.value, columns, memo)
  }));
  const otherwise = compiler.scalar(plan.otherwise, columns, memo);
  return (row) => {
    for (const branch of branches) {
      if (branch.condition(row) === true) return branch.value(row);
    }
    return otherwise(row);
  };
}
function compileTabularValue(plan, compiler) {
  const input = compiler.tabular(plan.input);
  if (plan.kind === "toscalar") {
    return once(plan.id, compiler, () => input().rows[0]?.[0] ?? null);
  }
  return once(plan.id, compiler, () => input().rows.map((row) => row[0]));
}

// src/kql/operators/count.ts
function lowerCount(node, input, context) {
  const columns = columnsOfNode(context, node);
  return { kind: "count", offset: offsetOf(context, node), columns, input };
}
function compileCount(plan, compiler) {
  const input = compiler.tabular(plan.input);
  return () => ({ columns: plan.columns, rows: [[input().rows.length]] });
}

// src/kql/lower/tuple.ts
var UNSUPPORTED_TUPLE_FUNCTIONS = {
  series_decompose_anomalies: "series_decompose_anomalies() is not supported: its seasonality detection and anomaly model cannot be reproduced exactly outside Kusto",
  series_decompose: "series_decompose() is not supported: its seasonality detection cannot be reproduced exactly outside Kusto",
  series_decompose_forecast: "series_decompose_forecast() is not supported: its forecasting model cannot be reproduced exactly outside Kusto"
};
function tupleColumns(expression, context) {
  const type = expression.ResultType;
  if (!type?.Columns || kindOf(expression) !== "FunctionCallExpression") {
    return void 0;
  }
  return columnsOfTable(type).map(({ name, type: columnType }) => {
    if (columnType) return { name, type: columnType };
    const message = `the type of column '${name}' is not supported yet`;
    throw errorAt2(context, expression, message);
  });
}
function lowerTupleCall(node, context) {
  const written = String(node.ReferencedSymbol?.Name ?? "");
  const reason = UNSUPPORTED_TUPLE_FUNCTIONS[written];
  if (reason) throw errorAt2(context, node, reason);
  const name = builtinName(node.ReferencedSymbol);
  if (!name) {
    const message = `the function '${written}' is not supported yet`;
    throw errorAt2(context, node, message);
  }
  const args = orderedArguments(node, context);
  return {
    kind: "call",
    offset: offsetOf(context, node),
    type: "dynamic",
    name,
    args: args.map((arg) => lowerScalar(arg, context))
  };
}
function tupleElement(tuple, index, column) {
  const offset = tuple.offset;
  const position = { kind: "literal", offset, type: "long", value: index };
  return { kind: "call", offset, type: column.type, name: "[]", args: [tuple, position] };
}

// src/kql/lower/named.ts
function writtenExpressions(list, context, allowNames = false) {
  return elementsOf(list).map((node) => {
    const kind = kindOf(node);
    if (kind === "SimpleNamedExpression") {
      return { node, name: nameOf(node.Name), expression: node.Expression };
    }
    if (kind === "CompoundNamedExpression") {
      if (!allowNames) {
        const message = "assigning one expression to several names is not supported here yet";
        throw errorAt2(context, node, message);
      }
      const names = elementsOf(node.Names.Names).map((name) => nameOf(name));
      return { node, names, expression: node.Expression };
    }
    return { node, expression: node };
  });
}
function lowerNamedExpressions(list, context, outputColumns, appendOnly) {
  const existing = new Set(context.row.map((column) => column.name));
  let slot = 0;
  const resolveName = (name, fallback) => {
    const takesSlot = !appendOnly || name === void 0 || !existing.has(name);
    const resolved = name ?? outputColumns[slot]?.name ?? fallback;
    if (takesSlot) slot++;
    existing.add(resolved);
    return resolved;
  };
  const items = [];
  for (const written of writtenExpressions(list, context, true)) {
    const { expression } = written;
    const tuple = tupleColumns(expression, context);
    if (!tuple) {
      const name = resolveName(written.name ?? written.names?.[0], nameOf(expression));
      items.push({ name, expression: lowerScalar(expression, context) });
      continue;
    }
    const call = lowerTupleCall(expression, context);
    const names = written.names ?? (written.name ? [written.name] : []);
    for (const [index, column] of tuple.entries()) {
      if (names[index] === void 0 && slot >= outputColumns.length) break;
      const name = resolveName(names[index], column.name);
      items.push({ name, expression: tupleElement(call, index, column) });
    }
  }
  return items;
}

// src/kql/operators/distinct.ts
function lowerDistinct(node, input, context) {
  const columns = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items = elementsOf(node.Expressions);
  const star = items.some((item) => kindOf(item) === "StarExpression");
  const named = star ? columns.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name }
  })) : lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns,
    false
  );
  return { kind: "distinct", offset, columns, input, items: named };
}
function compileDistinct(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map(
    (item) => compiler.scalar(item.expression, plan.input.columns)
  );
  const types = plan.items.map((item) => item.expression.type);
  return () => {
    const seen = /* @__PURE__ */ new Map();
    for (const row of input().rows) {
      const values = items.map((item) => item(row));
      const key = rowKey(values, types);
      if (!seen.has(key)) seen.set(key, values);
    }
    return { columns: plan.columns, rows: [...seen.values()] };
  };
}

// src/kql/lower/schema-needed.ts
var SchemaNeeded = class extends Error {
  constructor(input, insertAt, columnsFor) {
    super("the output columns of an operator depend on the data");
    this.input = input;
    this.insertAt = insertAt;
    this.columnsFor = columnsFor;
    this.name = "SchemaNeeded";
  }
  input;
  insertAt;
  columnsFor;
};

// src/kql/operators/plugin-arguments.ts
function pluginArguments(args, parameters, context, node) {
  const bound = /* @__PURE__ */ new Map();
  let position = 0;
  for (const argument of args) {
    if (kindOf(argument) === "SimpleNamedExpression") {
      const written = nameOf(argument.Name);
      const name = parameters.find((p) => p.toLowerCase() === written.toLowerCase());
      if (!name) {
        const message = `unknown parameter '${written}': the parameters are ${parameters.join(", ")}`;
        throw errorAt2(context, argument, message, "semantic");
      }
      bound.set(name, argument.Expression);
    } else if (position < parameters.length) {
      bound.set(parameters[position++], argument);
    } else {
      const message = `too many arguments: the parameters are ${parameters.join(", ")}`;
      throw errorAt2(context, node, message, "semantic");
    }
  }
  return bound;
}

// src/kql/operators/bag-unpack.ts
var CONFLICTS = ["error", "replace_source", "keep_source"];
var PARAMETERS = ["Column", "OutputColumnPrefix", "columnsConflict"];
function lowerBagUnpack(node, args, input, context) {
  const parameters = pluginArguments(args, PARAMETERS, context, node);
  const bag = parameters.get("Column");
  if (!bag || kindOf(bag) !== "NameReference") {
    const message = "bag_unpack needs a column as its first argument";
    throw errorAt2(context, node, message, "semantic");
  }
  const column = nameOf(bag);
  const prefixNode = parameters.get("OutputColumnPrefix");
  const prefix = prefixNode ? constantText(prefixNode, "prefix", context) : "";
  const conflict = conflictOf(parameters.get("columnsConflict"), context);
  if (!node.Schema) {
    if (context.callOffset !== void 0) {
      const message = "evaluate bag_unpack without an output schema is not supported inside a function yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)";
      throw errorAt2(context, node, message);
    }
    const slots = { column, prefix, conflict };
    const insertAt = Number(node.FunctionCall.End);
    throw new SchemaNeeded(input, insertAt, (table) => unpackedColumns(table, slots));
  }
  return {
    kind: "bag_unpack",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    input,
    column,
    prefix,
    conflict
  };
}
function constantText(argument, what, context) {
  const value = constantOf(lowerScalar(argument, withRow(context, [])));
  if (!value.known || typeof value.value !== "string") {
    const message = `the ${what} of bag_unpack must be a constant string`;
    throw errorAt2(context, argument, message, "semantic");
  }
  return value.value;
}
function conflictOf(argument, context) {
  if (!argument) return "error";
  const text = constantText(argument, "columnsConflict", context);
  const conflict = CONFLICTS.find((candidate) => candidate === text);
  if (!conflict) {
    const message = `invalid columnsConflict '${text}' of bag_unpack: use 'error', 'replace_source' or 'keep_source'`;
    throw errorAt2(context, argument, message, "semantic");
  }
  return conflict;
}
function unpackedColumns(table, slots) {
  const bagIndex = table.columns.findIndex((column) => column.name === slots.column);
  const types = /* @__PURE__ */ new Map();
  for (const row of table.rows) {
    const bag = row[bagIndex];
    if (!isPropertyBag(bag)) continue;
    for (const [slot, value] of Object.entries(bag)) {
      const name = `${slots.prefix}${slot}`;
      const type = value === null ? void 0 : kindOfValue(value);
      const known = types.get(name);
      if (!types.has(name) || known === void 0) types.set(name, type);
      else if (type !== void 0 && type !== known) types.set(name, "dynamic");
    }
  }
  const slotNames = [...types.keys()].sort();
  const kept = table.columns.filter(
    (column) => column.name !== slots.column && !types.has(column.name)
  );
  const added = slotNames.map((name) => {
    const source = table.columns.find(
      (column) => column.name === name && column.name !== slots.column
    );
    if (source && slots.conflict === "error") throw conflictError(name);
    if (source && slots.conflict === "keep_source") return source;
    return { name, type: types.get(name) ?? "dynamic" };
  });
  return [...kept, ...added];
}
function kindOfValue(value) {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "bigint") return "long";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "real";
  return "dynamic";
}
function conflictError(name) {
  return new InputError(
    `bag_unpack: the slot '${name}' has the name of an input column`,
    {
      kind: "runtime",
      hint: "pass columnsConflict='replace_source' or 'keep_source' to bag_unpack, or give it an OutputColumnPrefix"
    }
  );
}
function compileBagUnpack(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const names = plan.input.columns.map((column) => column.name);
  const bagIndex = names.indexOf(plan.column);
  const sources = plan.columns.map((column) => {
    const prefixed = column.name.startsWith(plan.prefix);
    const member = prefixed ? column.name.slice(plan.prefix.length) : void 0;
    const index = names.indexOf(column.name);
    const fromInput = index !== bagIndex && index >= 0;
    return {
      index: fromInput ? index : -1,
      member,
      replace: fromInput && plan.conflict === "replace_source",
      type: column.type
    };
  });
  return () => {
    const rows = input().rows.map((row) => {
      const bag = row[bagIndex];
      return sources.map(({ index, member, replace, type }) => {
        const slot = member !== void 0 && isPropertyBag(bag) && Object.hasOwn(bag, member);
        if (index >= 0 && !(replace && slot)) return row[index];
        const found = slot ? bag[member] : null;
        return convertValue(found ?? null, "dynamic", type);
      });
    });
    return { columns: plan.columns, rows };
  };
}

// src/kql/plan/visit.ts
function scalarChildren(plan) {
  switch (plan.kind) {
    case "literal":
    case "column":
    case "toscalar":
    case "column-array":
      return [];
    case "variable":
      return [plan.expression];
    case "ingestion_time":
      return [plan.fallback];
    case "call":
    case "and":
    case "or":
    case "not":
    case "row_number":
    case "prev":
    case "next":
    case "row_cumsum":
    case "row_window_session":
      return plan.args;
    case "conditional":
      return [
        ...plan.branches.flatMap((branch) => [branch.condition, branch.value]),
        plan.otherwise
      ];
    default:
      return assertNever(plan);
  }
}
function someScalar(plan, test) {
  return test(plan) || scalarChildren(plan).some((child) => someScalar(child, test));
}
var WINDOW_KINDS = [
  "row_number",
  "prev",
  "next",
  "row_cumsum",
  "row_window_session"
];
function usesWindow(plans) {
  const windowKinds = new Set(WINDOW_KINDS);
  return plans.some((plan) => someScalar(plan, (node) => windowKinds.has(node.kind)));
}

// src/kql/operators/rows.ts
function mapRows(rows, runtime, windowed, map) {
  const output = [];
  const window = runtime.window;
  if (windowed) window.rows = rows;
  for (let i = 0; i < rows.length; i++) {
    if (windowed) window.index = i;
    const mapped = map(rows[i]);
    if (mapped) output.push(mapped);
  }
  return output;
}

// src/kql/operators/extend.ts
function lowerExtend(node, input, context) {
  const columns = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns.slice(input.columns.length),
    true
  );
  return {
    kind: "extend",
    offset: offsetOf(context, node),
    columns,
    input,
    assignments
  };
}
function compileAssignments(inputColumns, assignments, compiler, memo) {
  const names = inputColumns.map((column) => column.name);
  const compiled = assignments.map(({ name, expression }) => {
    const compute = compiler.scalar(expression, inputColumns, memo);
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return { index, compute };
  });
  return { assignments: compiled, width: names.length };
}
function assign(row, assignments, width) {
  const values = assignments.map((assignment) => assignment.compute(row));
  const output = row.slice();
  output.length = width;
  assignments.forEach((assignment, i) => {
    output[assignment.index] = values[i];
  });
  return output;
}
function compileExtend(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const { assignments, width } = compileAssignments(
    plan.input.columns,
    plan.assignments,
    compiler
  );
  const expressions = plan.assignments.map((item) => item.expression);
  const windowed = usesWindow(expressions);
  return () => {
    const rows = mapRows(
      input().rows,
      compiler.runtime,
      windowed,
      (row) => assign(row, assignments, width)
    );
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/externaldata.ts
var SEPARATORS2 = {
  csv: ",",
  tsv: "	",
  tsve: "	",
  psv: "|",
  scsv: ";",
  sohsv: ""
};
var OTHER_FORMATS = ["txt", "raw", "json", "multijson"];
var FORMATS2 = [...Object.keys(SEPARATORS2), ...OTHER_FORMATS];
function lowerExternalData(node, context) {
  const columns = columnsOfNode(context, node);
  const urls = elementsOf(node.URIs).map((uri) => constantUrl(uri, context));
  const properties = withProperties(node, context);
  const format = properties.format ?? formatOfUrl(urls[0] ?? "");
  if (!FORMATS2.includes(format)) {
    const message = `externaldata format '${format}' is not supported yet; use one of ${FORMATS2.join(", ")}`;
    throw errorAt2(context, node, message);
  }
  return {
    kind: "externaldata",
    offset: offsetOf(context, node),
    columns,
    urls,
    format,
    ignoreFirstRecord: properties.ignoreFirstRecord
  };
}
function constantUrl(uri, context) {
  const value = uri.ConstantValue;
  if (!uri.IsConstant || typeof value !== "string") {
    throw errorAt2(context, uri, "an externaldata URL that is not a constant string is not supported yet");
  }
  return value;
}
function withProperties(node, context) {
  const result = { ignoreFirstRecord: false };
  const clause = node.WithClause;
  if (!clause) return result;
  for (const property of elementsOf(clause.Properties)) {
    const name = String(property.Name.SimpleName);
    const value = String(property.Expression.ConstantValue ?? "");
    if (name.toLowerCase() === "format") {
      result.format = value.toLowerCase();
    } else if (name.toLowerCase() === "ignorefirstrecord") {
      result.ignoreFirstRecord = value.toLowerCase() === "true";
    } else {
      throw errorAt2(context, property, `externaldata property '${name}' is not supported yet`);
    }
  }
  return result;
}
function formatOfUrl(url) {
  const path = url.split(/[?#]/)[0];
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  return extension !== void 0 && FORMATS2.includes(extension) ? extension : "csv";
}
function compileExternalData(plan, compiler) {
  return () => {
    const given = compiler.runtime.externalData ?? {};
    const rows = plan.urls.flatMap((url) => {
      const source = findSource(given, url);
      if (!source) return [];
      try {
        return readSource(source, plan);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const message = `the content of externaldata '${url}' does not fit its schema: ${reason}`;
        throw queryError(compiler.text, plan.offset, message, "semantic");
      }
    });
    return { columns: plan.columns, rows };
  };
}
function findSource(given, url) {
  if (url in given) return given[url];
  const base = url.split("?")[0];
  const key = Object.keys(given).find((candidate) => candidate.split("?")[0] === base);
  return key === void 0 ? void 0 : given[key];
}
function readSource(source, plan) {
  if ("rows" in source) return source.rows.map((row) => rowByName(row, plan.columns));
  const records = recordsOf(source.text, plan.format);
  const kept = plan.ignoreFirstRecord ? records.slice(1) : records;
  return kept.map(
    (record) => Array.isArray(record) ? rowByPosition(record, plan.columns) : rowByName(record, plan.columns)
  );
}
function recordsOf(text, format) {
  if (format in SEPARATORS2) return parseSeparated(text, SEPARATORS2[format]);
  if (format === "raw") return [[text]];
  if (format === "txt") return lines(text).map((line) => [line]);
  if (format === "json") return lines(text).map(parseJsonObject);
  return parseMultiJson(text);
}
function lines(text) {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}
function parseJsonObject(text) {
  const value = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`expected a JSON object, got ${text.slice(0, 40)}`);
  }
  return value;
}
function parseMultiJson(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const value = JSON.parse(trimmed);
    return value.map((item) => parseJsonObject(JSON.stringify(item)));
  }
  return splitJsonObjects(trimmed).map(parseJsonObject);
}
function splitJsonObjects(text) {
  const objects = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "{") {
      if (depth === 0) start = i;
      depth++;
    } else if (char === "}" && --depth === 0) {
      objects.push(text.slice(start, i + 1));
    }
  }
  return objects;
}
function parseSeparated(text, separator) {
  const records = [];
  let fields = [];
  let field = "";
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push(fields);
    fields = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === separator) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      field += char;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}
function rowByPosition(fields, columns) {
  return columns.map((column, i) => fieldValue(fields[i], column));
}
function rowByName(record, columns) {
  return columns.map((column) => {
    const value = record[column.name];
    if (typeof value === "string") return fieldValue(value, column);
    return coerceValue(value, column.type, `column ${column.name}`);
  });
}
function fieldValue(text, column) {
  if (text === void 0 || text === "" && column.type !== "string") {
    return column.type === "string" ? "" : null;
  }
  if (column.type === "dynamic") return parseDynamic(text);
  return coerceValue(text, column.type, `column ${column.name}`);
}
function parseDynamic(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return text;
  }
}

// src/kql/operators/join.ts
var JOIN_KINDS = [
  "innerunique",
  "inner",
  "leftouter",
  "rightouter",
  "fullouter",
  "leftanti",
  "rightanti",
  "leftsemi",
  "rightsemi"
];
var KIND_ALIASES = {
  anti: "leftanti",
  leftantisemi: "leftanti",
  rightantisemi: "rightanti"
};
function lowerJoin(node, left, context) {
  const joinKind = joinKindOf(node, context);
  const right = context.lowerTabular(node.Expression, withRow(context, []));
  const keys = lowerConditions(node.ConditionClause, left, right, context);
  const columns = columnsOfNode(context, node);
  const sources = sourcesOf(joinKind, left.columns, right.columns);
  if (sources.length !== columns.length) {
    const message = "the columns of this join could not be matched to its inputs";
    throw errorAt2(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "join",
    offset: offsetOf(context, node),
    columns,
    left,
    right,
    ...keys,
    sources
  };
}
function joinKindOf(node, context, fallback = "innerunique") {
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() !== "kind") continue;
    const value = textOf(parameter.Expression).trim().toLowerCase();
    const kind = KIND_ALIASES[value] ?? JOIN_KINDS.find((candidate) => candidate === value);
    if (!kind) {
      const message = `the join kind '${value}' is not supported yet`;
      throw errorAt2(context, parameter, message);
    }
    return kind;
  }
  return fallback;
}
function lowerConditions(clause, left, right, context) {
  if (!clause || kindOf(clause) !== "JoinOnClause") {
    const message = "a join condition other than 'on' is not supported yet";
    throw errorAt2(context, clause ?? left, message);
  }
  const leftContext = withRow(context, left.columns);
  const rightContext = withRow(context, right.columns);
  const leftKeys = [];
  const rightKeys = [];
  const visit = (condition) => {
    const kind = kindOf(condition);
    if (kind === "AndExpression") {
      visit(condition.Left);
      visit(condition.Right);
    } else if (kind === "ParenthesizedExpression") {
      visit(condition.Expression);
    } else if (kind === "NameReference") {
      leftKeys.push(lowerScalar(condition, leftContext));
      rightKeys.push(lowerScalar(condition, rightContext));
    } else if (kind === "EqualExpression") {
      const leftFirst = sideOf(condition.Left) !== "right";
      const [a, b] = leftFirst ? [condition.Left, condition.Right] : [condition.Right, condition.Left];
      leftKeys.push(lowerScalar(a, leftContext));
      rightKeys.push(lowerScalar(b, rightContext));
    } else {
      const message = "a join condition other than equality of columns is not supported yet";
      throw errorAt2(context, condition, message);
    }
  };
  for (const condition of elementsOf(clause.Expressions)) visit(condition);
  return { leftKeys, rightKeys };
}
function sideOf(node) {
  if (kindOf(node) !== "PathExpression") return void 0;
  const name = nameOf(node.Expression);
  if (name === "$right") return "right";
  return name === "$left" ? "left" : void 0;
}
function sourcesOf(kind, left, right) {
  const leftSources = left.map((_, index) => ({ side: "left", index }));
  const rightSources = right.map((_, index) => ({ side: "right", index }));
  if (kind === "leftsemi" || kind === "leftanti") return leftSources;
  if (kind === "rightsemi" || kind === "rightanti") return rightSources;
  return [...leftSources, ...rightSources];
}
function compileJoin(plan, compiler) {
  const left = compiler.tabular(plan.left);
  const right = compiler.tabular(plan.right);
  const leftKey = keyFunction(plan.leftKeys, plan.left.columns, compiler);
  const rightKey = keyFunction(plan.rightKeys, plan.right.columns, compiler);
  const emit = emitter(plan);
  return () => {
    const leftRows = left().rows;
    const rightRows = right().rows;
    const rows = isRightDriven(plan.joinKind) ? joinFromRight(plan.joinKind, leftRows, rightRows, leftKey, rightKey, emit) : joinFromLeft(plan.joinKind, leftRows, rightRows, leftKey, rightKey, emit);
    return { columns: plan.columns, rows };
  };
}
function emitter(plan) {
  const missing = (type) => type === "string" ? "" : null;
  const leftMissing = plan.left.columns.map((column) => missing(column.type));
  const rightMissing = plan.right.columns.map((column) => missing(column.type));
  return (l, r) => plan.sources.map(({ side, index }) => {
    if (side === "left") return l ? l[index] : leftMissing[index];
    return r ? r[index] : rightMissing[index];
  });
}
function keyFunction(keys, columns, compiler) {
  const functions = keys.map((key) => compiler.scalar(key, columns));
  const types = keys.map((key) => key.type);
  return (row) => {
    const values = functions.map((fn) => fn(row));
    if (values.some((value) => value === null)) return void 0;
    return rowKey(values, types);
  };
}
function indexRows(rows, key) {
  const index = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const id = key(row);
    if (id === void 0) continue;
    const bucket = index.get(id);
    if (bucket) bucket.push(row);
    else index.set(id, [row]);
  }
  return index;
}
function isRightDriven(kind) {
  return kind === "rightanti" || kind === "rightsemi" || kind === "rightouter";
}
function joinFromRight(kind, leftRows, rightRows, leftKey, rightKey, emit) {
  const output = [];
  const leftIndex = indexRows(leftRows, leftKey);
  for (const r of rightRows) {
    const id = rightKey(r);
    const matches = id === void 0 ? void 0 : leftIndex.get(id);
    if (kind === "rightanti") {
      if (!matches) output.push(emit(void 0, r));
    } else if (kind === "rightsemi") {
      if (matches) output.push(emit(void 0, r));
    } else if (matches) {
      for (const l of matches) output.push(emit(l, r));
    } else {
      output.push(emit(void 0, r));
    }
  }
  return output;
}
function joinFromLeft(kind, leftRows, rightRows, leftKey, rightKey, emit) {
  const output = [];
  const rightIndex = indexRows(rightRows, rightKey);
  const seenLeftKeys = /* @__PURE__ */ new Set();
  const matchedRight = /* @__PURE__ */ new Set();
  for (const l of leftRows) {
    const id = leftKey(l);
    if (kind === "innerunique" && id !== void 0) {
      if (seenLeftKeys.has(id)) continue;
      seenLeftKeys.add(id);
    }
    const matches = id === void 0 ? void 0 : rightIndex.get(id);
    if (kind === "leftanti") {
      if (!matches) output.push(emit(l, void 0));
    } else if (kind === "leftsemi") {
      if (matches) output.push(emit(l, void 0));
    } else if (matches) {
      for (const r of matches) {
        output.push(emit(l, r));
        matchedRight.add(r);
      }
    } else if (kind === "leftouter" || kind === "fullouter") {
      output.push(emit(l, void 0));
    }
  }
  if (kind === "fullouter") {
    for (const r of rightRows) {
      if (!matchedRight.has(r)) output.push(emit(void 0, r));
    }
  }
  return output;
}

// src/kql/operators/aggregate.ts
var ROW_AGGREGATES = /* @__PURE__ */ new Set(["arg_max", "arg_min", "take_any"]);
var ROW_AGGREGATE_NAMES = /* @__PURE__ */ new Set([
  ...ROW_AGGREGATES,
  "any"
]);
function isAggregateCall2(node) {
  if (kindOf(node) !== "FunctionCallExpression") return false;
  const symbol = node.ReferencedSymbol;
  const name = String(symbol?.Name ?? "");
  return rowAggregateName(name) !== void 0 || aggregateName(symbol) !== void 0;
}
function lowerAggregate(node, context, columns) {
  const symbolName = String(node.ReferencedSymbol?.Name ?? "");
  const name = rowAggregateName(symbolName) ?? aggregateName(node.ReferencedSymbol);
  if (!name) {
    const message = `the aggregation function '${symbolName}' is not supported yet`;
    throw errorAt2(context, node, message);
  }
  const argNodes = orderedArguments(node, context);
  const star = argNodes.some((arg) => kindOf(arg) === "StarExpression");
  const args = argNodes.filter((arg) => kindOf(arg) !== "StarExpression").map((arg) => lowerScalar(arg, context));
  const tuple = node.ResultType?.Columns;
  const width = tuple ? Number(tuple.Count) : 1;
  const outputs = columns.slice(0, width);
  const type = tuple ? outputs[0]?.type ?? "dynamic" : typeOfNode(context, node);
  const offset = offsetOf(context, node);
  const plan = { offset, name, args, type, outputs };
  if (!star) return plan;
  const tupleNames = [];
  for (let i = 0; tuple && i < width; i++) {
    tupleNames.push(String(tuple.getItem(i).Name));
  }
  const names = context.row.map((column) => column.name);
  const rowColumns = tupleNames.slice(args.length).map((name2) => names.indexOf(name2));
  return { ...plan, rowColumns };
}
function rowAggregateName(name) {
  if (name === "any") return "take_any";
  return ROW_AGGREGATES.has(name) ? name : void 0;
}
function compileAggregate(plan, columns, compiler) {
  const args = plan.args.map((arg) => compiler.scalar(arg, columns));
  if (ROW_AGGREGATES.has(plan.name)) return compileRowAggregate(plan, args);
  const fn = findAggregate(plan.name);
  if (!fn) throw new Error(`aggregate '${plan.name}' is missing from the registry`);
  const site = {
    name: plan.name,
    argTypes: plan.args.map((arg) => arg.type),
    resultType: plan.type,
    constants: plan.args.map((arg) => {
      const constant = constantOf(arg);
      return constant.known ? constant.value : void 0;
    }),
    now: () => compiler.runtime.now
  };
  const factory = guard(compiler, plan.offset, () => fn.compile(site));
  return () => {
    const accumulator = factory();
    return {
      add: (row) => accumulator.add(args.map((arg) => arg(row))),
      result: () => [accumulator.result()]
    };
  };
}
function compileRowAggregate(plan, args) {
  const better = rowPicker(plan.name, plan.args[0]?.type ?? "dynamic");
  const rowColumns = plan.rowColumns ?? [];
  const empty = plan.outputs.map((output) => output.type === "string" ? "" : null);
  return () => {
    let chosen;
    let first;
    let best = null;
    return {
      add: (row) => {
        first ??= row;
        const value = plan.name === "take_any" ? null : args[0](row);
        if (!better(chosen !== void 0, value, best)) return;
        chosen = row;
        best = value;
      },
      result: () => {
        const row = chosen ?? first;
        if (!row) return [...empty];
        const picked = rowColumns.map((index) => row[index] ?? null);
        return [...args.map((arg) => arg(row)), ...picked];
      }
    };
  };
}
function rowPicker(name, type) {
  if (name === "take_any") return (hasRow) => !hasRow;
  const sign = name === "arg_max" ? 1 : -1;
  return (hasRow, value, best) => {
    if (value === null) return false;
    if (!hasRow || best === null) return true;
    return sign * compareValues(value, best, type) > 0;
  };
}

// src/kql/operators/make-series.ts
var MAX_SERIES_LENGTH = 1048576;
function lowerMakeSeries(node, input, context) {
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name);
    const message = `the make-series parameter '${name}' is not supported yet`;
    throw errorAt2(context, parameter, message);
  }
  const columns = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns.slice(0, keyCount);
  const keys = byList ? lowerNamedExpressions(byList, rowContext, keyColumns, false) : [];
  const aggregates2 = elementsOf(node.Aggregates).map((item, i) => {
    const output = columns[keyCount + i];
    return lowerSeriesAggregate(item, output, rowContext);
  });
  const axis = lowerScalar(node.OnClause.Expression, rowContext);
  const range = rangeOf(node.RangeClause, withRow(context, []));
  return {
    kind: "make-series",
    offset: offsetOf(context, node),
    columns,
    input,
    keys,
    aggregates: aggregates2,
    axis,
    ...range
  };
}
function lowerSeriesAggregate(item, output, context) {
  const named = kindOf(item.Expression) === "SimpleNamedExpression";
  const call = named ? item.Expression.Expression : item.Expression;
  if (kindOf(call) !== "FunctionCallExpression") {
    const message = "make-series needs an aggregation function call here";
    throw errorAt2(context, call, message, "semantic");
  }
  const aggregate2 = lowerAggregate(call, context, [output]);
  const zero = {
    kind: "literal",
    offset: offsetOf(context, item),
    type: "long",
    value: 0
  };
  const fallback = item.DefaultExpression ? lowerScalar(item.DefaultExpression.Expression, withRow(context, [])) : zero;
  return { aggregate: aggregate2, fallback };
}
function rangeOf(clause, context) {
  if (kindOf(clause) === "MakeSeriesInRangeClause") {
    const args = elementsOf(clause.Arguments.Expressions);
    const [from, to, step] = args.map((arg) => lowerScalar(arg, context));
    return { from, to, step };
  }
  const bound = (part) => part ? lowerScalar(part.Expression, context) : void 0;
  if (!clause.MakeSeriesStepClause) {
    throw errorAt2(context, clause, "make-series needs a step", "semantic");
  }
  return {
    from: bound(clause.MakeSeriesFromClause),
    to: bound(clause.MakeSeriesToClause),
    step: lowerScalar(clause.MakeSeriesStepClause.Expression, context)
  };
}
function compileMakeSeries(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const columns = plan.input.columns;
  const keys = plan.keys.map((key) => compiler.scalar(key.expression, columns));
  const keyTypes = plan.keys.map((key) => key.expression.type);
  const axis = compiler.scalar(plan.axis, columns);
  const factories = plan.aggregates.map(
    ({ aggregate: aggregate2 }) => compileAggregate(aggregate2, columns, compiler)
  );
  const fallbacks = plan.aggregates.map(
    ({ fallback }) => compiler.scalar(fallback, [])
  );
  const bounds = compileBounds(plan, compiler);
  return () => {
    const range = bounds();
    const series = /* @__PURE__ */ new Map();
    for (const row of input().rows) {
      const position = axis(row);
      if (position === null) continue;
      const keyValues = keys.map((key) => key(row));
      const id = rowKey(keyValues, keyTypes);
      let group = series.get(id);
      if (!group) {
        group = { keys: keyValues, bins: /* @__PURE__ */ new Map() };
        series.set(id, group);
      }
      const bin2 = Math.floor((Number(position) - range.origin) / range.size);
      let states = group.bins.get(bin2);
      if (!states) {
        states = factories.map((create) => create());
        group.bins.set(bin2, states);
      }
      for (const state of states) state.add(row);
    }
    const defaults = fallbacks.map((fallback) => fallback([]));
    const rows = [...series.values()].map((group) => {
      const values = seriesValues(group, range, defaults, plan.axis.type);
      if (!values) throw tooLong(compiler, plan.offset);
      return [...group.keys, ...values];
    });
    return { columns: plan.columns, rows };
  };
}
function compileBounds(plan, compiler) {
  const compile = (part) => part ? compiler.scalar(part, []) : void 0;
  const [from, to, step] = [plan.from, plan.to, plan.step].map(compile);
  return () => {
    const size = Number(step?.([]));
    if (!(size > 0)) {
      const error = new InputError("the make-series step must be positive", {
        kind: "runtime"
      });
      throw placed(compiler, plan.offset, error);
    }
    const start = from ? from([]) : null;
    const origin = start === null ? defaultOrigin(plan.axis.type, size) : Number(start);
    return { origin, fromStart: start !== null, end: to ? to([]) : null, size };
  };
}
function defaultOrigin(type, size) {
  if (type !== "datetime" || !Number.isSafeInteger(size)) return 0;
  return -Number(BigInt(TICKS_0001_TO_EPOCH) % BigInt(size));
}
function seriesValues(group, { origin, fromStart, end, size }, defaults, axisType) {
  const present = [...group.bins.keys()];
  const first = fromStart ? 0 : Math.min(...present);
  const last = end === null ? Math.max(...present) + 1 : Math.ceil((Number(end) - origin) / size);
  const length = Math.max(0, last - first);
  if (length > MAX_SERIES_LENGTH) return void 0;
  const arrays = defaults.map(() => new Array(length));
  const axis = new Array(length);
  for (let i = 0; i < length; i++) {
    const states = group.bins.get(first + i);
    defaults.forEach((fallback, a) => {
      arrays[a][i] = states ? states[a].result()[0] : fallback;
    });
    axis[i] = axisValue(origin + (first + i) * size, axisType);
  }
  return [...arrays, axis];
}
function tooLong(compiler, offset) {
  const message = `make-series would build more than ${MAX_SERIES_LENGTH} values per series`;
  return placed(compiler, offset, new InputError(message, { kind: "runtime" }));
}
function axisValue(value, type) {
  if (type === "datetime") return formatDatetime(value);
  if (type === "timespan") return formatTimespan(value);
  return value;
}

// src/kql/operators/materialize.ts
function lowerMaterialize(node, context) {
  const input = context.lowerTabular(node.Expression, context);
  return {
    kind: "materialize",
    offset: offsetOf(context, node),
    columns: input.columns,
    id: context.state.nextId++,
    input
  };
}
function compileMaterialize(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const cache = compiler.runtime.cache;
  return () => {
    const cached2 = cache.get(plan.id);
    if (cached2) return cached2;
    const table = input();
    cache.set(plan.id, table);
    return table;
  };
}

// src/kql/operators/mv-expand.ts
var LEGACY_LIMIT = 128;
function lowerMvExpand(node, input, context) {
  return lowerExpansion(node, input, columnsOfNode(context, node), context);
}
function lowerExpansion(node, input, columns, context) {
  const rowContext = withRow(context, input.columns);
  const { bagExpansion, indexColumn } = parametersOf(node, context);
  const inputNames = new Set(input.columns.map((column) => column.name));
  const newNames = columns.map((column) => column.name).filter((name) => !inputNames.has(name) && name !== indexColumn);
  const items = elementsOf(node.Expressions).map((item) => {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    let name;
    if (named) name = nameOf(item.Expression.Name);
    else if (kindOf(expression) === "NameReference") name = nameOf(expression);
    else name = newNames.shift() ?? nameOf(expression);
    const type = item.ToTypeOf ? scalarTypeOf(item.ResultType) ?? "dynamic" : "dynamic";
    return { expression: lowerScalar(expression, rowContext), name, type };
  });
  return {
    kind: "mv-expand",
    offset: offsetOf(context, node),
    columns,
    input,
    items,
    bagExpansion,
    limit: rowLimitOf(node, context),
    indexColumn
  };
}
function parametersOf(node, context) {
  let bagExpansion = "bag";
  let indexColumn;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" || name === "bagexpansion") {
      bagExpansion = value === "array" ? "array" : "bag";
    } else if (name === "with_itemindex") {
      indexColumn = value;
    } else {
      const message = `the ${operatorName(node)} parameter '${name}' is not supported yet`;
      throw errorAt2(context, parameter, message);
    }
  }
  return { bagExpansion, indexColumn };
}
function operatorName(node) {
  return String(node.GetFirstToken?.()?.Text ?? "mv-expand").toLowerCase();
}
function rowLimitOf(node, context) {
  const clause = node.RowLimitClause;
  if (!clause) return operatorName(node) === "mvexpand" ? LEGACY_LIMIT : void 0;
  const value = constantOf(lowerScalar(clause.RowLimit, withRow(context, [])));
  if (!value.known) {
    const message = `the ${operatorName(node)} limit must be a constant`;
    throw errorAt2(context, clause, message, "semantic");
  }
  return Number(value.value);
}
function compileMvExpand(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map((item) => ({
    value: compiler.scalar(item.expression, plan.input.columns),
    type: item.type
  }));
  const sources = plan.columns.map((column) => sourceOf(column, plan));
  const limit = plan.limit ?? Number.MAX_SAFE_INTEGER;
  return () => {
    const rows = [];
    for (const row of input().rows) {
      const lists = items.map(
        (item) => elementsToExpand(item.value(row), plan.bagExpansion, item.type)
      );
      const longest = Math.max(...lists.map((list) => list.length));
      const count2 = Math.min(limit, longest);
      for (let i = 0; i < count2; i++) {
        rows.push(sources.map((source) => valueOf(source, row, lists, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}
function sourceOf(column, plan) {
  const item = plan.items.findIndex((candidate) => candidate.name === column.name);
  if (item >= 0) return { kind: "item", index: item, type: plan.items[item].type };
  if (column.name === plan.indexColumn) return { kind: "index" };
  const index = plan.input.columns.findIndex(
    (candidate) => candidate.name === column.name
  );
  if (index < 0) throw new Error(`mv-expand column '${column.name}' has no source`);
  return { kind: "input", index };
}
function valueOf(source, row, lists, i) {
  if (source.kind === "input") return row[source.index];
  if (source.kind === "index") return i;
  const list = lists[source.index];
  if (i < list.length) return list[i];
  return source.type === "string" ? "" : null;
}
function elementsToExpand(value, bagExpansion, type) {
  let elements;
  if (isDynamicArray(value)) {
    elements = [...value];
  } else if (isPropertyBag(value)) {
    elements = Object.entries(value).map(
      ([key, member]) => bagExpansion === "bag" ? { [key]: member } : [key, member]
    );
  } else {
    elements = [value];
  }
  if (type === "dynamic") return elements;
  return elements.map((element) => castElement(element, type));
}
function castElement(value, type) {
  if (value === null) return type === "string" ? "" : null;
  switch (type) {
    case "string":
      return typeof value === "string" ? value : "";
    case "bool":
      return typeof value === "boolean" ? value : null;
    case "int":
    case "long":
      return isInteger(value) ? value : null;
    case "real":
    case "decimal":
      return typeof value === "number" ? value : null;
    default:
      return convertValue(value, "dynamic", type);
  }
}
function isInteger(value) {
  if (typeof value === "bigint") return true;
  return typeof value === "number" && Number.isInteger(value);
}

// src/kql/operators/mv-apply.ts
function lowerMvApply(node, input, context) {
  const rowsId = context.state.nextId++;
  const offset = offsetOf(context, node);
  const rows = { kind: "rows", offset, columns: input.columns, id: rowsId };
  const subtable = subtableColumns(node, input.columns, context);
  const expand = lowerExpansion(node, rows, subtable, context);
  const subquery = context.lowerTabular(node.Subquery.Expression, {
    ...context,
    implicitInput: expand,
    row: expand.columns
  });
  const columns = columnsOfNode(context, node);
  return { kind: "mv-apply", offset, columns, input, rowsId, expand, subquery };
}
function subtableColumns(node, inputColumns, context) {
  const columns = [...inputColumns];
  for (const item of elementsOf(node.Expressions)) {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    if (!named && kindOf(expression) !== "NameReference") {
      const message = "mv-apply of an unnamed expression is not supported yet; write Name = Expression";
      throw errorAt2(context, item, message);
    }
    const name = named ? nameOf(item.Expression.Name) : nameOf(expression);
    const cast = item.ToTypeOf ? scalarTypeOf(item.ResultType) : void 0;
    const type = cast ?? "dynamic";
    const index = columns.findIndex((column) => column.name === name);
    if (index >= 0) columns[index] = { name, type };
    else columns.push({ name, type });
  }
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() === "with_itemindex") {
      columns.push({ name: textOf(parameter.Expression).trim(), type: "long" });
    }
  }
  return columns;
}
function compileMvApply(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const subquery = compiler.tabular(plan.subquery);
  const cache = compiler.runtime.cache;
  const find = (columns, name) => columns.findIndex((candidate) => candidate.name === name);
  const sources = plan.columns.map((column) => {
    const inSubquery = find(plan.subquery.columns, column.name);
    if (inSubquery >= 0) return { from: "subquery", index: inSubquery };
    return { from: "input", index: find(plan.input.columns, column.name) };
  });
  return () => {
    const rows = [];
    for (const row of input().rows) {
      const subtable = { columns: plan.input.columns, rows: [row] };
      cache.set(plan.rowsId, subtable);
      for (const result of subquery().rows) {
        rows.push(
          sources.map(
            ({ from, index }) => from === "subquery" ? result[index] : row[index] ?? null
          )
        );
      }
    }
    cache.delete(plan.rowsId);
    return { columns: plan.columns, rows };
  };
}
function compileRows(plan, compiler) {
  const cache = compiler.runtime.cache;
  return () => {
    const table = cache.get(plan.id);
    return table ?? { columns: plan.columns, rows: [] };
  };
}

// src/kql/operators/parse.ts
var PARSE_KINDS = ["simple", "regex", "relaxed"];
function lowerParse(dropUnmatched) {
  return (node, input, context) => {
    const { kind, flags } = parametersOf2(node, context);
    const rowContext = withRow(context, input.columns);
    const source = lowerScalar(node.Expression, rowContext);
    const captures = [];
    let regex = "";
    for (const element of elementsOf(node.Patterns)) {
      regex += patternPart(element, kind, captures, context);
    }
    if (captures.length > 0 && /(>\.\*\??\))$/.test(regex)) regex += "$";
    return {
      kind: "parse",
      offset: offsetOf(context, node),
      columns: columnsOfNode(context, node),
      input,
      source,
      regex,
      flags,
      captures,
      dropUnmatched,
      relaxed: kind === "relaxed"
    };
  };
}
function parametersOf2(node, context) {
  let kind = "simple";
  let flags = "";
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" && PARSE_KINDS.includes(value)) {
      kind = value;
    } else if (name === "flags" && /^[imsU]*$/.test(value)) {
      flags = value;
    } else {
      const message = `the parse parameter '${name}=${value}' is not supported yet`;
      throw errorAt2(context, parameter, message);
    }
  }
  return { kind, flags };
}
function patternPart(element, kind, captures, context) {
  const elementKind = kindOf(element);
  if (elementKind === "StarExpression") return ".*?";
  if (elementKind === "NameAndTypeDeclaration" || elementKind === "NameDeclaration") {
    const declaration = elementKind === "NameDeclaration" ? element : element.Name;
    const type = scalarTypeOf(declaration.ResultType) ?? "string";
    const group = `(?P<c${captures.length}>`;
    captures.push({ name: nameOf(declaration), type });
    return `${group}${capturePattern(kind, type)})`;
  }
  const text = constantOf(lowerScalar(element, withRow(context, [])));
  if (!text.known || typeof text.value !== "string") {
    const message = "a parse pattern element must be a string constant, a column or *";
    throw errorAt2(context, element, message, "semantic");
  }
  return kind === "regex" ? text.value : escapeRegex(text.value);
}
function capturePattern(kind, type) {
  const integral = type === "long" || type === "int";
  if (integral) return kind === "relaxed" ? "-?\\d+|.*?" : "-?\\d+";
  return kind === "regex" ? ".*" : ".*?";
}
function escapeRegex(text) {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
}
function compileParse(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const source = compiler.scalar(plan.source, plan.input.columns);
  const pattern = `${plan.flags ? `(?${plan.flags})` : ""}${plan.regex}`;
  const regex = guard(compiler, plan.offset, () => compileRegex(pattern));
  const captureNames = plan.captures.map((capture) => capture.name);
  const inputNames = plan.input.columns.map((column) => column.name);
  const sources = plan.columns.map((column) => {
    const capture = captureNames.indexOf(column.name);
    if (capture >= 0) return { from: "capture", index: capture };
    return { from: "input", index: inputNames.indexOf(column.name) };
  });
  const failed2 = plan.captures.map((capture) => missingValue(capture.type));
  return () => {
    const rows = [];
    for (const row of input().rows) {
      const text = sourceText(source(row), plan.source.type);
      const values = captureValues(regex, text, plan);
      if (!values && plan.dropUnmatched) continue;
      const captured = values ?? failed2;
      const output = sources.map(
        ({ from, index }) => from === "capture" ? captured[index] : row[index]
      );
      rows.push(output);
    }
    return { columns: plan.columns, rows };
  };
}
function missingValue(type) {
  return type === "string" ? "" : null;
}
function sourceText(value, type) {
  if (type === "string") return String(value ?? "");
  return toKustoString(value, type);
}
function captureValues(regex, text, plan) {
  const matcher = regex.matcher(text);
  if (!matcher.lookingAt()) return void 0;
  const values = [];
  for (let i = 0; i < plan.captures.length; i++) {
    const { type } = plan.captures[i];
    const raw = matcher.group(`c${i}`) ?? "";
    const value = type === "string" ? raw : convertValue(raw, "string", type);
    if (value === null && !plan.relaxed) return void 0;
    values.push(value);
  }
  return values;
}

// src/kql/operators/pivot.ts
function lowerPivot(node, args, input, context) {
  const rowContext = withRow(context, input.columns);
  const [pivotNode, ...rest] = args;
  const pivotColumn = columnArgument(pivotNode, node, context);
  const aggregateNode = rest[0] && isAggregateCall2(rest[0]) ? rest[0] : void 0;
  const keyNodes = aggregateNode ? rest.slice(1) : rest;
  const aggregate2 = aggregateNode ? lowerAggregate(aggregateNode, rowContext, [
    { name: "value", type: typeOfNode(context, aggregateNode) }
  ]) : countAggregate(offsetOf(context, node));
  const keys = keyNodes.length > 0 ? keyNodes.map((key) => columnArgument(key, node, context)) : defaultKeys(input.columns, pivotColumn, aggregateNode);
  if (!node.Schema) {
    if (context.callOffset !== void 0) {
      const message = "evaluate pivot without an output schema is not supported inside a function yet; declare the columns, as in evaluate pivot(Col) : (Key: string, a: long)";
      throw errorAt2(context, node, message);
    }
    const insertAt = Number(node.FunctionCall.End);
    const columnsFor = (table) => pivotColumns(table, pivotColumn, keys, aggregate2);
    throw new SchemaNeeded(input, insertAt, columnsFor);
  }
  return {
    kind: "pivot",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    input,
    pivotColumn,
    keys,
    aggregate: aggregate2
  };
}
function columnArgument(argument, node, context) {
  if (!argument || kindOf(argument) !== "NameReference") {
    const message = "pivot needs column names for its pivot column and its key columns";
    throw errorAt2(context, argument ?? node, message, "semantic");
  }
  return nameOf(argument);
}
function countAggregate(offset) {
  const outputs = [{ name: "value", type: "long" }];
  return { offset, name: "count", args: [], type: "long", outputs };
}
function defaultKeys(columns, pivotColumn, aggregateNode) {
  const read = /* @__PURE__ */ new Set();
  walk(aggregateNode, (node) => {
    const symbol = node.ReferencedSymbol;
    if (kindOf(node) === "NameReference" && symbolClassOf(symbol) === "ColumnSymbol") {
      read.add(String(symbol.Name));
    }
  });
  return columns.map((column) => column.name).filter((name) => name !== pivotColumn && !read.has(name));
}
function pivotColumns(table, pivotColumn, keys, aggregate2) {
  const keyColumns = keys.map((key) => {
    const column = table.columns.find((candidate) => candidate.name === key);
    if (!column) throw new Error(`pivot key '${key}' is missing from its input`);
    return column;
  });
  const pivotIndex = table.columns.findIndex((column) => column.name === pivotColumn);
  const pivotType = table.columns[pivotIndex].type;
  const names = [];
  for (const row of table.rows) {
    const name = toKustoString(row[pivotIndex], pivotType);
    if (!names.includes(name)) names.push(name);
  }
  return [...keyColumns, ...names.map((name) => ({ name, type: aggregate2.type }))];
}
function compilePivot(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const columns = plan.input.columns;
  const indexOf2 = (name) => columns.findIndex((column) => column.name === name);
  const keyIndexes = plan.keys.map(indexOf2);
  const keyTypes = keyIndexes.map((index) => columns[index].type);
  const pivotIndex = indexOf2(plan.pivotColumn);
  const pivotType = columns[pivotIndex].type;
  const factory = compileAggregate(plan.aggregate, columns, compiler);
  const valueColumns = new Set(
    plan.columns.map((column) => column.name).filter((name) => !plan.keys.includes(name))
  );
  const output = outputOf(plan, factory);
  return () => {
    const groups = /* @__PURE__ */ new Map();
    for (const row of input().rows) {
      const keys = keyIndexes.map((index) => row[index]);
      const id = rowKey(keys, keyTypes);
      let group = groups.get(id);
      if (!group) {
        group = { keys, states: /* @__PURE__ */ new Map() };
        groups.set(id, group);
      }
      const name = toKustoString(row[pivotIndex], pivotType);
      if (!valueColumns.has(name)) throw unknownValueError(name, plan.pivotColumn);
      let state = group.states.get(name);
      if (!state) {
        state = factory();
        group.states.set(name, state);
      }
      state.add(row);
    }
    return { columns: plan.columns, rows: [...groups.values()].map(output) };
  };
}
function outputOf(plan, factory) {
  const aggregateType = plan.aggregate.type;
  const empty = factory().result()[0];
  const cells = plan.columns.map((column) => ({
    key: plan.keys.indexOf(column.name),
    name: column.name,
    convert: (value) => column.type === aggregateType ? value : convertValue(value, aggregateType, column.type)
  }));
  return (group) => cells.map(({ key, name, convert }) => {
    if (key >= 0) return group.keys[key];
    const state = group.states.get(name);
    return convert(state ? state.result()[0] : empty);
  });
}
function unknownValueError(name, pivotColumn) {
  return new InputError(
    `pivot: the value '${name}' of column '${pivotColumn}' is not a column of the output schema`,
    {
      kind: "runtime",
      hint: "add the value to the output schema, or leave the schema out so that the data sets the columns"
    }
  );
}

// src/kql/operators/print.ts
function lowerPrint(node, input, context) {
  if (input) {
    throw errorAt2(context, node, "print cannot follow another operator", "semantic");
  }
  const columns = columnsOfNode(context, node);
  const items = lowerNamedExpressions(
    node.Expressions,
    withRow(context, []),
    columns,
    false
  );
  const row = items.map((item) => item.expression);
  const offset = offsetOf(context, node);
  return { kind: "values", operator: "print", offset, columns, rows: [row] };
}
function lowerDatatable(node, context) {
  const columns = columnsOfNode(context, node);
  const values = elementsOf(node.Values).map(
    (value) => lowerScalar(value, withRow(context, []))
  );
  const width = columns.length;
  if (width === 0 || values.length % width !== 0) {
    const message = `datatable has ${values.length} values, not a multiple of its ${width} columns`;
    throw errorAt2(context, node, message, "semantic");
  }
  const rows = [];
  for (let i = 0; i < values.length; i += width) {
    const row = values.slice(i, i + width);
    rows.push(row.map((value, j) => convertLiteral(value, columns[j].type)));
  }
  const offset = offsetOf(context, node);
  return { kind: "values", operator: "datatable", offset, columns, rows };
}
function convertLiteral(plan, type) {
  if (plan.kind !== "literal" || plan.type === type) return plan;
  const value = convertValue(plan.value, plan.type, type);
  return { ...plan, type, value };
}
function compileValues(plan, compiler) {
  const rows = plan.rows.map((row) => row.map((value) => compiler.scalar(value, [])));
  return () => ({
    columns: plan.columns,
    rows: rows.map((row) => row.map((value) => value([])))
  });
}

// src/kql/operators/project.ts
function lowerProject(node, input, context) {
  const columns = columnsOfNode(context, node);
  const items = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns,
    false
  );
  const offset = offsetOf(context, node);
  return { kind: "project", operator: "project", offset, columns, input, items };
}
function lowerProjectByName(operator) {
  return (node, input, context) => {
    const columns = columnsOfNode(context, node);
    const offset = offsetOf(context, node);
    const items = columns.map(({ name, type }) => ({
      name,
      expression: { kind: "column", offset, type, name }
    }));
    return { kind: "project", operator, offset, columns, input, items };
  };
}
function lowerProjectRename(node, input, context) {
  const renames = /* @__PURE__ */ new Map();
  for (const written of writtenExpressions(node.Expressions, context)) {
    const { name, expression } = written;
    if (name && kindOf(expression) === "NameReference") {
      renames.set(name, nameOf(expression));
    }
  }
  const columns = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items = columns.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name: renames.get(name) ?? name }
  }));
  const operator = "project-rename";
  return { kind: "project", operator, offset, columns, input, items };
}
function compileProject(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const items = plan.items.map(
    (item) => compiler.scalar(item.expression, plan.input.columns)
  );
  const windowed = usesWindow(plan.items.map((item) => item.expression));
  return () => {
    const rows = mapRows(
      input().rows,
      compiler.runtime,
      windowed,
      (row) => items.map((item) => item(row))
    );
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/range.ts
var MAX_RANGE_ROWS = 1e7;
function lowerRange(node, _input, context) {
  const constants = withRow(context, []);
  return {
    kind: "range",
    offset: offsetOf(context, node),
    columns: columnsOfNode(context, node),
    from: lowerScalar(node.From, constants),
    to: lowerScalar(node.To, constants),
    step: lowerScalar(node.Step, constants)
  };
}
function compileRange(plan, compiler) {
  const parts = [plan.from, plan.to, plan.step].map(
    (part) => compiler.scalar(part, [])
  );
  return () => {
    const [start, stop, step] = parts.map((part) => part([]));
    const rows = [];
    if (start === null || stop === null || step === null || Number(step) === 0) {
      return { columns: plan.columns, rows };
    }
    const first = Number(start);
    const increment = Number(step);
    const count2 = Math.floor((Number(stop) - first) / increment) + 1;
    if (count2 > MAX_RANGE_ROWS) {
      const message = `range would generate ${count2} rows, more than the ${MAX_RANGE_ROWS} allowed`;
      throw placedError(compiler, plan.offset, message, "runtime");
    }
    for (let i = 0; i < count2; i++) rows.push([first + i * increment]);
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/serialize.ts
function lowerSerialize(node, input, context) {
  const columns = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns.slice(input.columns.length),
    true
  );
  const offset = offsetOf(context, node);
  return { kind: "serialize", offset, columns, input, assignments };
}
function compileSerialize(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const { assignments, width } = compileAssignments(
    plan.input.columns,
    plan.assignments,
    compiler
  );
  return () => {
    const rows = mapRows(
      input().rows,
      compiler.runtime,
      true,
      (row) => assign(row, assignments, width)
    );
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/sort.ts
function lowerSort(node, input, context) {
  const keys = elementsOf(node.Expressions).map(
    (expression) => lowerSortKey(expression, input.columns, context)
  );
  return {
    kind: "sort",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    keys
  };
}
function lowerSortKey(node, columns, context) {
  const ordered = kindOf(node) === "OrderedExpression";
  const target = ordered ? node.Expression : node;
  const expression = lowerScalar(target, withRow(context, columns));
  const ordering2 = ordered ? node.Ordering : void 0;
  const direction = String(ordering2?.AscOrDescKeyword?.Text ?? "desc");
  const descending = direction.toLowerCase() !== "asc";
  const nulls = ordering2?.NullsClause?.FirstOrLastKeyword?.Text;
  const nullsFirst = nulls ? String(nulls).toLowerCase() === "first" : !descending;
  return { expression, descending, nullsFirst };
}
function compileComparator(keys, columns, compiler) {
  const compiled = keys.map((key) => ({
    value: compiler.scalar(key.expression, columns),
    type: key.expression.type,
    sign: key.descending ? -1 : 1,
    nullsFirst: key.nullsFirst
  }));
  return (a, b) => {
    for (const key of compiled) {
      const x = key.value(a);
      const y = key.value(b);
      const rankX = missingRank(x);
      const rankY = missingRank(y);
      if (rankX > 0 || rankY > 0) {
        if (rankX === rankY) continue;
        return rankX > rankY === key.nullsFirst ? -1 : 1;
      }
      const order = compareValues(x, y, key.type);
      if (order !== 0) return key.sign * order;
    }
    return 0;
  };
}
function missingRank(value) {
  if (value === null) return 2;
  return typeof value === "number" && Number.isNaN(value) ? 1 : 0;
}
function compileSort(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const compare = compileComparator(plan.keys, plan.input.columns, compiler);
  return () => ({ columns: plan.columns, rows: [...input().rows].sort(compare) });
}

// src/kql/operators/summarize.ts
function lowerSummarize(node, input, context) {
  const columns = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  if (node.ByClause?.BinClause) {
    const message = "the 'bin =' clause of summarize is not supported yet";
    throw errorAt2(context, node.ByClause, message);
  }
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns.slice(0, keyCount);
  const keys = byList ? lowerNamedExpressions(byList, rowContext, keyColumns, false) : [];
  const aggregates2 = [];
  const finals = [];
  for (const { expression } of writtenExpressions(node.Aggregates, context)) {
    const position = keyCount + finals.length;
    if (isAggregateCall2(expression)) {
      const outputs2 = columns.slice(position);
      const aggregate2 = lowerAggregate(expression, rowContext, outputs2);
      aggregates2.push(aggregate2);
      for (const output of aggregate2.outputs) {
        const reference = columnRef(output, aggregate2.offset);
        finals.push({ name: output.name, expression: reference });
      }
    } else {
      const hook = (call) => nestedAggregate(call, rowContext, aggregates2);
      const lowered = lowerScalar(expression, { ...rowContext, aggregate: hook });
      finals.push({ name: columns[position].name, expression: lowered });
    }
  }
  const offset = offsetOf(context, node);
  const hidden = finals.some((final) => final.expression.kind !== "column");
  const outputs = aggregates2.flatMap((aggregate2) => aggregate2.outputs);
  const summarize2 = {
    kind: "summarize",
    offset,
    columns: hidden ? [...keyColumns, ...outputs] : columns,
    input,
    keys,
    aggregates: aggregates2
  };
  if (!hidden) return summarize2;
  const keyItems = keyColumns.map((column) => ({
    name: column.name,
    expression: columnRef(column, offset)
  }));
  const items = [...keyItems, ...finals];
  return {
    kind: "project",
    operator: "summarize",
    offset,
    columns,
    input: summarize2,
    items
  };
}
function columnRef(column, offset) {
  return { kind: "column", offset, type: column.type, name: column.name };
}
function nestedAggregate(node, context, aggregates2) {
  if (!isAggregateCall2(node)) return void 0;
  const name = `__aggregate${aggregates2.length}`;
  const hidden = { name, type: typeOfNode(context, node) };
  const aggregate2 = lowerAggregate(node, context, [hidden]);
  if (aggregate2.outputs.length !== 1) {
    const message = "an aggregation function returning several columns cannot be part of an expression";
    throw errorAt2(context, node, message, "semantic");
  }
  aggregates2.push(aggregate2);
  return columnRef(aggregate2.outputs[0], aggregate2.offset);
}
function compileSummarize(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const columns = plan.input.columns;
  const keys = plan.keys.map((key) => compiler.scalar(key.expression, columns));
  const keyTypes = plan.keys.map((key) => key.expression.type);
  const factories = plan.aggregates.map(
    (aggregate2) => compileAggregate(aggregate2, columns, compiler)
  );
  const newStates = () => factories.map((create) => create());
  return () => {
    const groups = /* @__PURE__ */ new Map();
    for (const row of input().rows) {
      const keyValues = keys.map((key) => key(row));
      const id = rowKey(keyValues, keyTypes);
      let group = groups.get(id);
      if (!group) {
        group = { keys: keyValues, states: newStates() };
        groups.set(id, group);
      }
      for (const state of group.states) state.add(row);
    }
    if (groups.size === 0 && keys.length === 0) {
      groups.set("", { keys: [], states: newStates() });
    }
    const rows = [...groups.values()].map((group) => [
      ...group.keys,
      ...group.states.flatMap((state) => state.result())
    ]);
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/table.ts
function compileTable(plan, compiler) {
  return () => {
    const table = compiler.runtime.tables[plan.name];
    if (!table) return { columns: plan.columns, rows: [] };
    if (sameColumns(table.columns, plan.columns)) return table;
    return readIngestionTimes(table, plan.columns) ?? rearrange(table, plan.columns);
  };
}
function sameColumns(a, b) {
  return a.length === b.length && a.every((column, i) => column.name === b[i].name);
}
function rearrange(table, columns) {
  const sources = columns.map(
    (column) => table.columns.findIndex((candidate) => candidate.name === column.name)
  );
  const missing = columns.map(
    (column) => column.type === "string" ? "" : null
  );
  const rows = table.rows.map(
    (row) => sources.map((source, i) => source >= 0 ? row[source] : missing[i])
  );
  return { columns, rows };
}

// src/kql/operators/take.ts
function lowerTake(node, input, context) {
  const count2 = lowerScalar(node.Expression, withRow(context, []));
  return {
    kind: "take",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count: count2
  };
}
function compileTake(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const count2 = compiler.scalar(plan.count, []);
  return () => {
    const limit = Math.max(0, Number(count2([]) ?? 0));
    return { columns: plan.columns, rows: input().rows.slice(0, limit) };
  };
}

// src/kql/operators/top.ts
function lowerTop(node, input, context) {
  const count2 = lowerScalar(node.Expression, withRow(context, []));
  const keys = [lowerSortKey(node.ByExpression, input.columns, context)];
  return {
    kind: "top",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count: count2,
    keys
  };
}
function compileTop(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const count2 = compiler.scalar(plan.count, []);
  const compare = compileComparator(plan.keys, plan.input.columns, compiler);
  return () => {
    const limit = Math.max(0, Number(count2([]) ?? 0));
    const rows = [...input().rows].sort(compare).slice(0, limit);
    return { columns: plan.columns, rows };
  };
}

// src/kql/operators/union.ts
function lowerUnion(node, input, context) {
  const inputs = [];
  if (input) inputs.push({ plan: input, name: sourceName(input, 0) });
  for (const expression of elementsOf(node.Expressions)) {
    for (const plan of lowerUnionInput(expression, withRow(context, []))) {
      inputs.push({ plan, name: sourceName(plan, inputs.length) });
    }
  }
  let sourceColumn;
  let inner = false;
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "withsource") sourceColumn = value;
    else if (name === "kind") inner = value.toLowerCase() === "inner";
    else if (name !== "isfuzzy") {
      const message = `the union parameter '${name}' is not supported yet`;
      throw errorAt2(context, parameter, message);
    }
  }
  const all = columnsOfNode(context, node);
  const columns = inner ? all.filter((column) => column.name === sourceColumn || inAll(column, inputs)) : all;
  const offset = offsetOf(context, node);
  return { kind: "union", offset, columns, inputs, sourceColumn };
}
function inAll(column, inputs) {
  return inputs.every(
    ({ plan }) => plan.columns.some(
      (candidate) => candidate.name === column.name && candidate.type === column.type
    )
  );
}
function lowerUnionInput(expression, context) {
  const isName = kindOf(expression) === "NameReference";
  if (!isName || !nameOf(expression).includes("*")) {
    return [context.lowerTabular(expression, context)];
  }
  const symbol = expression.ReferencedSymbol;
  if (!symbol) return [];
  const isTable = symbolClassOf(symbol) === "TableSymbol";
  const tables = isTable ? [symbol] : membersOf(symbol);
  return tables.map((table) => tablePlan(table, expression, context));
}
function membersOf(symbol) {
  const members = symbol.Members;
  const result = [];
  for (let i = 0; members && i < members.Count; i++) result.push(members.getItem(i));
  return result;
}
function tablePlan(symbol, node, context) {
  const name = String(symbol.Name);
  if (!context.state.tables.includes(name)) context.state.tables.push(name);
  const typed = { ResultType: symbol, TextStart: node.TextStart };
  const columns = columnsOfNode(context, typed);
  return { kind: "table", offset: offsetOf(context, node), columns, name };
}
function sourceName(plan, index) {
  return plan.kind === "table" ? plan.name : `union_arg${index}`;
}
function compileUnion(plan, compiler) {
  const missing = plan.columns.map(
    (column) => column.type === "string" ? "" : null
  );
  const inputs = plan.inputs.map(({ plan: input, name }) => ({
    evaluate: compiler.tabular(input),
    name,
    sources: plan.columns.map(
      (column) => sourceIndex2(column, input.columns, plan.sourceColumn)
    )
  }));
  return () => {
    const rows = [];
    for (const input of inputs) {
      const pick2 = (row, source, i) => {
        if (source === "source") return input.name;
        return source < 0 ? missing[i] : row[source];
      };
      for (const row of input.evaluate().rows) {
        rows.push(input.sources.map((source, i) => pick2(row, source, i)));
      }
    }
    return { columns: plan.columns, rows };
  };
}
function sourceIndex2(column, columns, sourceColumn) {
  if (column.name === sourceColumn) return "source";
  const same = columns.findIndex((candidate) => candidate.name === column.name);
  if (same >= 0) return same;
  return columns.findIndex(
    (candidate) => `${candidate.name}_${candidate.type}` === column.name
  );
}

// src/kql/operators/where.ts
function lowerWhere(node, input, context) {
  const predicate = lowerScalar(node.Condition, withRow(context, input.columns));
  return {
    kind: "where",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    predicate
  };
}
function compileWhere(plan, compiler) {
  const input = compiler.tabular(plan.input);
  const predicate = compiler.scalar(plan.predicate, plan.input.columns);
  const windowed = usesWindow([plan.predicate]);
  return () => {
    const rows = mapRows(
      input().rows,
      compiler.runtime,
      windowed,
      (row) => predicate(row) === true ? row : void 0
    );
    return { columns: plan.columns, rows };
  };
}

// src/kql/compile/row-chain.ts
var VOLATILE = /* @__PURE__ */ new Set(["rand", "new_guid"]);
function rowChainOf(plan) {
  const chain = [];
  let node = plan;
  while (isRowOperator(node) && !usesWindow(expressionsOf(node))) {
    chain.unshift(node);
    node = node.input;
  }
  return chain.length >= 2 ? chain : void 0;
}
function isRowOperator(plan) {
  return plan.kind === "where" || plan.kind === "extend" || plan.kind === "project";
}
function expressionsOf(plan) {
  if (plan.kind === "where") return [plan.predicate];
  const items = plan.kind === "extend" ? plan.assignments : plan.items;
  return items.map((item) => item.expression);
}
function compileRowChain(chain, compiler) {
  const input = compiler.tabular(chain[0].input);
  const memo = createMemo(chain);
  const steps = chain.map((plan) => compileStep(plan, compiler, memo));
  const columns = chain[chain.length - 1].columns;
  return () => {
    const rows = [];
    for (const row of input().rows) {
      memo.stamp++;
      const output = runSteps(row, steps);
      if (output) rows.push(output);
    }
    return { columns, rows };
  };
}
function runSteps(row, steps) {
  let current = row;
  for (const step of steps) {
    if (step.kind === "map") current = step.map(current);
    else if (step.predicate(current) !== true) return void 0;
  }
  return current;
}
function compileStep(plan, compiler, memo) {
  const columns = plan.input.columns;
  let step;
  if (plan.kind === "where") {
    const predicate = compiler.scalar(plan.predicate, columns, memo);
    step = { kind: "where", predicate };
  } else if (plan.kind === "extend") {
    const { assignments, width } = compileAssignments(
      columns,
      plan.assignments,
      compiler,
      memo
    );
    step = { kind: "map", map: (row) => assign(row, assignments, width) };
  } else {
    const items = plan.items.map(
      (item) => compiler.scalar(item.expression, columns, memo)
    );
    step = { kind: "map", map: (row) => items.map((item) => item(row)) };
  }
  memo.advance(plan);
  return step;
}
function createMemo(chain) {
  const counting = new ColumnVersions();
  const counts = /* @__PURE__ */ new Map();
  for (const plan of chain) {
    for (const expression of expressionsOf(plan)) {
      countCalls(expression, counting, counts);
    }
    counting.advance(plan);
  }
  const slots = /* @__PURE__ */ new Map();
  for (const [key, count2] of counts) {
    if (count2 > 1) slots.set(key, slots.size);
  }
  const versions = new ColumnVersions();
  return {
    keyOf: (plan) => versions.keyOf(plan),
    slots,
    values: new Array(slots.size).fill(null),
    stamps: new Array(slots.size).fill(0),
    stamp: 0,
    advance: (plan) => versions.advance(plan)
  };
}
function countCalls(plan, versions, counts) {
  if (plan.kind === "call") {
    const key = versions.keyOf(plan);
    if (key !== void 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const child of scalarChildren(plan)) countCalls(child, versions, counts);
}
var ColumnVersions = class {
  versions = /* @__PURE__ */ new Map();
  next = 1;
  advance(plan) {
    if (plan.kind === "where") return;
    if (plan.kind === "project") this.versions.clear();
    const assigned = plan.kind === "extend" ? plan.assignments : plan.items;
    for (const { name } of assigned) this.versions.set(name, this.next++);
  }
  /** Names a plan by its structure; `undefined` means never remember it. */
  keyOf(plan) {
    switch (plan.kind) {
      case "literal":
        return `L${plan.type}:${literalText(plan.value)}`;
      case "column":
        return `C${plan.name}@${this.versions.get(plan.name) ?? 0}`;
      case "variable":
        return `V${plan.id}`;
      case "toscalar":
      case "column-array":
        return `T${plan.id}`;
      case "call":
        if (VOLATILE.has(plan.name)) return void 0;
        return this.join(`F${plan.name}`, plan.args);
      case "and":
      case "or":
      case "not":
        return this.join(plan.kind, plan.args);
      case "conditional":
        return this.join("?", scalarChildren(plan));
      case "row_number":
      case "prev":
      case "next":
      case "row_cumsum":
      case "row_window_session":
      case "ingestion_time":
        return void 0;
      default:
        return assertNever(plan);
    }
  }
  join(head, args) {
    const keys = [];
    for (const arg of args) {
      const key = this.keyOf(arg);
      if (key === void 0) return void 0;
      keys.push(key);
    }
    return `${head}(${keys.join(",")})`;
  }
};
function literalText(value) {
  if (typeof value === "number") return `n${String(value)}`;
  if (typeof value === "bigint") return `b${value}`;
  return `j${JSON.stringify(
    value,
    (_key, member) => typeof member === "bigint" ? `${member}n` : member
  )}`;
}

// src/kql/compile/tabular.ts
function compileTabular(plan, compiler) {
  const chain = rowChainOf(plan);
  if (chain) return compileRowChain(chain, compiler);
  switch (plan.kind) {
    case "table":
      return compileTable(plan, compiler);
    case "where":
      return compileWhere(plan, compiler);
    case "extend":
      return compileExtend(plan, compiler);
    case "project":
      return compileProject(plan, compiler);
    case "summarize":
      return compileSummarize(plan, compiler);
    case "join":
      return compileJoin(plan, compiler);
    case "sort":
      return compileSort(plan, compiler);
    case "take":
      return compileTake(plan, compiler);
    case "top":
      return compileTop(plan, compiler);
    case "distinct":
      return compileDistinct(plan, compiler);
    case "count":
      return compileCount(plan, compiler);
    case "values":
      return compileValues(plan, compiler);
    case "range":
      return compileRange(plan, compiler);
    case "serialize":
      return compileSerialize(plan, compiler);
    case "materialize":
      return compileMaterialize(plan, compiler);
    case "union":
      return compileUnion(plan, compiler);
    case "mv-expand":
      return compileMvExpand(plan, compiler);
    case "parse":
      return compileParse(plan, compiler);
    case "mv-apply":
      return compileMvApply(plan, compiler);
    case "make-series":
      return compileMakeSeries(plan, compiler);
    case "rows":
      return compileRows(plan, compiler);
    case "bag_unpack":
      return compileBagUnpack(plan, compiler);
    case "externaldata":
      return compileExternalData(plan, compiler);
    case "pivot":
      return compilePivot(plan, compiler);
    default:
      return assertNever(plan);
  }
}

// src/kql/operators/as.ts
function lowerAs(node, input, context) {
  const plan = {
    kind: "materialize",
    offset: input.offset,
    columns: input.columns,
    id: context.state.nextId++,
    input
  };
  context.scope.bind(nameOf(node.Name), { kind: "tabular", plan });
  return plan;
}

// src/kql/operators/evaluate.ts
var EVALUATE_PLUGINS = {
  bag_unpack: lowerBagUnpack,
  pivot: lowerPivot
};
function lowerEvaluate(node, input, context) {
  const call = node.FunctionCall;
  const plugin = nameOf(call.Name);
  const lower = EVALUATE_PLUGINS[plugin];
  if (!lower) {
    const message = `the plugin '${plugin}' of evaluate is not supported yet`;
    throw errorAt2(context, call, message);
  }
  return lower(node, elementsOf(call.ArgumentList.Expressions), input, context);
}

// src/kql/operators/invoke.ts
function lowerInvoke(node, input, context) {
  const call = node.Function;
  const isCall = kindOf(call) === "FunctionCallExpression";
  const body = isCall ? userFunctionBody(call) : void 0;
  if (!body) {
    const message = "invoke of a built-in function is not supported yet";
    throw errorAt2(context, node, message);
  }
  const args = [void 0, ...elementsOf(call.ArgumentList.Expressions)];
  const inner = bindParameters(call, args, { ...context, row: [] }, input);
  const scoped = lowerStatements(body.Statements, inner);
  return context.lowerTabular(body.Expression, scoped);
}

// src/kql/operators/lookup.ts
function lowerLookup(node, left, context) {
  const joinKind = joinKindOf(node, context, "leftouter");
  if (joinKind !== "leftouter" && joinKind !== "inner") {
    const message = `the lookup kind '${joinKind}' is not supported`;
    throw errorAt2(context, node, message, "semantic");
  }
  const right = context.lowerTabular(node.Expression, withRow(context, []));
  const keys = lowerConditions(node.LookupClause, left, right, context);
  const keyNames = new Set(
    keys.rightKeys.flatMap((key) => key.kind === "column" ? [key.name] : [])
  );
  const rightSources = right.columns.flatMap(
    (column, index) => keyNames.has(column.name) ? [] : [{ side: "right", index }]
  );
  const sources = [
    ...left.columns.map((_, index) => ({ side: "left", index })),
    ...rightSources
  ];
  const columns = columnsOfNode(context, node);
  if (sources.length !== columns.length) {
    const message = "the columns of this lookup could not be matched to its inputs";
    throw errorAt2(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "lookup",
    offset: offsetOf(context, node),
    columns,
    left,
    right,
    ...keys,
    sources
  };
}

// src/kql/lower/tabular.ts
var TABULAR_OPERATORS = {
  FilterOperator: lowerWhere,
  ExtendOperator: lowerExtend,
  ProjectOperator: lowerProject,
  ProjectAwayOperator: lowerProjectByName("project-away"),
  ProjectKeepOperator: lowerProjectByName("project-keep"),
  ProjectReorderOperator: lowerProjectByName("project-reorder"),
  ProjectRenameOperator: lowerProjectRename,
  SummarizeOperator: lowerSummarize,
  JoinOperator: lowerJoin,
  LookupOperator: lowerLookup,
  UnionOperator: lowerUnion,
  TakeOperator: lowerTake,
  SortOperator: lowerSort,
  TopOperator: lowerTop,
  DistinctOperator: lowerDistinct,
  CountOperator: lowerCount,
  SerializeOperator: lowerSerialize,
  MvExpandOperator: lowerMvExpand,
  MvApplyOperator: lowerMvApply,
  MakeSeriesOperator: lowerMakeSeries,
  ParseOperator: lowerParse(false),
  ParseWhereOperator: lowerParse(true),
  EvaluateOperator: lowerEvaluate,
  AsOperator: lowerAs,
  InvokeOperator: lowerInvoke
};
var SOURCE_OPERATORS = {
  PrintOperator: lowerPrint,
  RangeOperator: lowerRange,
  UnionOperator: lowerUnion
};
function lowerTabular(node, context) {
  const kind = kindOf(node);
  switch (kind) {
    case "PipeExpression":
      return lowerPipe(node, context);
    case "ParenthesizedExpression":
    case "ToTableExpression":
      return lowerTabular(node.Expression, context);
    case "NameReference":
      return lowerTabularName(node, context);
    case "FunctionCallExpression":
      return lowerTabularCall(node, context);
    case "DataTableExpression":
      return lowerDatatable(node, context);
    case "ExternalDataExpression":
      return lowerExternalData(node, context);
    case "MaterializeExpression":
      return lowerMaterialize(node, context);
    default:
      return lowerLeadingOperator(kind, node, context);
  }
}
function lowerLeadingOperator(kind, node, context) {
  if (kind in SOURCE_OPERATORS) {
    return SOURCE_OPERATORS[kind](node, void 0, context);
  }
  const input = context.implicitInput;
  if (input && kind in TABULAR_OPERATORS) {
    const inner = { ...context, implicitInput: void 0, row: input.columns };
    return TABULAR_OPERATORS[kind](node, input, inner);
  }
  throw errorAt2(context, node, unsupportedOperatorMessage(node));
}
function lowerPipe(node, context) {
  const input = lowerTabular(node.Expression, context);
  const operator = node.Operator;
  const lower = TABULAR_OPERATORS[kindOf(operator)];
  if (!lower) throw errorAt2(context, operator, unsupportedOperatorMessage(operator));
  const inner = { ...context, implicitInput: void 0, row: input.columns };
  return lower(operator, input, inner);
}
function unsupportedOperatorMessage(node) {
  return `the operator '${operatorName2(node)}' is not supported yet`;
}
function operatorName2(node) {
  const token = node.GetFirstToken?.();
  const text = token ? String(token.Text) : kindOf(node);
  return text.toLowerCase();
}
function lowerTabularName(node, context) {
  const name = nameOf(node);
  const binding = context.scope.lookup(name);
  if (binding?.kind === "tabular") return binding.plan;
  if (symbolClassOf(node.ReferencedSymbol) === "TableSymbol") {
    return tablePlan2(name, node, context);
  }
  const body = userFunctionBody(node);
  if (body) return lowerTabularBody(node, body, [], context);
  throw errorAt2(context, node, `unknown table or function '${name}'`, "semantic");
}
function tablePlan2(name, node, context) {
  if (!context.state.tables.includes(name)) context.state.tables.push(name);
  const columns = columnsOfNode(context, node);
  return { kind: "table", offset: offsetOf(context, node), columns, name };
}
function lowerTabularCall(node, context) {
  const args = elementsOf(node.ArgumentList.Expressions);
  const body = userFunctionBody(node);
  if (body) return lowerTabularBody(node, body, args, context);
  const name = String(node.ReferencedSymbol?.Name ?? "");
  if (name === "table" && args.length === 1) {
    return lowerTableFunction(node, args[0], context);
  }
  throw errorAt2(context, node, `the function '${name}' is not supported yet`);
}
function lowerTableFunction(node, argument, context) {
  const name = constantOf(lowerScalar(argument, { ...context, row: [] }));
  if (!name.known || typeof name.value !== "string") {
    const message = "the argument of table() must be a constant string";
    throw errorAt2(context, argument, message, "semantic");
  }
  const binding = context.scope.lookup(name.value);
  if (binding?.kind === "tabular") return binding.plan;
  return tablePlan2(name.value, node, context);
}
function lowerTabularBody(node, body, args, context) {
  const inner = bindParameters(node, args, { ...context, row: [] });
  const scoped = lowerStatements(body.Statements, inner);
  return lowerTabular(body.Expression, scoped);
}

// src/kql/open-schema.ts
var MAX_CACHED_SCHEMAS = 64;
function compileWithRuntimeSchema(text, options, analyzed, needed, compile) {
  const runtime = newRuntime();
  const probe = compileProbe(text, runtime, needed.input);
  const compiled = /* @__PURE__ */ new Map();
  const completed = (input) => {
    const columns = withRuntime(runtime, input, () => needed.columnsFor(probe()));
    const schema = ` : ${schemaText(columns)}`;
    const rewritten = insert(text, needed.insertAt, schema);
    let query = compiled.get(rewritten);
    if (!query) {
      query = placeInOriginal(
        text,
        needed.insertAt,
        schema,
        () => compile(rewritten, options)
      );
      if (compiled.size >= MAX_CACHED_SCHEMAS) compiled.clear();
      compiled.set(rewritten, query);
    }
    return query;
  };
  const root = analyzed.code.Syntax;
  return {
    text,
    resultColumns: knownColumns(analyzed),
    tablesReferenced: referencedTables(root, needed.input),
    plan: { root: needed.input, constants: [], tables: referencedTables(root, needed.input) },
    evaluate: (input) => {
      const query = completed(input);
      return placeInOriginal(text, needed.insertAt, "", () => query.evaluate(input));
    }
  };
}
function newRuntime() {
  return { now: 0, tables: {}, cache: /* @__PURE__ */ new Map(), window: { rows: [], index: 0 } };
}
function compileProbe(text, runtime, input) {
  const compiler = {
    runtime,
    text,
    tabular: (node) => compileTabular(node, compiler),
    scalar: (node, columns, memo) => compileScalar(node, columns, compiler, memo)
  };
  return compileTabular(input, compiler);
}
function withRuntime(runtime, input, run) {
  runtime.now = input.now;
  runtime.tables = input.tables;
  runtime.externalData = input.externalData;
  runtime.cache.clear();
  try {
    return run();
  } finally {
    runtime.tables = {};
    runtime.externalData = void 0;
    runtime.cache.clear();
    runtime.window.rows = [];
  }
}
function insert(text, offset, addition) {
  return `${text.slice(0, offset)}${addition}${text.slice(offset)}`;
}
function placeInOriginal(text, offset, inserted, action) {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof InputError) || error.line === void 0 || inserted === "") {
      throw error;
    }
    const at = positionAt(text, offset);
    if (error.line !== at.line || (error.column ?? 0) <= at.column) throw error;
    throw new InputError(error.message, {
      line: error.line,
      column: (error.column ?? 0) - inserted.length,
      sourceLine: at.sourceLine,
      hint: error.hint,
      kind: error.kind
    });
  }
}
function knownColumns(analyzed) {
  const result = analyzed.code.ResultType;
  if (!result?.Columns) return [];
  return columnsOfTable(result).map(({ name, type }) => ({ name, type: type ?? "dynamic" }));
}
function referencedTables(root, input) {
  const names = [];
  const add = (name) => {
    if (!names.includes(name)) names.push(name);
  };
  collectTables(input, add);
  walk(root, (node) => {
    if (kindOf(node) !== "NameReference") return;
    if (symbolClassOf(node.ReferencedSymbol) === "TableSymbol") {
      add(String(node.ReferencedSymbol.Name));
    }
  });
  return names;
}
function collectTables(plan, add) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const record = node;
    if (record.kind === "table" && typeof record.name === "string") add(record.name);
    Object.values(node).forEach(visit);
  };
  visit(plan);
}

// src/kql/plan/format.ts
function inputsOf(plan) {
  switch (plan.kind) {
    case "table":
    case "values":
    case "range":
    case "rows":
    case "externaldata":
      return [];
    case "join":
      return [plan.left, plan.right];
    case "union":
      return plan.inputs.map((input) => input.plan);
    case "mv-apply":
      return [plan.input, plan.subquery];
    case "where":
    case "extend":
    case "project":
    case "summarize":
    case "sort":
    case "take":
    case "top":
    case "distinct":
    case "count":
    case "mv-expand":
    case "parse":
    case "serialize":
    case "materialize":
    case "bag_unpack":
    case "make-series":
    case "pivot":
      return [plan.input];
    default:
      return assertNever(plan);
  }
}

// src/kql/plan/serialized.ts
var WINDOW_KINDS_SET = new Set(WINDOW_KINDS);
function checkWindowInputs(root, text) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (plan) => {
    if (seen.has(plan)) return;
    seen.add(plan);
    const window = firstWindow(ownExpressions(plan));
    const input = windowInput(plan);
    const origin = input && unserializedOrigin(input);
    if (window && origin) {
      const name = `${window.kind}()`;
      const message = `${name} needs serialized rows, but the rows from ${origin} are not serialized. Add 'serialize' or 'sort by' before the operator that calls ${name}`;
      const hint = "window functions run only on serialized rows, such as the output of serialize, sort, top or range";
      throw queryError(text, window.offset, message, "semantic", hint);
    }
    for (const child of inputsOf(plan)) visit(child);
    for (const nested of nestedTables(ownExpressions(plan))) visit(nested);
  };
  visit(root);
}
function windowInput(plan) {
  if (plan.kind === "serialize" || plan.kind === "mv-apply") return void 0;
  const inputs = inputsOf(plan);
  return inputs.length === 1 ? inputs[0] : void 0;
}
function unserializedOrigin(plan) {
  switch (plan.kind) {
    case "sort":
    case "top":
    case "serialize":
    case "range":
    case "rows":
      return void 0;
    case "where":
    case "extend":
    case "project":
    case "take":
    case "parse":
    case "materialize":
    case "mv-expand":
      return unserializedOrigin(plan.input);
    case "table":
      return `the table '${plan.name}'`;
    case "values":
      return plan.operator;
    case "externaldata":
      return "externaldata";
    case "summarize":
    case "join":
    case "union":
    case "distinct":
    case "count":
    case "make-series":
    case "mv-apply":
      return plan.kind;
    case "bag_unpack":
    case "pivot":
      return "evaluate";
    default:
      return assertNever(plan);
  }
}
function ownExpressions(plan) {
  switch (plan.kind) {
    case "where":
      return [plan.predicate];
    case "extend":
    case "serialize":
      return plan.assignments.map((item) => item.expression);
    case "project":
    case "distinct":
      return plan.items.map((item) => item.expression);
    case "summarize":
      return [
        ...plan.keys.map((key) => key.expression),
        ...plan.aggregates.flatMap((aggregate2) => aggregate2.args)
      ];
    case "sort":
      return plan.keys.map((key) => key.expression);
    case "top":
      return [plan.count, ...plan.keys.map((key) => key.expression)];
    case "take":
      return [plan.count];
    case "mv-expand":
      return plan.items.map((item) => item.expression);
    case "parse":
      return [plan.source];
    case "join":
      return [...plan.leftKeys, ...plan.rightKeys];
    case "values":
      return plan.rows.flat();
    case "range":
      return [plan.from, plan.to, plan.step];
    case "make-series":
      return makeSeriesExpressions(plan);
    case "table":
    case "union":
    case "count":
    case "materialize":
    case "bag_unpack":
    case "mv-apply":
    case "rows":
    case "pivot":
    case "externaldata":
      return [];
    default:
      return assertNever(plan);
  }
}
function makeSeriesExpressions(plan) {
  const bounds = [plan.from, plan.to].filter(
    (bound) => bound !== void 0
  );
  return [
    ...plan.keys.map((key) => key.expression),
    ...plan.aggregates.flatMap((item) => [...item.aggregate.args, item.fallback]),
    plan.axis,
    plan.step,
    ...bounds
  ];
}
function firstWindow(plans) {
  for (const plan of plans) {
    if (WINDOW_KINDS_SET.has(plan.kind)) return plan;
    const found = firstWindow(scalarChildren(plan));
    if (found) return found;
  }
  return void 0;
}
function nestedTables(plans) {
  const tables = [];
  const collect = (plan) => {
    if (plan.kind === "toscalar" || plan.kind === "column-array") {
      tables.push(plan.input);
    }
    scalarChildren(plan).forEach(collect);
  };
  plans.forEach(collect);
  return tables;
}

// src/kql/compile-query.ts
function compileQuery(text, options) {
  const analyzed = analyzeQuery(text, options);
  throwFirstError(analyzed);
  let plan;
  try {
    plan = lowerQuery(text, analyzed.code.Syntax);
  } catch (error) {
    if (!(error instanceof SchemaNeeded)) throw error;
    return compileWithRuntimeSchema(text, options, analyzed, error, compileQuery);
  }
  const runtime = {
    now: 0,
    tables: {},
    cache: /* @__PURE__ */ new Map(),
    window: { rows: [], index: 0 }
  };
  const compiler = {
    runtime,
    text,
    tabular: (node) => compileTabular(node, compiler),
    scalar: (node, columns, memo) => compileScalar(node, columns, compiler, memo)
  };
  const root = compileTabular(plan.root, compiler);
  const resultColumns = plan.root.columns;
  return {
    text,
    plan,
    resultColumns,
    tablesReferenced: plan.tables,
    evaluate: (input) => {
      runtime.now = input.now;
      runtime.tables = input.tables;
      runtime.externalData = input.externalData;
      runtime.cache.clear();
      try {
        return { columns: resultColumns, rows: root().rows };
      } finally {
        runtime.tables = {};
        runtime.externalData = void 0;
        runtime.cache.clear();
        runtime.window.rows = [];
      }
    }
  };
}
function lowerQuery(text, root) {
  const state = { nextId: 1, constants: [], tables: [] };
  const context = {
    text,
    scope: new Scope(),
    state,
    row: [],
    lowerTabular
  };
  const scoped = lowerStatements(root.Statements, context);
  const expression = queryExpressionOf(root.Statements);
  if (!expression) {
    const message = "the query has no tabular expression to evaluate";
    throw queryError(text, text.length, message, "semantic");
  }
  if (!expression.ResultType?.Columns) {
    const message = "the query's last statement is not a tabular expression";
    throw queryError(text, Number(expression.TextStart), message, "semantic");
  }
  const planRoot = lowerTabular(expression, scoped);
  checkWindowInputs(planRoot, text);
  return { root: planRoot, constants: state.constants, tables: state.tables };
}

// src/rules/rule-compiler.ts
var PLACEHOLDER2 = /\{\{([^{}]*)\}\}/g;
function tryCompileRule(rule, options, compile = compileQuery) {
  let query;
  try {
    query = compile(rule.query, options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const map = queryPositionMap(rule.source, rule.query);
    const rebased = rebaseQueryError(error, rule.source, map);
    return { compiled: null, errors: [rebased] };
  }
  const errors = missingColumnErrors(rule, query);
  return { compiled: errors.length > 0 ? null : { rule, query }, errors };
}
function compileRule(rule, options, compile = compileQuery) {
  const { compiled, errors } = tryCompileRule(rule, options, compile);
  if (!compiled) throw errors[0];
  return compiled;
}
function missingColumnErrors(rule, query) {
  const available = new Set(query.resultColumns.map((column) => column.name));
  const listed = query.resultColumns.map((column) => column.name).join(", ");
  return mappedColumns(rule).filter((mapped) => !available.has(mapped.column)).map(
    (mapped) => rule.source.error(
      mapped.path,
      `${mapped.use} uses column '${mapped.column}', which is not in the query's result`,
      {
        hint: `the result has ${listed || "no columns"}; correct the column name or add the column to the query's output`,
        kind: "schema"
      }
    )
  );
}
function mappedColumns(rule) {
  const columns = [];
  for (const [index, mapping] of rule.entityMappings.entries()) {
    for (const [fieldIndex, field] of mapping.fieldMappings.entries()) {
      columns.push({
        column: field.columnName,
        path: [
          "entityMappings",
          index,
          "fieldMappings",
          fieldIndex,
          "columnName"
        ],
        use: `entity ${mapping.entityType}, identifier ${field.identifier},`
      });
    }
  }
  for (const [key, column] of Object.entries(rule.customDetails)) {
    const use = `custom detail ${key}`;
    columns.push({ column, path: ["customDetails", key], use });
  }
  columns.push(...overrideColumns(rule));
  return columns;
}
function overrideColumns(rule) {
  const override = rule.alertDetailsOverride;
  if (!override) return [];
  const columns = [];
  const formats = ["alertDisplayNameFormat", "alertDescriptionFormat"];
  for (const field of formats) {
    for (const column of placeholderColumns(override[field] ?? "")) {
      const path = ["alertDetailsOverride", field];
      columns.push({ column, path, use: field });
    }
  }
  const columnFields = [
    "alertTacticsColumnName",
    "alertSeverityColumnName"
  ];
  for (const field of columnFields) {
    const column = override[field];
    const path = ["alertDetailsOverride", field];
    if (column) columns.push({ column, path, use: field });
  }
  for (const [index, property] of override.alertDynamicProperties.entries()) {
    columns.push({
      column: property.value,
      path: ["alertDetailsOverride", "alertDynamicProperties", index, "value"],
      use: `alert property ${property.alertProperty}`
    });
  }
  return columns;
}
function placeholderColumns(format) {
  return [...format.matchAll(PLACEHOLDER2)].map((match) => match[1].trim());
}

// src/rules/rule-loader.ts
import { readdirSync as readdirSync4, readFileSync as readFileSync6 } from "node:fs";
import { extname as extname5, join as join6 } from "node:path";

// src/rules/rule-validation.ts
import Ajv2 from "ajv";
import addFormats from "ajv-formats";

// src/rules/rule-messages.ts
var DURATION_HINT = "write a whole number followed by m, h or d, such as 1h, or ISO 8601 such as PT1H";
var FIELD_HINTS = {
  id: "add id: with a new GUID",
  name: "add name: with the alert's display name",
  description: "add description: saying what the rule detects",
  severity: "add severity: Informational, Low, Medium or High",
  query: "add query: with the KQL text of the rule",
  queryFrequency: "add queryFrequency: how often the rule runs, such as 1h",
  queryPeriod: "add queryPeriod: how far back each run looks, such as 1h",
  triggerOperator: "add triggerOperator: gt, lt, eq or ne",
  triggerThreshold: "add triggerThreshold: the result count the operator compares with, such as 0"
};
function describeSchemaError(error, data) {
  const path = parsePointer(error.instancePath);
  const parent = error.parentSchema;
  const rule = parent?.["x-rule"];
  const explained = typeof rule === "string" && RULE_KEYWORDS[rule];
  if (explained && explained.includes(error.keyword)) {
    return RULE_MESSAGES[rule](error, path, data);
  }
  const describe3 = KEYWORD_MESSAGES[error.keyword];
  if (describe3) return describe3(error, path, data);
  const reason = error.message ?? "is not valid";
  return { path, message: `${fieldLabel(path)} ${reason}` };
}
var RULE_KEYWORDS = {
  "duration-range": ["formatMinimum", "formatMaximum"],
  "period-after-frequency": ["formatMinimum"],
  "long-period": ["formatMinimum"],
  identifier: ["enum"],
  "required-identifiers": ["anyOf"]
};
var RULE_MESSAGES = {
  "duration-range": (error, path) => {
    const value = quote2(error.data);
    const shorter = error.keyword === "formatMinimum";
    const message = shorter ? `${fieldName(path)} ${value} is shorter than 5 minutes` : `${fieldName(path)} ${value} is longer than 14 days`;
    return { path, message: `${message}: Sentinel allows 5m to 14d` };
  },
  "period-after-frequency": (error, path, data) => ({
    path,
    message: `queryPeriod ${quote2(error.data)} is shorter than queryFrequency ${quote2(valueAt(data, ["queryFrequency"]))}: each run must look back at least as far as the time since the last run`,
    hint: "make queryPeriod at least as long as queryFrequency"
  }),
  "long-period": (error, path, data) => ({
    path,
    message: `queryFrequency ${quote2(error.data)} is shorter than 1 hour, but queryPeriod ${quote2(valueAt(data, ["queryPeriod"]))} is 2 days or more: Sentinel then requires a queryFrequency of 1h or more`,
    hint: "raise queryFrequency to 1h or more, or shorten queryPeriod below 2d"
  }),
  identifier: (error, path, data) => {
    const entityType = entityTypeAt(data, path);
    const allowed = ENTITY_TYPES[entityType]?.identifiers ?? [];
    return {
      path,
      message: `identifier ${quote2(error.data)} is not valid for entity type ${entityType}: use one of ${allowed.join(", ")}`,
      hint: "identifiers are case-sensitive, as Sentinel reads them"
    };
  },
  "required-identifiers": (_error, path, data) => {
    const entityType = entityTypeAt(data, path);
    return {
      path: path.slice(0, 2),
      message: `the ${entityType} entity mapping lacks the identifiers Sentinel requires: map ${describeRequiredSets(ENTITY_TYPES[entityType])}`
    };
  }
};
var KEYWORD_MESSAGES = {
  required: (error, path, data) => {
    const field = String(error.params.missingProperty);
    const fieldPath = [...path, field];
    const present = valueAt(data, path) !== void 0 && path.length > 0;
    const place = present ? ` in ${fieldLabel(path)}` : "";
    return {
      path: fieldPath,
      message: `missing required field '${field}'${place}`,
      hint: FIELD_HINTS[field] ?? `add ${field}`
    };
  },
  type: (error, path) => ({
    path,
    message: `${fieldLabel(path)} must be ${article(String(error.params.type))}, not ${describeValue(error.data)}`
  }),
  format: (error, path) => describeFormat(error, path),
  enum: (error, path) => describeEnum(error, path),
  const: (error, path) => describeEnum(error, path),
  minimum: (error, path) => describeRange(error, path),
  maximum: (error, path) => describeRange(error, path),
  minItems: (error, path) => describeCount(error, path),
  maxItems: (error, path) => describeCount(error, path),
  maxProperties: (error, path) => ({
    path,
    message: `${fieldLabel(path)} has ${Object.keys(error.data).length} keys: Sentinel allows at most ${error.params.limit}`,
    hint: "remove custom details you do not need"
  }),
  minLength: (_error, path) => ({ path, message: `${fieldLabel(path)} is empty` }),
  maxLength: (error, path) => describeLength(error, path),
  pattern: (error, path) => describePattern(error, path),
  "false schema": (_error, path) => ({
    path,
    message: `${fieldName(path)} is not allowed in an NRT rule`,
    hint: `remove ${fieldName(path)}: NRT rules run every minute and raise alerts on any result`
  })
};
function describeFormat(error, path) {
  if (error.params.format === "alert-details-format") {
    const count2 = String(error.data).match(/\{\{[^{}]*\}\}/g)?.length ?? 0;
    return {
      path,
      message: `${fieldName(path)} has ${count2} {{column}} placeholders: Sentinel allows at most 3`
    };
  }
  return {
    path,
    message: `${fieldName(path)} ${quote2(error.data)} is not a duration: ${DURATION_HINT}`
  };
}
var ENUM_HINTS = {
  triggerOperator: () => "use gt, lt, eq or ne, or GreaterThan, LessThan, Equal or NotEqual (case-sensitive)",
  severity: (allowed) => `use ${joinWords(allowed, "or")}`,
  aggregationKind: (allowed) => `use ${joinWords(allowed, "or")}`,
  entityType: (allowed) => `use one of ${allowed.join(", ")}`,
  alertProperty: (allowed) => `use one of ${allowed.join(", ")}`,
  tactics: (allowed) => `use one of ${allowed.join(", ")}`
};
function describeEnum(error, path) {
  const field = fieldName(path);
  const allowed = error.params.allowedValues ?? [];
  if (field === "kind") return describeKind(error, path);
  const label = field === "tactics" ? "tactic" : field;
  const hint = ENUM_HINTS[field]?.(allowed) ?? `use one of ${allowed.join(", ")}`;
  return { path, message: `${label} ${quote2(error.data)} is not valid: ${hint}` };
}
function describeKind(error, path) {
  const known = RULE_KINDS.includes(String(error.data));
  return {
    path,
    message: known ? `kind ${quote2(error.data)} is not supported: only Scheduled and NRT rules run a KQL query` : `kind ${quote2(error.data)} is not valid: use Scheduled or NRT`,
    kind: known ? "unsupported" : "schema"
  };
}
function describeRange(error, path) {
  return {
    path,
    message: `${fieldName(path)} ${String(error.data)} is out of range: use a whole number from 0 to 10000`
  };
}
function describeCount(error, path) {
  const count2 = error.data.length;
  const field = fieldName(path);
  if (field === "fieldMappings") {
    return {
      path,
      message: `an entity mapping has ${count2} field mappings: Sentinel allows 1 to 3`,
      hint: "split the identifiers over another entity mapping of the same type"
    };
  }
  return {
    path,
    message: count2 === 0 ? `${field} is empty: map at least one entity or remove ${field}` : `${field} has ${count2} entity mappings: Sentinel allows at most 10`
  };
}
function describeLength(error, path) {
  if (error.propertyName !== void 0) return describeDetailKey(error, path);
  return {
    path,
    message: `${fieldLabel(path)} is ${String(error.data).length} characters long: Sentinel allows at most ${error.params.limit}`
  };
}
function describePattern(error, path) {
  if (error.propertyName !== void 0) return describeDetailKey(error, path);
  const field = fieldName(path);
  if (field === "relevantTechniques") {
    return {
      path,
      message: `technique ${quote2(error.data)} is not a MITRE ATT&CK technique id: write T1234 or T1234.001`
    };
  }
  if (field === "version") {
    return {
      path,
      message: `version ${quote2(error.data)} is not valid: write three numbers such as 1.0.0`
    };
  }
  return {
    path,
    message: `${fieldLabel(path)} ${quote2(error.data)} is not a column name: use letters, digits and underscores, starting with a letter or underscore`
  };
}
function describeDetailKey(error, path) {
  return {
    path: [...path, String(error.propertyName)],
    message: `custom detail key '${String(error.propertyName)}' is not valid: use up to 20 letters, digits and underscores, starting with a letter`
  };
}
function fieldName(path) {
  const names = path.filter((part) => typeof part === "string");
  return names[names.length - 1] ?? "the rule";
}
function entityTypeAt(data, path) {
  return String(valueAt(data, [...path.slice(0, 2), "entityType"]));
}
function fieldLabel(path) {
  if (path.length === 0) return "the rule";
  return path.map((part) => typeof part === "number" ? `[${part}]` : `.${part}`).join("").replace(/^\./, "");
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function valueAt(data, path) {
  let current = data;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[part];
  }
  return current;
}
function quote2(value) {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}
function describeValue(value) {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${quote2(value)}`;
}
function article(type) {
  const words = {
    integer: "a whole number",
    string: "a string",
    array: "a list",
    object: "a mapping",
    boolean: "true or false",
    number: "a number"
  };
  return words[type] ?? type;
}

// src/rules/rule-schema.ts
var TRIGGER_OPERATORS = [
  "gt",
  "lt",
  "eq",
  "ne",
  "GreaterThan",
  "LessThan",
  "Equal",
  "NotEqual"
];
var ALERT_PROPERTIES = [
  "AlertLink",
  "ConfidenceLevel",
  "ConfidenceScore",
  "ExtendedLinks",
  "ProductComponentName",
  "ProductName",
  "ProviderName",
  "RemediationSteps",
  "Techniques"
];
var DURATION = "sentinel-duration";
var COLUMN_NAME = {
  type: "string",
  maxLength: 500,
  pattern: "^[a-zA-Z_]\\w*$"
};
var scheduleDuration = {
  type: "string",
  format: DURATION,
  "x-rule": "duration-range",
  formatMinimum: "5m",
  formatMaximum: "14d"
};
var queryPeriod = {
  allOf: [
    scheduleDuration,
    {
      format: DURATION,
      "x-rule": "period-after-frequency",
      formatMinimum: { $data: "1/queryFrequency" }
    }
  ]
};
var longPeriodNeedsHourlyRuns = {
  if: {
    required: ["queryPeriod"],
    properties: { queryPeriod: { format: DURATION, formatMinimum: "2d" } }
  },
  then: {
    properties: {
      queryFrequency: {
        format: DURATION,
        "x-rule": "long-period",
        formatMinimum: "1h"
      }
    }
  }
};
var SCHEDULE_FIELDS = [
  "queryFrequency",
  "queryPeriod",
  "triggerOperator",
  "triggerThreshold"
];
var scheduledNeedsSchedule = {
  if: { required: ["kind"], properties: { kind: { const: "Scheduled" } } },
  then: { required: SCHEDULE_FIELDS }
};
var nrtHasNoSchedule = {
  if: { required: ["kind"], properties: { kind: { const: "NRT" } } },
  then: {
    properties: Object.fromEntries(
      SCHEDULE_FIELDS.map((field) => [field, false])
    )
  }
};
function identifiersOf(entityType) {
  const spec = ENTITY_TYPES[entityType];
  const requiredSets = spec.requiredSets.map((set) => ({
    allOf: set.map((identifier) => ({
      contains: { properties: { identifier: { const: identifier } } }
    }))
  }));
  return {
    if: {
      required: ["entityType"],
      properties: { entityType: { const: entityType } }
    },
    then: {
      properties: {
        fieldMappings: {
          "x-rule": "required-identifiers",
          anyOf: requiredSets,
          items: {
            properties: {
              identifier: { "x-rule": "identifier", enum: spec.identifiers }
            }
          }
        }
      }
    }
  };
}
var fieldMapping = {
  type: "object",
  required: ["identifier", "columnName"],
  properties: { identifier: { type: "string" }, columnName: COLUMN_NAME }
};
var entityMapping = {
  type: "object",
  required: ["entityType", "fieldMappings"],
  properties: {
    entityType: { enum: ENTITY_TYPE_NAMES },
    fieldMappings: {
      type: "array",
      minItems: 1,
      maxItems: 3,
      items: fieldMapping
    }
  },
  allOf: ENTITY_TYPE_NAMES.map(identifiersOf)
};
var detailsFormat = (maxLength) => ({
  type: "string",
  minLength: 1,
  maxLength,
  format: "alert-details-format"
});
var alertDetailsOverride = {
  type: "object",
  properties: {
    alertDisplayNameFormat: detailsFormat(256),
    alertDescriptionFormat: detailsFormat(5e3),
    alertTacticsColumnName: COLUMN_NAME,
    alertSeverityColumnName: COLUMN_NAME,
    alertDynamicProperties: {
      type: "array",
      items: {
        type: "object",
        required: ["alertProperty", "value"],
        properties: {
          alertProperty: { enum: ALERT_PROPERTIES },
          value: COLUMN_NAME
        }
      }
    }
  }
};
var customDetails = {
  type: "object",
  maxProperties: 20,
  propertyNames: { maxLength: 20, pattern: "^[a-zA-Z]\\w*$" },
  additionalProperties: COLUMN_NAME
};
var requiredDataConnectors = {
  type: "array",
  items: {
    type: "object",
    required: ["connectorId", "dataTypes"],
    properties: {
      connectorId: { type: "string" },
      dataTypes: { type: "array", items: { type: "string" } }
    }
  }
};
var RULE_SCHEMA = {
  $id: "https://kql-rule-test.local/schemas/rule.json",
  type: "object",
  required: ["id", "name", "description", "kind", "severity", "query"],
  properties: {
    id: { type: "string", minLength: 1 },
    name: { type: "string", minLength: 1, maxLength: 256 },
    description: { type: "string", maxLength: 5e3 },
    kind: { enum: ["Scheduled", "NRT"] },
    severity: { enum: SEVERITIES },
    query: { type: "string", minLength: 1, maxLength: 1e4 },
    queryFrequency: scheduleDuration,
    queryPeriod,
    triggerOperator: { enum: TRIGGER_OPERATORS },
    triggerThreshold: { type: "integer", minimum: 0, maximum: 1e4 },
    tactics: { type: "array", items: { enum: TACTICS } },
    relevantTechniques: {
      type: "array",
      items: { type: "string", pattern: "^T\\d{4}(\\.\\d{3})?$" }
    },
    entityMappings: {
      type: "array",
      minItems: 1,
      maxItems: 10,
      items: entityMapping
    },
    customDetails,
    alertDetailsOverride,
    eventGroupingSettings: {
      type: "object",
      required: ["aggregationKind"],
      properties: { aggregationKind: { enum: AGGREGATION_KINDS } }
    },
    version: { type: "string", maxLength: 20, pattern: "^\\d+\\.\\d+\\.\\d+$" },
    requiredDataConnectors,
    suppressionEnabled: { type: "boolean" },
    suppressionDuration: { type: "string", format: DURATION }
  },
  allOf: [scheduledNeedsSchedule, nrtHasNoSchedule, longPeriodNeedsHourlyRuns]
};

// src/rules/rule-validation.ts
var PLACEHOLDER3 = /\{\{[^{}]*\}\}/g;
var validator;
function compileValidator() {
  const ajv2 = new Ajv2({
    allErrors: true,
    $data: true,
    verbose: true,
    strictSchema: true,
    strictTypes: false,
    strictRequired: false
  });
  addFormats(ajv2, { formats: [], keywords: true });
  ajv2.addVocabulary(["x-rule"]);
  ajv2.addFormat("sentinel-duration", {
    type: "string",
    validate: (text) => parseDuration(text) !== null,
    compare: compareDurations
  });
  ajv2.addFormat("alert-details-format", {
    type: "string",
    validate: (text) => countPlaceholders(text) <= 3
  });
  return ajv2.compile(RULE_SCHEMA);
}
function compareDurations(left, right) {
  const a = parseDuration(left);
  const b = parseDuration(right);
  if (a === null || b === null) return void 0;
  return Math.sign(a - b);
}
function countPlaceholders(format) {
  return format.match(PLACEHOLDER3)?.length ?? 0;
}
function validateRuleDocument(document) {
  validator ??= compileValidator();
  const valid = validator(document.data);
  const errors = valid ? [] : relevantErrors(validator.errors ?? []);
  const found = errors.map((error) => {
    const problem = describeSchemaError(error, document.data);
    return document.source.error(problem.path, problem.message, problem);
  });
  return [...found, ...duplicateIdentifierErrors(document)];
}
function relevantErrors(errors) {
  const failedAnyOf = errors.filter((error) => error.keyword === "anyOf").map((error) => error.schemaPath);
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => {
    if (error.keyword === "if" || error.keyword === "propertyNames") return false;
    const inAnyOf = (path) => error.schemaPath.startsWith(`${path}/`);
    if (failedAnyOf.some(inAnyOf)) return false;
    const key = `${error.instancePath} ${error.keyword} ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function duplicateIdentifierErrors(document) {
  const mappings = document.data.entityMappings;
  if (!Array.isArray(mappings)) return [];
  const errors = [];
  for (const [index, mapping] of mappings.entries()) {
    const fields = mapping?.fieldMappings;
    if (!Array.isArray(fields)) continue;
    if (!(mapping.entityType in ENTITY_TYPES)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const [fieldIndex, field] of fields.entries()) {
      const identifier = field?.identifier;
      if (!seen.has(identifier)) {
        seen.add(identifier);
        continue;
      }
      const path = [
        "entityMappings",
        index,
        "fieldMappings",
        fieldIndex,
        "identifier"
      ];
      errors.push(
        document.source.error(
          path,
          `identifier '${String(identifier)}' is mapped twice in the ${mapping.entityType} entity mapping`,
          { hint: "map each identifier once per entity mapping" }
        )
      );
    }
  }
  return errors;
}

// src/rules/rule-loader.ts
var RULE_EXTENSIONS = [".yaml", ".yml", ".json"];
var GUID3 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var OPERATOR_NAMES = {
  GreaterThan: "gt",
  LessThan: "lt",
  Equal: "eq",
  NotEqual: "ne"
};
function loadRules(dir) {
  let files;
  try {
    files = listRuleFiles(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read the rules folder '${dir}': ${reason}`;
    return failed(dir, [new InputError(message, { file: dir, kind: "io" })]);
  }
  const loaded2 = files.map((file) => loadRuleFile(file));
  const rules = loaded2.flatMap((result) => result.rules);
  const failures = loaded2.flatMap((result) => result.failures);
  const unique = dropDuplicateIds(rules, failures);
  const errors = failures.flatMap((failure) => failure.errors);
  return { rules: unique, failures, errors };
}
function loadRuleFile(file) {
  let text;
  try {
    text = readFileSync6(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read '${file}': ${reason}`;
    return failed(file, [new InputError(message, { file, kind: "io" })]);
  }
  return parseRules(file, text);
}
function parseRules(file, text) {
  let documents;
  try {
    const source = parseSourceFile(file, text.replace(/^\uFEFF/, ""));
    documents = readRuleDocuments(source);
  } catch (error) {
    if (error instanceof InputError) return failed(file, [error]);
    throw error;
  }
  const rules = [];
  const failures = [];
  for (const document of documents) {
    defaultKind(document);
    const problems = [...document.errors, ...validateRuleDocument(document)];
    if (problems.length > 0) failures.push(failureOf(document, problems));
    else rules.push(buildRule(document));
  }
  const errors = failures.flatMap((failure) => failure.errors);
  return { rules, failures, errors };
}
function failed(file, errors) {
  return { rules: [], failures: [{ file, errors }], errors };
}
function failureOf(document, errors) {
  const { id, name } = document.data;
  return {
    file: document.source.file,
    id: typeof id === "string" ? id : void 0,
    name: typeof name === "string" ? name : void 0,
    errors
  };
}
function listRuleFiles(dir) {
  const files = [];
  for (const entry of readdirSync4(dir, { withFileTypes: true })) {
    const path = join6(dir, entry.name);
    if (entry.isDirectory()) files.push(...listRuleFiles(path));
    else if (isRuleFile(entry.name)) files.push(path);
  }
  return files.sort();
}
function isRuleFile(name) {
  return RULE_EXTENSIONS.includes(extname5(name).toLowerCase());
}
function defaultKind(document) {
  if (document.data.kind !== void 0) return;
  document.data.kind = "Scheduled";
  document.warnings.push(
    document.source.error(
      [],
      "the rule has no kind: read as a Scheduled rule",
      {
        hint: "add kind: Scheduled, which Sentinel's template validation requires",
        kind: "warning"
      }
    )
  );
}
function dropDuplicateIds(rules, failures) {
  const byId = /* @__PURE__ */ new Map();
  const unique = [];
  for (const rule of rules) {
    const first = byId.get(rule.id.toLowerCase());
    if (!first) {
      byId.set(rule.id.toLowerCase(), rule);
      unique.push(rule);
      continue;
    }
    const firstLine2 = first.source.locate(["id"]).line;
    const error = rule.source.error(
      ["id"],
      `duplicate rule id '${rule.id}': ${first.file}:${firstLine2} already uses it`,
      { hint: "give each rule its own id (a new GUID), also for a corrected copy of a rule" }
    );
    const { file, id, name } = rule;
    failures.push({ file, id, name, errors: [error] });
  }
  return unique;
}
function buildRule(document) {
  const data = document.data;
  const kind = data.kind;
  const warnings = [...document.warnings, ...ruleWarnings(document)];
  const nrt = kind === "NRT";
  return {
    id: data.id,
    name: data.name,
    description: data.description,
    kind,
    severity: data.severity,
    query: data.query,
    queryFrequency: nrt ? null : parseDuration(data.queryFrequency),
    queryPeriod: nrt ? null : parseDuration(data.queryPeriod),
    triggerOperator: nrt ? "gt" : shortOperator(data.triggerOperator),
    triggerThreshold: nrt ? 0 : data.triggerThreshold,
    tactics: data.tactics ?? [],
    relevantTechniques: data.relevantTechniques ?? [],
    entityMappings: data.entityMappings ?? [],
    customDetails: data.customDetails ?? {},
    alertDetailsOverride: buildOverride(data.alertDetailsOverride),
    aggregationKind: aggregationKindOf(data.eventGroupingSettings),
    version: data.version ?? null,
    suppressionEnabled: data.suppressionEnabled ?? false,
    suppressionDuration: data.suppressionDuration ? parseDuration(data.suppressionDuration) : null,
    dialect: document.dialect,
    file: document.source.file,
    line: document.source.startLine(),
    source: document.source,
    warnings
  };
}
function shortOperator(operator) {
  return OPERATOR_NAMES[operator] ?? operator;
}
function aggregationKindOf(settings) {
  return settings?.aggregationKind ?? "SingleAlert";
}
function buildOverride(value) {
  if (!value) return null;
  const properties = value.alertDynamicProperties ?? [];
  return { ...value, alertDynamicProperties: properties };
}
function ruleWarnings(document) {
  const warnings = [];
  const id = document.data.id;
  if (typeof id === "string" && !GUID3.test(id)) {
    warnings.push(
      document.source.error(["id"], `id '${id}' is not a GUID`, {
        hint: "Sentinel's template validation requires a GUID id; generate one with uuidgen",
        kind: "warning"
      })
    );
  }
  warnings.push(...legacyEntityWarnings(document));
  for (const field of ["queryFrequency", "queryPeriod"]) {
    const warning = durationFormWarning(document, field);
    if (warning) warnings.push(warning);
  }
  return warnings;
}
var LEGACY_ENTITY_COLUMNS = [
  "AccountCustomEntity",
  "HostCustomEntity",
  "IPCustomEntity",
  "URLCustomEntity",
  "ProcessCustomEntity",
  "FileHashCustomEntity"
];
function legacyEntityWarnings(document) {
  const { query, entityMappings } = document.data;
  const mapped = new Set(
    (entityMappings ?? []).flatMap(
      (mapping) => mapping.fieldMappings.map((field) => field.columnName)
    )
  );
  return LEGACY_ENTITY_COLUMNS.filter(
    (column) => new RegExp(`\\b${column}\\b`).test(query ?? "") && !mapped.has(column)
  ).map(
    (column) => document.source.error(["query"], `the query sets ${column}, which no entity mapping maps`, {
      hint: `map ${column} in entityMappings to make an entity from it`,
      kind: "warning"
    })
  );
}
function durationFormWarning(document, field) {
  const text = document.data[field];
  if (document.dialect !== "arm" || typeof text !== "string") return void 0;
  if (text.startsWith("P")) return void 0;
  return document.source.error(
    [field],
    `${field} '${text}' is not ISO 8601, which the Sentinel API requires`,
    {
      hint: "write durations such as PT1H or P1D in an ARM rule",
      kind: "warning"
    }
  );
}

// src/rules/schemas.ts
import { existsSync as existsSync2, readdirSync as readdirSync5, readFileSync as readFileSync7 } from "node:fs";
import { basename as basename4, dirname as dirname6, extname as extname6, join as join7 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { isMap as isMap3, isSeq as isSeq3 } from "yaml";
var TYPE_ALIASES = {
  boolean: "bool",
  int32: "int",
  int64: "long",
  bigint: "long",
  double: "real",
  float: "real",
  uniqueidentifier: "guid",
  object: "dynamic"
};
function loadSchemas2(dirs) {
  const loaded2 = { tables: {}, functions: {}, errors: [] };
  for (const dir of typeof dirs === "string" ? [dirs] : dirs) {
    for (const file of listSchemaFiles(dir, loaded2.errors)) {
      loadSchemaFile(file, loaded2);
    }
  }
  return loaded2;
}
function loadRepositorySchemas(schemasDir) {
  return loadSchemas2(repositorySchemaFolders(schemasDir));
}
function repositorySchemaFolders(schemasDir) {
  const functions = join7(dirname6(schemasDir), "functions");
  const own = existsSync2(functions) ? [schemasDir, functions] : [schemasDir];
  return [...shippedSchemaFolders(), ...own];
}
function shippedSchemaFolders() {
  const moduleFolder = fileURLToPath2(new URL(".", import.meta.url));
  const roots = [join7(moduleFolder, ".."), join7(moduleFolder, "..", "..")];
  const root = roots.find(
    (candidate) => existsSync2(join7(candidate, "schemas"))
  );
  if (root === void 0) return [];
  return ["schemas", "functions"].map((name) => join7(root, name)).filter((folder) => existsSync2(folder));
}
function compileOptionsOf(schemas) {
  return { tables: schemas.tables, functions: schemas.functions };
}
function listSchemaFiles(dir, errors) {
  try {
    return readdirSync5(dir).filter((name) => [".json", ".kql"].includes(extname6(name).toLowerCase())).sort().map((name) => join7(dir, name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read the schemas folder '${dir}': ${reason}`;
    errors.push(new InputError(message, { file: dir, kind: "io" }));
    return [];
  }
}
function loadSchemaFile(file, loaded2) {
  try {
    const text = readFileSync7(file, "utf8").replace(/^\uFEFF/, "");
    if (extname6(file).toLowerCase() === ".kql") {
      loaded2.functions[basename4(file, extname6(file))] = declarationOf(text);
      return;
    }
    const { name, columns } = readTableSchema(parseSourceFile(file, text));
    loaded2.tables[name] = columns;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    loaded2.errors.push(error);
  }
}
function declarationOf(text) {
  const lines2 = text.split(/\r?\n/);
  const start = lines2.findIndex((line) => !/^\s*(\/\/.*)?$/.test(line));
  return start < 0 ? "" : lines2.slice(start).join("\n").trim();
}
function readTableSchema(source) {
  const root = source.document.contents;
  const nameNode = isMap3(root) ? root.get("name", true) : void 0;
  const name = nameNode?.toJSON();
  if (!isMap3(root) || typeof name !== "string" || name === "") {
    const message = 'a table schema needs a "name" with the table name';
    throw schemaError(source, root, message);
  }
  const columnsNode = root.get("columns", true);
  if (!isSeq3(columnsNode)) {
    const message = `table ${name} needs a "columns" list of { "name", "type" }`;
    throw schemaError(source, nameNode ?? root, message);
  }
  const columns = columnsNode.items.map(
    (item) => readColumn(source, item)
  );
  return { name, columns };
}
function readColumn(source, node) {
  const column = node.toJSON();
  if (typeof column?.name !== "string" || typeof column.type !== "string") {
    const message = 'a column needs a "name" and a "type", both strings';
    throw schemaError(source, node, message);
  }
  const type = kustoType(column.type);
  if (!type) {
    const typeNode = isMap3(node) ? node.get("type", true) : node;
    throw schemaError(
      source,
      typeNode,
      `column ${column.name} has type '${column.type}', which is not a Kusto type: use one of ${KUSTO_TYPES.join(", ")}`
    );
  }
  return { name: column.name, type };
}
function kustoType(name) {
  const lower = name.toLowerCase().replace(/^system\./, "");
  return KUSTO_TYPES.find((type) => type === lower) ?? TYPE_ALIASES[lower];
}
function schemaError(source, node, message) {
  const offset = node?.range?.[0] ?? 0;
  const { line, column } = source.position(offset);
  return new InputError(message, {
    file: source.file,
    line,
    column,
    sourceLine: source.lineText(line),
    kind: "schema"
  });
}

// src/cases/default-rule-engine.ts
var defaultRuleEngine = {
  loadSchemas: (dir) => loadRepositorySchemas(dir),
  loadRules: (dir) => {
    const loaded2 = loadRules(dir);
    return { rules: loaded2.rules, failures: loaded2.failures };
  },
  compileRule: (rule, options) => compileRule(rule, options, compileQuery),
  runRule: (compiled, tables, at, externalData) => runRule(compiled, tables, at, externalData)
};

// src/cases/repository-inputs.ts
import { readFileSync as readFileSync8 } from "node:fs";
import { join as join8 } from "node:path";

// src/cases/watchlist-setup.ts
function addRepositoryWatchlists(loaded2, root) {
  const folder = loadWatchlistFolder(root);
  const problems = [...loaded2.problems, ...folder.errors.map(folderProblem)];
  if (folder.watchlists.length === 0) return { cases: loaded2.cases, problems };
  const cases = loaded2.cases.map((item) => {
    const tables = { ...item.tables };
    for (const source of folder.watchlists) {
      const name = watchlistTableName(source.alias);
      if (name in tables) continue;
      try {
        tables[name] = buildWatchlistTable(source, item.at);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push(folderProblem(error));
      }
    }
    return { ...item, tables };
  });
  return { cases, problems: dedupeProblems(problems) };
}
function folderProblem(error) {
  return { name: "watchlists", file: error.file ?? "watchlists", line: error.line ?? 1, error };
}
function dedupeProblems(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function watchlistSetup(query, cases, rule) {
  const called = calledWatchlists(query);
  const given = givenAliases(cases);
  const read = called.dynamic ? given : called.aliases.filter((alias) => given.includes(alias));
  const functions = read.length > 0 ? { [WATCHLIST_FUNCTION]: watchlistFunction(read) } : {};
  const warnings = [];
  if (cases.length === 0) return { functions, warnings };
  for (const alias of called.aliases) {
    const lacking = cases.filter((item) => !(watchlistTableName(alias) in item.tables));
    if (lacking.length === cases.length) {
      warnings.push(missingWatchlist(alias, rule, "no case gives watchlist"));
      continue;
    }
    for (const item of lacking) {
      warnings.push(missingWatchlist(alias, item, "this case does not give watchlist"));
    }
  }
  return { functions, warnings };
}
function givenAliases(cases) {
  const aliases = /* @__PURE__ */ new Set();
  for (const item of cases) {
    for (const name of Object.keys(item.tables)) {
      const alias = watchlistAliasOf(name);
      if (alias !== void 0) aliases.add(alias);
    }
  }
  return [...aliases].sort();
}
function missingWatchlist(alias, place, reason) {
  return new InputError(
    `${reason} '${alias}', so ${WATCHLIST_FUNCTION}('${alias}') returns no rows`,
    {
      file: place.file,
      line: place.line,
      hint: `give its items under watchlists: ${alias}: in the case, or in watchlists/${alias}.csv`,
      kind: "warning"
    }
  );
}

// src/cases/repository-inputs.ts
var EXTERNAL_DATA_FILE = "externaldata.yaml";
function addRepositoryInputs(loaded2, root) {
  return addRepositoryExternalData(addRepositoryWatchlists(loaded2, root), root);
}
function addRepositoryExternalData(loaded2, root) {
  let given;
  try {
    given = readExternalDataFile(root);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const problem = { name: EXTERNAL_DATA_FILE, file: error.file ?? EXTERNAL_DATA_FILE, line: error.line ?? 1, error };
    return { cases: loaded2.cases, problems: [...loaded2.problems, problem] };
  }
  if (Object.keys(given).length === 0) return loaded2;
  const cases = loaded2.cases.map((item) => ({
    ...item,
    externalData: { ...given, ...item.externalData }
  }));
  return { cases, problems: loaded2.problems };
}
function readExternalDataFile(root) {
  const path = join8(root, EXTERNAL_DATA_FILE);
  let text;
  try {
    text = readFileSync8(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return {};
    throw error;
  }
  const source = parseYamlSource(text, EXTERNAL_DATA_FILE);
  const value = toPlainValue(source);
  if (value === null || value === void 0) return {};
  const valid = typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isMapping);
  if (!valid) {
    throw errorAt(source, [], `${EXTERNAL_DATA_FILE} must map each URL to rows or to { file: path }`, {
      hint: 'write, for example, "https://example.com/list.csv": { file: data/list.csv }'
    });
  }
  return caseExternalData(value, [], { root, caseSource: source, casePath: path });
}
function isMapping(value) {
  if (Array.isArray(value)) return value.every((row) => typeof row === "object" && row !== null);
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && typeof value.file === "string";
}

// src/cases/run.ts
var MAX_SEED = 2147483647;
function runAll(options) {
  const engine = options.engine ?? defaultRuleEngine;
  const root = resolve5(options.root);
  const report = { summary: emptySummary(), rules: [], errors: [] };
  const loadedSchemas = engine.loadSchemas(resolve5(root, options.schemasDir));
  report.errors.push(...loadedSchemas.errors.map((error) => reportError(relativeError(error, root))));
  const loadedRules = engine.loadRules(resolve5(root, options.rulesDir));
  const keys = [
    ...loadedRules.rules.map((rule) => ruleKey(rule, root)),
    ...loadedRules.failures.map((failure) => failureKey(failure, root))
  ];
  const sources = { root, casesDir: options.casesDir, schemas: loadedSchemas.tables, rules: keys };
  const loaded2 = addRepositoryInputs(loadCases(sources), root);
  const declared = loadDeclaredProperties(sources);
  report.errors.push(...declared.errors.map(reportError));
  const { rules, failures } = selectRules(loadedRules, root, options.ruleFilter);
  const context = { root, engine, schemas: loadedSchemas, fuzz: fuzzSettings(options, root) };
  for (const rule of rules) {
    const key = ruleKey(rule, root);
    const cases = loaded2.cases.filter((item) => sameRule(item.rule, key));
    const problems = loaded2.problems.filter((item) => item.rule && sameRule(item.rule, key));
    const properties = declared.properties.filter((item) => sameRule(item.rule, key));
    report.rules.push(testRule(rule, key, { cases, problems, properties }, context));
  }
  for (const failure of failures) {
    const key = failureKey(failure, root);
    const cases = loaded2.cases.filter((item) => sameRule(item.rule, key));
    const problems = loaded2.problems.filter((item) => item.rule && sameRule(item.rule, key));
    report.rules.push(failedRuleReport(failure, key, cases, problems, root));
  }
  for (const problem of loaded2.problems.filter((item) => !item.rule)) {
    report.errors.push(reportError(problem.error.at({ file: problem.file, line: problem.line })));
  }
  report.summary = summarize(report);
  return report;
}
function fuzzSettings(options, root) {
  const folder = options.writeCounterexamples;
  return {
    runs: options.fuzzRuns ?? DEFAULT_FUZZ_RUNS,
    seed: options.seed ?? randomInt(MAX_SEED + 1),
    writeCounterexamples: folder === void 0 ? void 0 : resolve5(root, folder),
    timeBudgetMs: options.fuzzTimeBudgetMs
  };
}
function selectRules(loaded2, root, filter) {
  if (!filter) return loaded2;
  const files = [...loaded2.rules, ...loaded2.failures].map((item) => relativeFile(item.file, root));
  const kept = new Set(filter(files));
  return {
    rules: loaded2.rules.filter((rule) => kept.has(relativeFile(rule.file, root))),
    failures: loaded2.failures.filter((failure) => kept.has(relativeFile(failure.file, root)))
  };
}
function emptySummary() {
  return {
    rules: 0,
    cases: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    xfail: 0,
    xpass: 0,
    propertiesPassed: 0,
    propertiesFailed: 0
  };
}
function ruleKey(rule, root) {
  return { id: rule.id, file: relativeFile(rule.file, root) };
}
function failureKey(failure, root) {
  return { id: failure.id ?? "", file: relativeFile(failure.file, root) };
}
function relativeError(error, root) {
  if (!error.file) return error;
  return new InputError(error.message, {
    file: relativeFile(error.file, root),
    line: error.line,
    column: error.column,
    hint: error.hint,
    sourceLine: error.sourceLine,
    kind: error.kind
  });
}
function relativeFile(file, root) {
  return relative7(root, resolve5(root, file)).split(sep6).join("/");
}
function sameRule(left, right) {
  return left.file === right.file && left.id === right.id;
}
function testRule(rule, key, inputs, context) {
  const { cases, problems } = inputs;
  const { root, engine, schemas } = context;
  const report = newRuleReport(rule.id, rule.name, key.file, rule.line);
  report.warnings.push(...rule.warnings.map((error) => reportError(relativeError(error, root))));
  report.cases.push(...problems.map(problemReport));
  for (const item of cases) report.warnings.push(...item.warnings.map(reportError));
  if (cases.length === 0 && problems.length === 0) {
    report.warnings.push(noCasesWarning(key.file, rule.line));
  }
  const columns = caseColumns(schemas.tables, cases);
  const watchlists = watchlistSetup(rule.query, cases, { file: key.file, line: rule.line });
  report.warnings.push(...watchlists.warnings.map(reportError));
  const functions = { ...schemas.functions, ...watchlists.functions };
  const compileOptions = { tables: columns.tables, functions };
  let compiled;
  try {
    compiled = engine.compileRule(rule, compileOptions);
  } catch (error) {
    const inputError = relativeError(asInputError(error), root);
    report.errors.push(reportError(inputError));
    report.cases.push(...cases.map((item) => invalidRuleCase(item, inputError)));
    report.status = ruleStatus(report.cases, report.errors);
    return report;
  }
  const urls = externalDataUrls(compiled.query.plan);
  report.warnings.push(...externalDataWarnings(urls, cases, { file: key.file, line: rule.line }).map(reportError));
  const ordered = querySorts(rule.query);
  const ran = cases.map((item) => ({ item, report: runCase(item, compiled, columns.tables, engine, ordered) }));
  report.cases.push(...ran.map((entry) => entry.report));
  const runnable = ran.filter((entry) => entry.report.status !== "error").map((entry) => entry.item);
  fuzzRuleInto(report, rule, { ...inputs, cases: runnable }, { ...context, compileOptions });
  report.warnings = dedupe(report.warnings);
  report.status = ruleStatus(report.cases, report.errors, report.properties);
  return report;
}
function fuzzRuleInto(report, rule, inputs, context) {
  const { fuzz, root } = context;
  if (fuzz.runs === 0) return;
  if (inputs.cases.length === 0 && inputs.properties.length === 0) return;
  try {
    const result = fuzzRule(rule, inputs.cases, {
      engine: context.engine,
      schemas: context.compileOptions,
      root,
      runs: fuzz.runs,
      seed: fuzz.seed,
      timeBudgetMs: fuzz.timeBudgetMs,
      writeCounterexamples: fuzz.writeCounterexamples,
      declared: inputs.properties
    });
    applyFuzzResult(report, result, rule, inputs.properties);
  } catch (error) {
    report.errors.push(reportError(relativeError(asInputError(error), root)));
  }
}
function runCase(item, compiled, columns, engine, ordered) {
  const started = performance.now();
  const base = { name: item.name, file: item.file, line: item.line, xfail: item.xfail };
  try {
    const tables = fitTables(item, columns);
    const run = engine.runRule(compiled, tables, item.at, item.externalData);
    const comparison2 = compareRun(item.expect, run, { ordered });
    return {
      ...base,
      ...caseVerdict(comparison2, item.xfail),
      diff: comparison2.diff,
      triggered: { expected: item.expect.triggered, actual: run.triggered },
      durationMs: Math.round(performance.now() - started)
    };
  } catch (error) {
    const inputError = asInputError(error).at({ file: item.file, line: item.line });
    return {
      ...base,
      file: inputError.file ?? item.file,
      line: inputError.line ?? item.line,
      status: "error",
      message: oneLine(inputError),
      diff: emptyDiff()
    };
  }
}
function asInputError(error) {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(`internal error: ${message}`, {
    hint: "this is a bug in kql-rule-test; please report it with the case",
    kind: "internal"
  });
}
function oneLine(error) {
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}
function problemReport(problem) {
  const error = problem.error.at({ file: problem.file, line: problem.line });
  return {
    name: problem.name,
    file: error.file ?? problem.file,
    line: error.line ?? problem.line,
    status: "error",
    message: oneLine(error),
    diff: emptyDiff()
  };
}
function invalidRuleCase(item, error) {
  return {
    name: item.name,
    file: item.file,
    line: item.line,
    status: "error",
    message: `the rule could not be tested: ${error.message}`,
    diff: emptyDiff(),
    xfail: item.xfail
  };
}
function failedRuleReport(failure, key, cases, problems, root) {
  const errors = failure.errors.map((error) => relativeError(error, root));
  const report = newRuleReport(key.id, failure.name ?? key.file, key.file, 1);
  report.errors.push(...errors.map(reportError));
  report.cases.push(...problems.map(problemReport));
  const first = errors[0];
  if (first) report.cases.push(...cases.map((item) => invalidRuleCase(item, first)));
  report.status = "error";
  return report;
}
function newRuleReport(id, name, file, line) {
  return {
    id,
    name,
    file,
    line,
    status: "passed",
    threshold: null,
    mutationScore: null,
    cases: [],
    properties: [],
    mutants: [],
    errors: [],
    warnings: []
  };
}
function noCasesWarning(file, line) {
  return reportError(
    new InputError("the rule has no golden test cases", {
      file,
      line,
      hint: "add cases under test-cases/ that name this rule file in `rule:`",
      kind: "warning"
    })
  );
}
function emptyDiff() {
  return { missing: [], unexpected: [] };
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => !seen.has(error.text) && seen.add(error.text) !== void 0);
}
function summarize(report) {
  const summary = emptySummary();
  summary.rules = report.rules.length;
  for (const rule of report.rules) {
    for (const item of rule.cases) {
      summary.cases += 1;
      if (item.status === "error") summary.errors += 1;
      else summary[item.status] += 1;
    }
    const failed2 = rule.properties.filter((property) => property.status === "failed").length;
    summary.propertiesFailed = (summary.propertiesFailed ?? 0) + failed2;
    summary.propertiesPassed = (summary.propertiesPassed ?? 0) + rule.properties.length - failed2;
  }
  summary.errors += report.errors.length;
  return summary;
}

// bench/memory.ts
var MemoryPeak = class {
  rss = 0;
  heapUsed = 0;
  /** Records the current resident set and heap use if they are new peaks. */
  sample() {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heapUsed = Math.max(this.heapUsed, usage.heapUsed);
  }
};
function formatMiB(bytes) {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

// bench/ndjson.ts
import {
  closeSync,
  existsSync as existsSync3,
  openSync,
  readSync,
  renameSync,
  writeSync
} from "node:fs";
import { StringDecoder } from "node:string_decoder";
var CHUNK_BYTES = 1 << 20;
function forEachLine(path, onLine) {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (; ; ) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines2 = text.split("\n");
      rest = lines2.pop() ?? "";
      for (const line of lines2) {
        if (line !== "") onLine(line);
      }
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();
  if (rest !== "") onLine(rest);
}
function writeNdjsonOnce(path, rows) {
  if (existsSync3(path)) return false;
  const partial = `${path}.partial`;
  const fd = openSync(partial, "w");
  try {
    let batch = [];
    for (const row of rows) {
      batch.push(JSON.stringify(row));
      if (batch.length === 1e4) {
        writeSync(fd, `${batch.join("\n")}
`);
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, `${batch.join("\n")}
`);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return true;
}

// bench/zoom-events.ts
var EVENTS = [
  "chat_message.sent",
  "meeting.created",
  "meeting.participant_joined",
  "meeting.participant_left",
  "account.settings_updated"
];
function makeRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = Math.imul(state, 1664525) + 1013904223 >>> 0;
    return state / 2 ** 32;
  };
}
function* generateZoomRows(count2, at) {
  const random = makeRandom(42);
  const end = Date.parse(at);
  for (let i = 0; i < count2; i++) {
    const user = Math.floor(random() * 5e3);
    const event = EVENTS[Math.floor(random() * EVENTS.length)];
    const time = new Date(end - Math.floor(random() * 864e5)).toISOString();
    const chat = event === "chat_message.sent" ? JSON.stringify({
      Channel: `channel-${Math.floor(random() * 40)}`,
      Message: random() < 0.5 ? `see https://files.example.net/${user % 50}` : `hello number ${i}`
    }) : "";
    const meeting = event.startsWith("meeting.") ? JSON.stringify({ MeetingId: String(i % 900), Timezone: "Europe/Paris" }) : "";
    yield {
      TimeGenerated: time,
      Event: event,
      User: `user${user}@example.com`,
      UserId: `u-${user}`,
      ChatEvents: chat,
      MeetingEvents: meeting
    };
  }
}

// bench/run.ts
var ROOT = fileURLToPath3(new URL("..", import.meta.url));
var SEED_RULE = "rules/zoom/SupiciousLinkSharing.yaml";
var TABLE = "ZoomLogs";
var AT = "2026-04-20T09:00:00Z";
var AT_TICKS = parseDatetime(AT);
var EVALUATIONS_TARGET = 25e3;
var RATIO_TARGET = 2;
var SMALL_INPUT_ROWS = 20;
var SMALL_INPUTS = 50;
var WARM_UP_EVALUATIONS = 2e3;
var MEASURE_MS = 3e3;
function main() {
  const options = { rows: { type: "string", default: "1000000" } };
  const { values } = parseArgs({ options });
  const rowCount = Number(values.rows);
  if (!Number.isInteger(rowCount) || rowCount <= 0) {
    throw new Error(`invalid --rows '${values.rows}': give a whole number`);
  }
  printMachine();
  const seed = compileSeedRule();
  benchEvaluations(seed);
  benchLargeFile(seed, rowCount);
  benchRunAll();
}
function printMachine() {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const platform = `${process.platform} ${process.arch}`;
  const cores = `${cpus().length} x ${cpu}`;
  const node = `Node ${process.version}`;
  console.log(`kql-rule-test benchmark: ${node}, ${platform}, ${cores}`);
}
function compileSeedRule() {
  const started = performance.now();
  const loaded2 = loadRuleFile(join9(ROOT, SEED_RULE));
  if (loaded2.rules.length !== 1) {
    const reasons = loaded2.errors.map((error) => error.message).join("; ");
    throw new Error(`${SEED_RULE} failed to load: ${reasons}`);
  }
  const schemas = loadSchemas2(join9(ROOT, "schemas"));
  const columns = schemas.tables[TABLE];
  if (!columns) throw new Error(`schemas/ has no ${TABLE} table`);
  const compiled = compileRule(loaded2.rules[0], compileOptionsOf(schemas));
  const took = milliseconds(performance.now() - started);
  console.log(`seed rule ${SEED_RULE}: loaded and compiled once in ${took}`);
  return { compiled, columns };
}
function toRow(event, columns) {
  const row = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    row[i] = coerceValue(event[column.name], column.type, column.name);
  }
  return row;
}
function tableOf(columns, rows) {
  return { [TABLE]: { columns, rows } };
}
function benchEvaluations({ compiled, columns }) {
  const total = SMALL_INPUT_ROWS * SMALL_INPUTS;
  const rows = [...generateZoomRows(total, AT)].map(
    (event) => toRow({ ...event }, columns)
  );
  const inputs = [];
  for (let start = 0; start < total; start += SMALL_INPUT_ROWS) {
    inputs.push(tableOf(columns, rows.slice(start, start + SMALL_INPUT_ROWS)));
  }
  for (let i = 0; i < WARM_UP_EVALUATIONS; i++) {
    runRule(compiled, inputs[i % SMALL_INPUTS], AT_TICKS);
  }
  let evaluations = 0;
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (let i = 0; i < 100; i++) {
      runRule(compiled, inputs[evaluations % SMALL_INPUTS], AT_TICKS);
      evaluations++;
    }
  }
  const perSecond = evaluations * 1e3 / (performance.now() - started);
  const met = verdict(perSecond >= EVALUATIONS_TARGET);
  console.log("");
  console.log(
    `evaluations on ${SMALL_INPUT_ROWS}-row inputs: ${count(perSecond)}/s (target >= ${count(EVALUATIONS_TARGET)}/s: ${met})`
  );
}
function benchLargeFile(seed, rowCount) {
  const path = join9(tmpdir(), `kql-rule-test-bench-zoom-${rowCount}.ndjson`);
  const started = performance.now();
  const written = writeNdjsonOnce(path, generateZoomRows(rowCount, AT));
  const origin = written ? `written in ${seconds(performance.now() - started)}` : "reused";
  console.log("");
  console.log(`${count(rowCount)} ${TABLE} rows in ${path} (${origin})`);
  const floor = Math.min(timeFloor(path), timeFloor(path));
  const memory = new MemoryPeak();
  const full = timeFullRun(seed, path, memory);
  const total = full.read + full.evaluation;
  const ratio = total / floor;
  const rate = (ms) => `${count(rowCount * 1e3 / ms)} rows/s`;
  const maxRss = formatMiB(process.resourceUsage().maxRSS * 1024);
  console.log(`  JSON.parse floor: ${seconds(floor)} (${rate(floor)})`);
  console.log(
    `  full run:         ${seconds(total)} (${rate(total)}), ${full.resultRows} result rows, ${full.alerts} alerts`
  );
  console.log(
    `    read, parse and coerce ${seconds(full.read)}, runRule ${seconds(full.evaluation)}`
  );
  console.log(
    `  full / floor:     ${ratio.toFixed(2)} (target <= ${RATIO_TARGET}: ${verdict(ratio <= RATIO_TARGET)})`
  );
  console.log(
    `  peak memory:      rss ${formatMiB(memory.rss)} sampled (max RSS of the process ${maxRss}), heapUsed ${formatMiB(memory.heapUsed)}`
  );
}
function timeFloor(path) {
  const started = performance.now();
  let parsed;
  forEachLine(path, (line) => {
    parsed = JSON.parse(line);
  });
  if (parsed === void 0) throw new Error(`${path} is empty`);
  return performance.now() - started;
}
function timeFullRun({ compiled, columns }, path, memory) {
  memory.sample();
  const started = performance.now();
  const rows = [];
  forEachLine(path, (line) => {
    rows.push(toRow(JSON.parse(line), columns));
    if (rows.length % 1e5 === 0) memory.sample();
  });
  memory.sample();
  const read = performance.now() - started;
  const evaluationStarted = performance.now();
  const run = runRule(compiled, tableOf(columns, rows), AT_TICKS);
  memory.sample();
  const evaluation = performance.now() - evaluationStarted;
  return {
    read,
    evaluation,
    resultRows: run.rowCount,
    alerts: run.alerts.length
  };
}
function benchRunAll() {
  const started = performance.now();
  const report = runAll({
    root: ROOT,
    rulesDir: "rules",
    casesDir: "test-cases",
    schemasDir: "schemas"
  });
  const took = seconds(performance.now() - started);
  const { rules, cases, passed, failed: failed2, errors } = report.summary;
  console.log("");
  console.log(
    `runAll over the repository: ${took} (${rules} rules, ${cases} cases: ${passed} passed, ${failed2} failed, ${errors} errors)`
  );
}
function verdict(met) {
  return met ? "met" : "MISSED";
}
function count(value) {
  return Math.round(value).toLocaleString("en-US");
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(2)} s`;
}
function milliseconds(ms) {
  return `${Math.round(ms)} ms`;
}
main();
