// bench/ndjson.ts
import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  writeSync
} from "node:fs";
import { StringDecoder } from "node:string_decoder";
var CHUNK_BYTES = 1 << 20;
function forEachLine(path2, onLine) {
  const fd = openSync(path2, "r");
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (; ; ) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        if (line !== "") onLine(line);
      }
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();
  if (rest !== "") onLine(rest);
}

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
  const seconds = Math.floor(ticks2 / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const iso = datetimeToDate(msTicks).toISOString().slice(0, 19);
  const fraction2 = ticks2 - seconds;
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
  const seconds = Math.floor(rest / TICKS_PER_SECOND);
  const fraction2 = rest - seconds * TICKS_PER_SECOND;
  const two = (n) => String(n).padStart(2, "0");
  const dayPart = days > 0 ? `${days}.` : "";
  const fractionPart = fraction2 > 0 ? `.${String(fraction2).padStart(7, "0")}` : "";
  return `${sign}${dayPart}${two(hours)}:${two(minutes)}:${two(seconds)}${fractionPart}`;
}

// src/kql/values/dynamic.ts
function isPropertyBag(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
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
function digits(text, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
function fractionTicks(text, length) {
  if (length === 20) return 0;
  const count = length - 21;
  if (text.charCodeAt(19) !== 46 || count < 1 || count > MAX_FRACTION_DIGITS) {
    return void 0;
  }
  let ticks2 = 0;
  for (let i = 0; i < 7; i++) {
    const digit = i < count ? text.charCodeAt(20 + i) - ZERO : 0;
    if (digit < 0 || digit > 9) return void 0;
    ticks2 = ticks2 * 10 + digit;
  }
  for (let i = 7; i < count; i++) {
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
  const article = type === "int" ? "an" : "a";
  return new InputError(
    `${describeRaw(raw)}${place} is not ${article} ${type}: ${EXPECTED_FORM[type]}`,
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
  const seconds = Math.floor(ticks2 / TICKS_PER_SECOND) * TICKS_PER_SECOND;
  const date = new Date(DATETIME_EPOCH_MS + seconds / TICKS_PER_MS);
  const iso = date.toISOString().slice(0, 19);
  const fraction2 = ticks2 - seconds;
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

// src/rules/rule-source.ts
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument
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
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = new SourceFile(file, text, document, lineCounter);
  if (document.errors.length > 0) throw yamlError(source, document.errors[0]);
  return source;
}
function yamlError(source, error) {
  const { line, column } = source.position(error.pos[0]);
  const firstLine = error.message.split("\n")[0];
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  return new InputError(`invalid YAML: ${reason}`, {
    file: source.file,
    line,
    column,
    sourceLine: source.lineText(line),
    hint: "fix the YAML syntax at this line (check indentation, quotes and colons)",
    kind: "yaml"
  });
}

// src/rules/duration.ts
var TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
var TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;

// src/rules/query-position.ts
import { isScalar as isScalar2 } from "yaml";

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
  let lookups = 0;
  let hits = 0;
  let skipped = 0;
  return (text) => {
    if (skipped > 0) {
      skipped--;
      return compute(text);
    }
    if (++lookups === limit) {
      if (hits * 8 <= lookups) skipped = SKIPPED_LOOKUPS;
      lookups = 0;
      hits = 0;
    }
    const hit = cache.get(text);
    if (hit !== void 0 || cache.has(text)) {
      hits++;
      return hit;
    }
    if (cache.size >= limit) cache.clear();
    const result = compute(text);
    cache.set(text, result);
    return result;
  };
}
var SKIPPED_LOOKUPS = 16384;

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
  const rest = [];
  return () => new ConditionalAccumulator(factory(), predicateIndex, rest);
}
var ConditionalAccumulator = class {
  constructor(inner, predicateIndex, rest) {
    this.inner = inner;
    this.predicateIndex = predicateIndex;
    this.rest = rest;
  }
  inner;
  predicateIndex;
  rest;
  add(args) {
    if (args[this.predicateIndex] !== true) return;
    const { rest } = this;
    rest.length = 0;
    for (let i = 0; i < args.length; i++) {
      if (i !== this.predicateIndex) rest.push(args[i]);
    }
    this.inner.add(rest);
  }
  result() {
    return this.inner.result();
  }
};
var Counter = class {
  count = 0;
  add() {
    this.count++;
  }
  result() {
    return this.count;
  }
};
var ConditionalCounter = class {
  count = 0;
  add(args) {
    if (args[0] === true) this.count++;
  }
  result() {
    return this.count;
  }
};
var counter = () => new Counter();
var conditionalCounter = () => new ConditionalCounter();
function summer(site) {
  const type = site.argTypes[0];
  const integral = type === "long" || type === "int";
  return () => new Summer(integral);
}
var Summer = class {
  constructor(integral) {
    this.integral = integral;
  }
  integral;
  total = 0;
  add(args) {
    const value = args[0];
    if (value === null) return;
    if (!this.integral) this.total = this.total + Number(value);
    else this.total = longOperation(this.total, value, addNumbers, addBigints);
  }
  result() {
    return this.total;
  }
};
var addNumbers = (a, b) => a + b;
var addBigints = (a, b) => a + b;
function extreme(site, sign) {
  const type = site.argTypes[0];
  if (type === "dynamic") throw unsupported(site, "a dynamic argument");
  return () => new Extreme(type, sign);
}
var Extreme = class {
  constructor(type, sign) {
    this.type = type;
    this.sign = sign;
  }
  type;
  sign;
  best = null;
  add(args) {
    const value = args[0];
    if (value === null) return;
    const best = this.best;
    if (best === null) {
      this.best = value;
    } else if (typeof value === "number" && typeof best === "number" && this.type !== "real") {
      if (this.sign * (value - best) > 0) this.best = value;
    } else if (this.sign * compareValues(value, best, this.type) > 0) {
      this.best = value;
    }
  }
  result() {
    return this.best;
  }
};
function averager() {
  let total = 0;
  let count = 0;
  return {
    add: ([value]) => {
      if (value === null) return;
      total += Number(value);
      count++;
    },
    result: () => count === 0 ? null : total / count
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
    let count = 0;
    let mean = 0;
    let squares = 0;
    return {
      add: ([value]) => {
        if (value === null) return;
        count++;
        const delta = Number(value) - mean;
        mean += delta / count;
        squares += delta * (Number(value) - mean);
      },
      result: () => {
        if (count === 0) return sample ? 0 : null;
        const divisor = sample ? count - 1 : count;
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
    const constant = [0, 1].find((i) => typeof site.constants[i] === "string");
    if (constant === void 0) {
      return ([a, b]) => sameIgnoringCase(left(a), right(b)) !== negate2;
    }
    const fixed = site.constants[constant].toLowerCase();
    const varying = constant === 0 ? right : left;
    return (args) => {
      const text = varying(args[1 - constant]);
      const same = text.length === fixed.length && (text === fixed || text.toLowerCase() === fixed);
      return same !== negate2;
    };
  };
}
function sameIgnoringCase(a, b) {
  return a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());
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
  const seconds = unit(TICKS_PER_SECOND, 60);
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
      return (t) => String(seconds(t));
    case "ss":
      return (t) => pad(seconds(t), 2);
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
function contribution(value, type) {
  if (value === null || type === "string") return value;
  return toDynamicValue(value, type);
}
var LINEAR_SEARCH_ITEMS = 8;
var SetAccumulator = class {
  constructor(limit, type) {
    this.limit = limit;
    this.type = type;
  }
  limit;
  type;
  items = [];
  strings;
  others;
  add(args) {
    const value = contribution(args[0], this.type);
    if (!Array.isArray(value)) this.addItem(value);
    else for (const item of value) this.addItem(item);
  }
  result() {
    return this.items;
  }
  addItem(item) {
    const { items } = this;
    if (item === null || items.length >= this.limit || this.has(item)) return;
    items.push(item);
    if (this.strings) this.remember(item);
    else if (items.length > LINEAR_SEARCH_ITEMS) this.indexItems();
  }
  has(item) {
    if (this.strings && this.others) {
      if (typeof item === "string") return this.strings.has(item);
      return this.others.has(groupKey(item, "dynamic"));
    }
    if (typeof item === "string") return this.items.includes(item);
    const key = groupKey(item, "dynamic");
    return this.items.some(
      (kept) => typeof kept !== "string" && groupKey(kept, "dynamic") === key
    );
  }
  indexItems() {
    this.strings = /* @__PURE__ */ new Set();
    this.others = /* @__PURE__ */ new Set();
    for (const item of this.items) this.remember(item);
  }
  remember(item) {
    if (typeof item === "string") this.strings?.add(item);
    else this.others?.add(groupKey(item, "dynamic"));
  }
};
function setBuilder(site, limitIndex, fallback) {
  const limit = sizeLimit(site, limitIndex, fallback);
  const type = site.argTypes[0];
  return () => new SetAccumulator(limit, type);
}
var ListAccumulator = class {
  constructor(limit, type) {
    this.limit = limit;
    this.type = type;
  }
  limit;
  type;
  items = [];
  add(args) {
    const value = contribution(args[0], this.type);
    if (!Array.isArray(value)) this.addItem(value);
    else for (const item of value) this.addItem(item);
  }
  result() {
    return this.items;
  }
  addItem(item) {
    if (item !== null && this.items.length < this.limit) this.items.push(item);
  }
};
function listBuilder(site, limitIndex, fallback) {
  const limit = sizeLimit(site, limitIndex, fallback);
  const type = site.argTypes[0];
  return () => new ListAccumulator(limit, type);
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
    const count = BigInt(Number(b) & 63);
    const value = BigInt.asIntN(64, toBigInt(a));
    return normalizeLong(left ? value << count : value >> count);
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
  const [, scheme, username = "", password = "", host, port = "", path2, query = "", fragment = ""] = match;
  return {
    Scheme: scheme,
    Host: host,
    Port: port,
    Path: path2,
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
var PLAIN = /[A-Za-z0-9 _\-:\/=@,;'"<>%&!~#]/;
var ESCAPED = /[\\.\/\-:=@,;'"<>%&!~#()[\]{}*+?^$|]/;
function requiredPrefix(pattern) {
  if (pattern.includes("|") || pattern.includes("(?")) return "";
  let literal = "";
  let i = pattern.startsWith("^") ? 1 : 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "\\" && i + 1 < pattern.length && ESCAPED.test(pattern[i + 1])) {
      literal += pattern[i + 1];
      i += 2;
    } else if (PLAIN.test(char)) {
      literal += char;
      i++;
    } else {
      break;
    }
  }
  const next = pattern[i];
  if (next === "*" || next === "?" || next === "{") literal = literal.slice(0, -1);
  return literal;
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
  const constant = site.constants[1];
  if (typeof constant === "string") {
    const regex2 = compileRegex(constant);
    const literal = requiredPrefix(constant);
    const test = cachePerString((value) => regex2.matcher(value).find());
    return ([value]) => {
      const searched = text(value);
      if (literal !== "" && !searched.includes(literal)) return false;
      return test(searched);
    };
  }
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
function allGroups(count) {
  if (count === 0) return [0];
  return Array.from({ length: count }, (_, i) => i + 1);
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
    let count = 0;
    forEachMatch(regex(needle), text(source), () => count++);
    return count;
  };
}
function checkKind(site, kind) {
  if (kind !== "normal" && kind !== "regex") {
    throw unsupported(site, `the kind '${String(kind)}'`);
  }
}
function countSubstring(text, needle) {
  if (needle === "") return 0;
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    count++;
  }
  return count;
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
  let count = 0;
  for (const _ of text) count++;
  return count;
}
function substring(site) {
  const text = stringArg(site, 0);
  return ([value, start, length]) => {
    if (start === null || length === null) return "";
    const source = text(value);
    let from = Number(start);
    if (from < 0) from = Math.max(0, source.length + from);
    if (length === void 0) return source.slice(from);
    const count = Number(length);
    return count <= 0 ? "" : source.slice(from, from + count);
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
    const count = Math.max(0, Math.floor(Number(times)));
    const by = separator === void 0 ? "" : delimiter(separator);
    return Array.from({ length: count }, () => text(value)).join(by);
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

// src/kql/kusto-language.ts
import { createRequire } from "node:module";
import { existsSync as existsSync2 } from "node:fs";
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
  if (existsSync2(join(bundled, SCRIPT_FILES[1]))) return bundled;
  return dirname(require2.resolve("@kusto/language-service-next/package.json"));
}
function syntaxKindName(kind) {
  const K = loadKustoLanguage();
  const system = globalThis.System;
  return system.Enum.toString(K.Language.Syntax.SyntaxKind, kind);
}

// src/kql/query-errors.ts
function positionAt(text, offset) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf("\n", clamped - 1) + 1;
  const lineEnd = text.indexOf("\n", clamped);
  const line = text.slice(0, lineStart).split("\n").length;
  const sourceLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  return { line, column: clamped - lineStart + 1, sourceLine };
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
  const columns2 = symbol.Columns;
  const result = [];
  for (let i = 0; i < columns2.Count; i++) {
    const column = columns2.getItem(i);
    result.push({ name: String(column.Name), type: scalarTypeOf(column.Type) });
  }
  return result;
}
function symbolClassOf(symbol) {
  const fullName = String(symbol?.constructor?.$$name ?? "");
  return fullName.slice(fullName.lastIndexOf(".") + 1);
}

// src/kql/lower/context.ts
function withRow(context, columns2) {
  return { ...context, row: columns2 };
}
function offsetOf(context, node) {
  return context.callOffset ?? Number(node?.TextStart ?? 0);
}
function errorAt(context, node, message, kind = "unsupported") {
  const offset = offsetOf(context, node);
  return queryError(context.text, offset, message, kind, hintFor(kind));
}
function typeOfNode(context, node) {
  const type = scalarTypeOf(node.ResultType);
  if (type) return type;
  const name = String(node.ResultType?.Name ?? "unknown");
  const message = `the type '${name}' of this expression is not supported yet`;
  throw errorAt(context, node, message);
}
function columnsOfNode(context, node) {
  const symbol = node.ResultType;
  if (!symbol?.Columns) {
    const message = "this expression does not give a table";
    throw errorAt(context, node, message, "semantic");
  }
  return columnsOfTable(symbol).map(({ name, type }) => {
    if (type) return { name, type };
    const message = `the type of column '${name}' is not supported yet`;
    throw errorAt(context, node, message);
  });
}

// src/kql/operators/ingestion-time.ts
function lowerIngestionTime(node, _args, context) {
  const offset = offsetOf(context, node);
  const timeGenerated = context.row.find(
    (column) => column.name === "TimeGenerated" && column.type === "datetime"
  );
  const fallback = timeGenerated ? { kind: "column", offset, type: "datetime", name: timeGenerated.name } : { kind: "literal", offset, type: "datetime", value: null };
  return { kind: "ingestion_time", offset, type: "datetime", fallback };
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
    throw errorAt(context, node, message, "semantic");
  }
  throw errorAt(context, node, `the function '${written}' is not supported yet`);
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
      throw errorAt(context, node, `missing argument '${name}'`, "semantic");
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
    throw errorAt(context, node, message);
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
    throw errorAt(context, args[0], message, "semantic");
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
    if (!literal.ok) throw errorAt(context, node, literal.reason, "semantic");
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
      throw errorAt(context, node, unsupportedMessage(kind, node));
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
    throw errorAt(context, node, `the ${what} '${name}' is not supported yet`);
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
  throw errorAt(context, node, `the name '${name}' is not supported here yet`);
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
      throw errorAt(scoped, statement, message);
    }
  }
  return scoped;
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

// src/kql/operators/count.ts
function lowerCount(node, input, context) {
  const columns2 = columnsOfNode(context, node);
  return { kind: "count", offset: offsetOf(context, node), columns: columns2, input };
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
    throw errorAt(context, expression, message);
  });
}
function lowerTupleCall(node, context) {
  const written = String(node.ReferencedSymbol?.Name ?? "");
  const reason = UNSUPPORTED_TUPLE_FUNCTIONS[written];
  if (reason) throw errorAt(context, node, reason);
  const name = builtinName(node.ReferencedSymbol);
  if (!name) {
    const message = `the function '${written}' is not supported yet`;
    throw errorAt(context, node, message);
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
        throw errorAt(context, node, message);
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
  const columns2 = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items = elementsOf(node.Expressions);
  const star = items.some((item) => kindOf(item) === "StarExpression");
  const named = star ? columns2.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name }
  })) : lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns2,
    false
  );
  return { kind: "distinct", offset, columns: columns2, input, items: named };
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
        throw errorAt(context, argument, message, "semantic");
      }
      bound.set(name, argument.Expression);
    } else if (position < parameters.length) {
      bound.set(parameters[position++], argument);
    } else {
      const message = `too many arguments: the parameters are ${parameters.join(", ")}`;
      throw errorAt(context, node, message, "semantic");
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
    throw errorAt(context, node, message, "semantic");
  }
  const column = nameOf(bag);
  const prefixNode = parameters.get("OutputColumnPrefix");
  const prefix = prefixNode ? constantText(prefixNode, "prefix", context) : "";
  const conflict = conflictOf(parameters.get("columnsConflict"), context);
  if (!node.Schema) {
    if (context.callOffset !== void 0) {
      const message = "evaluate bag_unpack without an output schema is not supported inside a function yet; declare the columns, as in evaluate bag_unpack(Col) : (Name: string, Count: long)";
      throw errorAt(context, node, message);
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
    throw errorAt(context, argument, message, "semantic");
  }
  return value.value;
}
function conflictOf(argument, context) {
  if (!argument) return "error";
  const text = constantText(argument, "columnsConflict", context);
  const conflict = CONFLICTS.find((candidate) => candidate === text);
  if (!conflict) {
    const message = `invalid columnsConflict '${text}' of bag_unpack: use 'error', 'replace_source' or 'keep_source'`;
    throw errorAt(context, argument, message, "semantic");
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

// src/kql/plan/visit.ts
var WINDOW_KINDS = [
  "row_number",
  "prev",
  "next",
  "row_cumsum",
  "row_window_session"
];

// src/kql/operators/extend.ts
function lowerExtend(node, input, context) {
  const columns2 = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns2.slice(input.columns.length),
    true
  );
  return {
    kind: "extend",
    offset: offsetOf(context, node),
    columns: columns2,
    input,
    assignments
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
var FORMATS = [...Object.keys(SEPARATORS2), ...OTHER_FORMATS];

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
  const columns2 = columnsOfNode(context, node);
  const sources = sourcesOf(joinKind, left.columns, right.columns);
  if (sources.length !== columns2.length) {
    const message = "the columns of this join could not be matched to its inputs";
    throw errorAt(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "join",
    offset: offsetOf(context, node),
    columns: columns2,
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
      throw errorAt(context, parameter, message);
    }
    return kind;
  }
  return fallback;
}
function lowerConditions(clause, left, right, context) {
  if (!clause || kindOf(clause) !== "JoinOnClause") {
    const message = "a join condition other than 'on' is not supported yet";
    throw errorAt(context, clause ?? left, message);
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
      throw errorAt(context, condition, message);
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

// src/kql/operators/aggregate.ts
var ROW_AGGREGATES = /* @__PURE__ */ new Set(["arg_max", "arg_min", "take_any"]);
var ROW_AGGREGATE_NAMES = /* @__PURE__ */ new Set([
  ...ROW_AGGREGATES,
  "any"
]);
function isAggregateCall(node) {
  if (kindOf(node) !== "FunctionCallExpression") return false;
  const symbol = node.ReferencedSymbol;
  const name = String(symbol?.Name ?? "");
  return rowAggregateName(name) !== void 0 || aggregateName(symbol) !== void 0;
}
function lowerAggregate(node, context, columns2) {
  const symbolName = String(node.ReferencedSymbol?.Name ?? "");
  const name = rowAggregateName(symbolName) ?? aggregateName(node.ReferencedSymbol);
  if (!name) {
    const message = `the aggregation function '${symbolName}' is not supported yet`;
    throw errorAt(context, node, message);
  }
  const argNodes = orderedArguments(node, context);
  const star = argNodes.some((arg) => kindOf(arg) === "StarExpression");
  const args = argNodes.filter((arg) => kindOf(arg) !== "StarExpression").map((arg) => lowerScalar(arg, context));
  const tuple = node.ResultType?.Columns;
  const width = tuple ? Number(tuple.Count) : 1;
  const outputs = columns2.slice(0, width);
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

// src/kql/operators/make-series.ts
function lowerMakeSeries(node, input, context) {
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name);
    const message = `the make-series parameter '${name}' is not supported yet`;
    throw errorAt(context, parameter, message);
  }
  const columns2 = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns2.slice(0, keyCount);
  const keys = byList ? lowerNamedExpressions(byList, rowContext, keyColumns, false) : [];
  const aggregates2 = elementsOf(node.Aggregates).map((item, i) => {
    const output = columns2[keyCount + i];
    return lowerSeriesAggregate(item, output, rowContext);
  });
  const axis = lowerScalar(node.OnClause.Expression, rowContext);
  const range = rangeOf(node.RangeClause, withRow(context, []));
  return {
    kind: "make-series",
    offset: offsetOf(context, node),
    columns: columns2,
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
    throw errorAt(context, call, message, "semantic");
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
    throw errorAt(context, clause, "make-series needs a step", "semantic");
  }
  return {
    from: bound(clause.MakeSeriesFromClause),
    to: bound(clause.MakeSeriesToClause),
    step: lowerScalar(clause.MakeSeriesStepClause.Expression, context)
  };
}

// src/kql/operators/mv-expand.ts
var LEGACY_LIMIT = 128;
function lowerMvExpand(node, input, context) {
  return lowerExpansion(node, input, columnsOfNode(context, node), context);
}
function lowerExpansion(node, input, columns2, context) {
  const rowContext = withRow(context, input.columns);
  const { bagExpansion, indexColumn } = parametersOf(node, context);
  const inputNames = new Set(input.columns.map((column) => column.name));
  const newNames = columns2.map((column) => column.name).filter((name) => !inputNames.has(name) && name !== indexColumn);
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
    columns: columns2,
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
      throw errorAt(context, parameter, message);
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
    throw errorAt(context, clause, message, "semantic");
  }
  return Number(value.value);
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
  const columns2 = columnsOfNode(context, node);
  return { kind: "mv-apply", offset, columns: columns2, input, rowsId, expand, subquery };
}
function subtableColumns(node, inputColumns, context) {
  const columns2 = [...inputColumns];
  for (const item of elementsOf(node.Expressions)) {
    const named = kindOf(item.Expression) === "SimpleNamedExpression";
    const expression = named ? item.Expression.Expression : item.Expression;
    if (!named && kindOf(expression) !== "NameReference") {
      const message = "mv-apply of an unnamed expression is not supported yet; write Name = Expression";
      throw errorAt(context, item, message);
    }
    const name = named ? nameOf(item.Expression.Name) : nameOf(expression);
    const cast = item.ToTypeOf ? scalarTypeOf(item.ResultType) : void 0;
    const type = cast ?? "dynamic";
    const index = columns2.findIndex((column) => column.name === name);
    if (index >= 0) columns2[index] = { name, type };
    else columns2.push({ name, type });
  }
  for (const parameter of elementsOf(node.Parameters)) {
    if (nameOf(parameter.Name).toLowerCase() === "with_itemindex") {
      columns2.push({ name: textOf(parameter.Expression).trim(), type: "long" });
    }
  }
  return columns2;
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
      throw errorAt(context, parameter, message);
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
    throw errorAt(context, element, message, "semantic");
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

// src/kql/operators/pivot.ts
function lowerPivot(node, args, input, context) {
  const rowContext = withRow(context, input.columns);
  const [pivotNode, ...rest] = args;
  const pivotColumn = columnArgument(pivotNode, node, context);
  const aggregateNode = rest[0] && isAggregateCall(rest[0]) ? rest[0] : void 0;
  const keyNodes = aggregateNode ? rest.slice(1) : rest;
  const aggregate2 = aggregateNode ? lowerAggregate(aggregateNode, rowContext, [
    { name: "value", type: typeOfNode(context, aggregateNode) }
  ]) : countAggregate(offsetOf(context, node));
  const keys = keyNodes.length > 0 ? keyNodes.map((key) => columnArgument(key, node, context)) : defaultKeys(input.columns, pivotColumn, aggregateNode);
  if (!node.Schema) {
    if (context.callOffset !== void 0) {
      const message = "evaluate pivot without an output schema is not supported inside a function yet; declare the columns, as in evaluate pivot(Col) : (Key: string, a: long)";
      throw errorAt(context, node, message);
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
    throw errorAt(context, argument ?? node, message, "semantic");
  }
  return nameOf(argument);
}
function countAggregate(offset) {
  const outputs = [{ name: "value", type: "long" }];
  return { offset, name: "count", args: [], type: "long", outputs };
}
function defaultKeys(columns2, pivotColumn, aggregateNode) {
  const read = /* @__PURE__ */ new Set();
  walk(aggregateNode, (node) => {
    const symbol = node.ReferencedSymbol;
    if (kindOf(node) === "NameReference" && symbolClassOf(symbol) === "ColumnSymbol") {
      read.add(String(symbol.Name));
    }
  });
  return columns2.map((column) => column.name).filter((name) => name !== pivotColumn && !read.has(name));
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

// src/kql/operators/project.ts
function lowerProject(node, input, context) {
  const columns2 = columnsOfNode(context, node);
  const items = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns2,
    false
  );
  const offset = offsetOf(context, node);
  return { kind: "project", operator: "project", offset, columns: columns2, input, items };
}
function lowerProjectByName(operator) {
  return (node, input, context) => {
    const columns2 = columnsOfNode(context, node);
    const offset = offsetOf(context, node);
    const items = columns2.map(({ name, type }) => ({
      name,
      expression: { kind: "column", offset, type, name }
    }));
    return { kind: "project", operator, offset, columns: columns2, input, items };
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
  const columns2 = columnsOfNode(context, node);
  const offset = offsetOf(context, node);
  const items = columns2.map(({ name, type }) => ({
    name,
    expression: { kind: "column", offset, type, name: renames.get(name) ?? name }
  }));
  const operator = "project-rename";
  return { kind: "project", operator, offset, columns: columns2, input, items };
}

// src/kql/operators/serialize.ts
function lowerSerialize(node, input, context) {
  const columns2 = columnsOfNode(context, node);
  const assignments = lowerNamedExpressions(
    node.Expressions,
    withRow(context, input.columns),
    columns2.slice(input.columns.length),
    true
  );
  const offset = offsetOf(context, node);
  return { kind: "serialize", offset, columns: columns2, input, assignments };
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
function lowerSortKey(node, columns2, context) {
  const ordered = kindOf(node) === "OrderedExpression";
  const target = ordered ? node.Expression : node;
  const expression = lowerScalar(target, withRow(context, columns2));
  const ordering2 = ordered ? node.Ordering : void 0;
  const direction = String(ordering2?.AscOrDescKeyword?.Text ?? "desc");
  const descending = direction.toLowerCase() !== "asc";
  const nulls = ordering2?.NullsClause?.FirstOrLastKeyword?.Text;
  const nullsFirst = nulls ? String(nulls).toLowerCase() === "first" : !descending;
  return { expression, descending, nullsFirst };
}

// src/kql/operators/summarize.ts
function lowerSummarize(node, input, context) {
  const columns2 = columnsOfNode(context, node);
  const rowContext = withRow(context, input.columns);
  if (node.ByClause?.BinClause) {
    const message = "the 'bin =' clause of summarize is not supported yet";
    throw errorAt(context, node.ByClause, message);
  }
  const byList = node.ByClause?.Expressions;
  const keyCount = byList ? elementsOf(byList).length : 0;
  const keyColumns = columns2.slice(0, keyCount);
  const keys = byList ? lowerNamedExpressions(byList, rowContext, keyColumns, false) : [];
  const aggregates2 = [];
  const finals = [];
  for (const { expression } of writtenExpressions(node.Aggregates, context)) {
    const position = keyCount + finals.length;
    if (isAggregateCall(expression)) {
      const outputs2 = columns2.slice(position);
      const aggregate2 = lowerAggregate(expression, rowContext, outputs2);
      aggregates2.push(aggregate2);
      for (const output of aggregate2.outputs) {
        const reference = columnRef(output, aggregate2.offset);
        finals.push({ name: output.name, expression: reference });
      }
    } else {
      const hook = (call) => nestedAggregate(call, rowContext, aggregates2);
      const lowered = lowerScalar(expression, { ...rowContext, aggregate: hook });
      finals.push({ name: columns2[position].name, expression: lowered });
    }
  }
  const offset = offsetOf(context, node);
  const hidden = finals.some((final) => final.expression.kind !== "column");
  const outputs = aggregates2.flatMap((aggregate2) => aggregate2.outputs);
  const summarize = {
    kind: "summarize",
    offset,
    columns: hidden ? [...keyColumns, ...outputs] : columns2,
    input,
    keys,
    aggregates: aggregates2
  };
  if (!hidden) return summarize;
  const keyItems = keyColumns.map((column) => ({
    name: column.name,
    expression: columnRef(column, offset)
  }));
  const items = [...keyItems, ...finals];
  return {
    kind: "project",
    operator: "summarize",
    offset,
    columns: columns2,
    input: summarize,
    items
  };
}
function columnRef(column, offset) {
  return { kind: "column", offset, type: column.type, name: column.name };
}
function nestedAggregate(node, context, aggregates2) {
  if (!isAggregateCall(node)) return void 0;
  const name = `__aggregate${aggregates2.length}`;
  const hidden = { name, type: typeOfNode(context, node) };
  const aggregate2 = lowerAggregate(node, context, [hidden]);
  if (aggregate2.outputs.length !== 1) {
    const message = "an aggregation function returning several columns cannot be part of an expression";
    throw errorAt(context, node, message, "semantic");
  }
  aggregates2.push(aggregate2);
  return columnRef(aggregate2.outputs[0], aggregate2.offset);
}

// src/kql/operators/take.ts
function lowerTake(node, input, context) {
  const count = lowerScalar(node.Expression, withRow(context, []));
  return {
    kind: "take",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count
  };
}

// src/kql/operators/top.ts
function lowerTop(node, input, context) {
  const count = lowerScalar(node.Expression, withRow(context, []));
  const keys = [lowerSortKey(node.ByExpression, input.columns, context)];
  return {
    kind: "top",
    offset: offsetOf(context, node),
    columns: input.columns,
    input,
    count,
    keys
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
      throw errorAt(context, parameter, message);
    }
  }
  const all = columnsOfNode(context, node);
  const columns2 = inner ? all.filter((column) => column.name === sourceColumn || inAll(column, inputs)) : all;
  const offset = offsetOf(context, node);
  return { kind: "union", offset, columns: columns2, inputs, sourceColumn };
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
  const columns2 = columnsOfNode(context, typed);
  return { kind: "table", offset: offsetOf(context, node), columns: columns2, name };
}
function sourceName(plan, index) {
  return plan.kind === "table" ? plan.name : `union_arg${index}`;
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
    throw errorAt(context, call, message);
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
    throw errorAt(context, node, message);
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
    throw errorAt(context, node, message, "semantic");
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
  const columns2 = columnsOfNode(context, node);
  if (sources.length !== columns2.length) {
    const message = "the columns of this lookup could not be matched to its inputs";
    throw errorAt(context, node, message);
  }
  return {
    kind: "join",
    joinKind,
    operator: "lookup",
    offset: offsetOf(context, node),
    columns: columns2,
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

// src/kql/plan/serialized.ts
var WINDOW_KINDS_SET = new Set(WINDOW_KINDS);

// src/rules/rule-validation.ts
import Ajv from "ajv";
import addFormats from "ajv-formats";

// src/rules/rule-schema.ts
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
var COLUMN_NAME = {
  type: "string",
  maxLength: 500,
  pattern: "^[a-zA-Z_]\\w*$"
};
var SCHEDULE_FIELDS = [
  "queryFrequency",
  "queryPeriod",
  "triggerOperator",
  "triggerThreshold"
];
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

// src/rules/schemas.ts
import { existsSync as existsSync3, readdirSync, readFileSync } from "node:fs";
import { basename, dirname as dirname2, extname, join as join2 } from "node:path";
import { isMap as isMap2, isSeq as isSeq2 } from "yaml";
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
function listSchemaFiles(dir, errors) {
  try {
    return readdirSync(dir).filter((name) => [".json", ".kql"].includes(extname(name).toLowerCase())).sort().map((name) => join2(dir, name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot read the schemas folder '${dir}': ${reason}`;
    errors.push(new InputError(message, { file: dir, kind: "io" }));
    return [];
  }
}
function loadSchemaFile(file, loaded2) {
  try {
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    if (extname(file).toLowerCase() === ".kql") {
      loaded2.functions[basename(file, extname(file))] = declarationOf(text);
      return;
    }
    const { name, columns: columns2 } = readTableSchema(parseSourceFile(file, text));
    loaded2.tables[name] = columns2;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    loaded2.errors.push(error);
  }
}
function declarationOf(text) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => !/^\s*(\/\/.*)?$/.test(line));
  return start < 0 ? "" : lines.slice(start).join("\n").trim();
}
function readTableSchema(source) {
  const root = source.document.contents;
  const nameNode = isMap2(root) ? root.get("name", true) : void 0;
  const name = nameNode?.toJSON();
  if (!isMap2(root) || typeof name !== "string" || name === "") {
    const message = 'a table schema needs a "name" with the table name';
    throw schemaError(source, root, message);
  }
  const columnsNode = root.get("columns", true);
  if (!isSeq2(columnsNode)) {
    const message = `table ${name} needs a "columns" list of { "name", "type" }`;
    throw schemaError(source, nameNode ?? root, message);
  }
  const columns2 = columnsNode.items.map(
    (item) => readColumn(source, item)
  );
  return { name, columns: columns2 };
}
function readColumn(source, node) {
  const column = node.toJSON();
  if (typeof column?.name !== "string" || typeof column.type !== "string") {
    const message = 'a column needs a "name" and a "type", both strings';
    throw schemaError(source, node, message);
  }
  const type = kustoType(column.type);
  if (!type) {
    const typeNode = isMap2(node) ? node.get("type", true) : node;
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

// bench/.exp/read.ts
var path = "/tmp/kql-rule-test-bench-zoom-1000000.ndjson";
var columns = loadSchemas2(["/work/main/schemas"]).tables["ZoomLogs"];
function toRow(event) {
  const row = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = coerceValue(event[columns[i].name], columns[i].type, columns[i].name);
  return row;
}
function time(name, f) {
  const s = performance.now();
  f();
  console.log(name, ((performance.now() - s) / 1e3).toFixed(2));
}
var mode = process.argv[2];
time("floor", () => {
  let p;
  forEachLine(path, (l) => {
    p = JSON.parse(l);
  });
});
if (mode === "a") time("parse+toRow no retain", () => {
  let p;
  forEachLine(path, (l) => {
    p = toRow(JSON.parse(l));
  });
});
if (mode === "b") time("parse retain objects", () => {
  const rows = [];
  forEachLine(path, (l) => {
    rows.push(JSON.parse(l));
  });
});
var pool = /* @__PURE__ */ new Map();
function intern(v) {
  if (typeof v !== "string" || v.length > 32) return v;
  const h = pool.get(v);
  if (h !== void 0) return h;
  if (pool.size > 65536) pool.clear();
  pool.set(v, v);
  return v;
}
function toRowInterned(event) {
  const row = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = coerceValue(intern(event[columns[i].name]), columns[i].type, columns[i].name);
  return row;
}
if (mode === "d") time("parse+toRow interned retain", () => {
  const rows = [];
  forEachLine(path, (l) => {
    rows.push(toRowInterned(JSON.parse(l)));
  });
});
if (mode === "c") time("parse+toRow retain", () => {
  const rows = [];
  forEachLine(path, (l) => {
    rows.push(toRow(JSON.parse(l)));
  });
});
