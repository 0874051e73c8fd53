import type { Matcher, RE2JS } from "re2js";
import { guard } from "../compile/placement.js";
import type { Compiler, TableFunction } from "../compile/types.js";
import { compileRegex } from "../functions/regex.js";
import { columnsOfNode, errorAt, offsetOf, withRow } from "../lower/context.js";
import type { LowerContext } from "../lower/context.js";
import { lowerScalar } from "../lower/scalar.js";
import { constantOf } from "../lower/statements.js";
import type { ParsePlan, TabularPlan } from "../plan/types.js";
import { elementsOf, kindOf, nameOf, scalarTypeOf, textOf } from "../syntax.js";
import type { SyntaxNode } from "../syntax.js";
import type { Column, KustoType, Value } from "../types.js";
import { convertValue } from "../values/convert.js";
import { toKustoString } from "../values/to-string.js";

type ParseKind = "simple" | "regex" | "relaxed";

const PARSE_KINDS: readonly string[] = ["simple", "regex", "relaxed"];

type ParseLowering = (
  node: SyntaxNode,
  input: TabularPlan,
  context: LowerContext,
) => ParsePlan;

/**
 * `parse [kind=simple|regex|relaxed] [flags=F] Expr with * "text" Col:type ...`
 * and `parse-where` (learn.microsoft.com/kusto/query/parse-operator and
 * parse-where-operator). The pattern becomes one regular expression: `*`
 * matches lazily, `long` and `int` columns match digits, and each column
 * is a named group, so that groups in a `kind=regex` pattern do not shift
 * them. Other columns match lazily, except with `kind=regex`, where they
 * match greedily and the `U` flag makes them lazy. In `relaxed` mode a
 * `long` or `int` column matches digits or else any text. When the text
 * does not match, or a value does not convert to its column's type (except
 * with `relaxed`), the columns are null and `parse-where` drops the row.
 *
 * NOTE: the parse page states that a regex-mode `string` column becomes
 * `.*?`, but its examples give their documented outputs only with a
 * greedy `(.*)`. Its text also calls the default mode greedy, and its
 * `flags=U` example extracts the short value. The engine follows the
 * examples.
 */
export function lowerParse(dropUnmatched: boolean): ParseLowering {
  return (node, input, context) => {
    const { kind, flags } = parametersOf(node, context);
    const rowContext = withRow(context, input.columns);
    const source = lowerScalar(node.Expression, rowContext);
    const captures: Column[] = [];
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
      relaxed: kind === "relaxed",
    };
  };
}

function parametersOf(
  node: SyntaxNode,
  context: LowerContext,
): { kind: ParseKind; flags: string } {
  let kind: ParseKind = "simple";
  let flags = "";
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" && PARSE_KINDS.includes(value)) {
      kind = value as ParseKind;
    } else if (name === "flags" && /^[imsU]*$/.test(value)) {
      flags = value;
    } else {
      const message = `the parse parameter '${name}=${value}' is not supported yet`;
      throw errorAt(context, parameter, message);
    }
  }
  return { kind, flags };
}

function patternPart(
  element: SyntaxNode,
  kind: ParseKind,
  captures: Column[],
  context: LowerContext,
): string {
  const elementKind = kindOf(element);
  if (elementKind === "StarExpression") return ".*?";
  if (elementKind === "NameAndTypeDeclaration" || elementKind === "NameDeclaration") {
    const declaration = elementKind === "NameDeclaration" ? element : element.Name;
    const type: KustoType = scalarTypeOf(declaration.ResultType) ?? "string";
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

function capturePattern(kind: ParseKind, type: KustoType): string {
  const integral = type === "long" || type === "int";
  if (integral) return kind === "relaxed" ? "-?\\d+|.*?" : "-?\\d+";
  return kind === "regex" ? ".*" : ".*?";
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
}

export function compileParse(
  plan: ParsePlan,
  compiler: Compiler,
): TableFunction {
  const input = compiler.tabular(plan.input);
  const source = compiler.scalar(plan.source, plan.input.columns);
  const pattern = `${plan.flags ? `(?${plan.flags})` : ""}${plan.regex}`;
  const regex = guard(compiler, plan.offset, () => compileRegex(pattern));
  const captureNames = plan.captures.map((capture) => capture.name);
  const inputNames = plan.input.columns.map((column) => column.name);
  const sources = plan.columns.map((column) => {
    const capture = captureNames.indexOf(column.name);
    if (capture >= 0) return { from: "capture" as const, index: capture };
    return { from: "input" as const, index: inputNames.indexOf(column.name) };
  });
  const failed = plan.captures.map((capture) => missingValue(capture.type));
  return () => {
    const rows: Value[][] = [];
    for (const row of input().rows) {
      const text = sourceText(source(row), plan.source.type);
      const values = captureValues(regex, text, plan);
      if (!values && plan.dropUnmatched) continue;
      const captured = values ?? failed;
      const output = sources.map(({ from, index }) =>
        from === "capture" ? captured[index] : row[index],
      );
      rows.push(output);
    }
    return { columns: plan.columns, rows };
  };
}

function missingValue(type: KustoType): Value {
  return type === "string" ? "" : null;
}

/** Returns the text a value is parsed from: a non-string value as text. */
function sourceText(value: Value, type: KustoType): string {
  if (type === "string") return String(value ?? "");
  return toKustoString(value, type);
}

/** Returns the converted captures, or `undefined` when the row does not parse. */
function captureValues(
  regex: RE2JS,
  text: string,
  plan: ParsePlan,
): Value[] | undefined {
  const matcher: Matcher = regex.matcher(text);
  if (!matcher.lookingAt()) return undefined;
  const values: Value[] = [];
  for (let i = 0; i < plan.captures.length; i++) {
    const { type } = plan.captures[i];
    const raw = matcher.group(`c${i}`) ?? "";
    const value = type === "string" ? raw : convertValue(raw, "string", type);
    if (value === null && !plan.relaxed) return undefined;
    values.push(value);
  }
  return values;
}
