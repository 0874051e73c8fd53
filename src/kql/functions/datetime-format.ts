/**
 * `format_datetime` and `format_timespan`
 * (https://learn.microsoft.com/kusto/query/format-datetime-function,
 * https://learn.microsoft.com/kusto/query/format-timespan-function).
 *
 * A format is a sequence of specifiers (runs of one letter, such as
 * `yyyy` or `HH`) and separators (`/ - : , . _ [ ]` and space).
 */
import { TICKS_PER_DAY, TICKS_PER_SECOND } from "../types.js";
import { datetimeFields } from "./calendar.js";
import { scalar, unsupported } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";

type Formatter = (ticks: number) => string;

const SEPARATORS = new Set(["/", "-", ":", ",", ".", "_", "[", "]", " "]);

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** `f` runs give exactly that many fraction digits; `F` runs drop trailing zeros. */
function fraction(run: string): Formatter {
  const digits = run.length;
  return (ticks) => {
    const sub = ((ticks % TICKS_PER_SECOND) + TICKS_PER_SECOND) % TICKS_PER_SECOND;
    const text = pad(sub, 7).slice(0, digits);
    return run[0] === "F" ? text.replace(/0+$/, "") : text;
  };
}

function datetimeSpecifier(run: string): Formatter | undefined {
  const fields = (ticks: number) => datetimeFields(ticks);
  switch (run) {
    case "d": return (t) => String(fields(t).day);
    case "dd": return (t) => pad(fields(t).day, 2);
    case "h": return (t) => String(fields(t).hour % 12 || 12);
    case "hh": return (t) => pad(fields(t).hour % 12 || 12, 2);
    case "H": return (t) => String(fields(t).hour);
    case "HH": return (t) => pad(fields(t).hour, 2);
    case "m": return (t) => String(fields(t).minute);
    case "mm": return (t) => pad(fields(t).minute, 2);
    case "M": return (t) => String(fields(t).month);
    case "MM": return (t) => pad(fields(t).month, 2);
    case "s": return (t) => String(fields(t).second);
    case "ss": return (t) => pad(fields(t).second, 2);
    case "y": return (t) => String(fields(t).year % 100);
    case "yy": return (t) => pad(fields(t).year % 100, 2);
    case "yyyy": return (t) => pad(fields(t).year, 4);
    case "tt": return (t) => (fields(t).hour < 12 ? "AM" : "PM");
  }
  if (/^(f{1,7}|F{1,7})$/.test(run)) return fraction(run);
  return undefined;
}

function timespanSpecifier(run: string): Formatter | undefined {
  const total = (t: number) => Math.abs(t);
  const unit = (size: number, modulo: number) => (t: number) => Math.floor(total(t) / size) % modulo;
  const hours = unit(3600 * TICKS_PER_SECOND, 24);
  const minutes = unit(60 * TICKS_PER_SECOND, 60);
  const seconds = unit(TICKS_PER_SECOND, 60);
  if (/^d{1,8}$/.test(run)) return (t) => pad(Math.floor(total(t) / TICKS_PER_DAY), run.length);
  switch (run) {
    case "h": case "H": return (t) => String(hours(t));
    case "hh": case "HH": return (t) => pad(hours(t), 2);
    case "m": return (t) => String(minutes(t));
    case "mm": return (t) => pad(minutes(t), 2);
    case "s": return (t) => String(seconds(t));
    case "ss": return (t) => pad(seconds(t), 2);
  }
  if (/^(f{1,7}|F{1,7})$/.test(run)) return (t) => fraction(run)(total(t));
  return undefined;
}

/** Splits a format into runs of one letter and single other characters. */
function tokenize(format: string): string[] {
  return format.match(/([A-Za-z])\1*|[^A-Za-z]/g) ?? [];
}

function compileFormat(
  site: CallSite,
  format: string,
  specifier: (run: string) => Formatter | undefined,
): Formatter {
  const parts = tokenize(format).map((token): Formatter => {
    if (SEPARATORS.has(token)) return () => token;
    const formatter = specifier(token);
    if (!formatter) throw unsupported(site, `the format specifier '${token}'`);
    return formatter;
  });
  return (ticks) => parts.map((part) => part(ticks)).join("");
}

function formatWith(specifier: (run: string) => Formatter | undefined, signed: boolean) {
  return (site: CallSite): ScalarImpl => {
    const constant = site.constants[1];
    const fixed = typeof constant === "string" ? compileFormat(site, constant, specifier) : undefined;
    return ([value, format]) => {
      if (value === null || format === null) return "";
      const formatter = fixed ?? compileFormat(site, String(format), specifier);
      const text = formatter(value as number);
      return signed && (value as number) < 0 ? `-${text}` : text;
    };
  };
}

registerScalars(
  scalar("format_datetime", formatWith(datetimeSpecifier, false)),
  scalar("format_timespan", formatWith(timespanSpecifier, true)),
);
