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

/**
 * `parse [kind=simple|regex|relaxed] [flags=F] Expr with * "text" Col:type ...`
 * and `parse-where` (learn.microsoft.com/kusto/query/parse-operator,
 * learn.microsoft.com/kusto/query/parse-where-operator). The pattern becomes
 * one regular expression: `*` and string columns match lazily, `long` and
 * `int` columns match digits, each column in a named group so that groups
 * in a `kind=regex` pattern do not shift them. When the text does not match, or a value does
 * not convert to its column's type (except in `relaxed`), the columns are
 * null, and `parse-where` drops the row.
 */
export function lowerParse(dropUnmatched: boolean) {
  return (node: SyntaxNode, input: TabularPlan, context: LowerContext): ParsePlan => {
    const { kind, flags } = parametersOf(node, context);
    const source = lowerScalar(node.Expression, withRow(context, input.columns));
    const captures: Column[] = [];
    let regex = "";
    for (const element of elementsOf(node.Patterns)) {
      regex += patternPart(element, kind, captures, context);
    }
    const lastIsText = captures.length > 0 && regex.endsWith(">.*?)");
    if (lastIsText) regex += "$";
    const columns = columnsOfNode(context, node);
    return { kind: "parse", offset: offsetOf(context, node), columns, input, source, regex, flags, captures, dropUnmatched, relaxed: kind === "relaxed" };
  };
}

function parametersOf(node: SyntaxNode, context: LowerContext): { kind: ParseKind; flags: string } {
  let kind: ParseKind = "simple";
  let flags = "";
  for (const parameter of elementsOf(node.Parameters)) {
    const name = nameOf(parameter.Name).toLowerCase();
    const value = textOf(parameter.Expression).trim();
    if (name === "kind" && (value === "simple" || value === "regex" || value === "relaxed")) kind = value;
    else if (name === "flags" && /^[imsU]*$/.test(value)) flags = value;
    else throw errorAt(context, parameter, `the parse parameter '${name}=${value}' is not supported yet`);
  }
  return { kind, flags };
}

function patternPart(element: SyntaxNode, kind: ParseKind, captures: Column[], context: LowerContext): string {
  const elementKind = kindOf(element);
  if (elementKind === "StarExpression") return ".*?";
  if (elementKind === "NameAndTypeDeclaration" || elementKind === "NameDeclaration") {
    const declaration = elementKind === "NameDeclaration" ? element : element.Name;
    const type: KustoType = scalarTypeOf(declaration.ResultType) ?? "string";
    const group = `(?P<c${captures.length}>`;
    captures.push({ name: nameOf(declaration), type });
    return kind !== "relaxed" && (type === "long" || type === "int") ? `${group}-?\\d+)` : `${group}.*?)`;
  }
  const text = constantOf(lowerScalar(element, withRow(context, [])));
  if (!text.known || typeof text.value !== "string") {
    throw errorAt(context, element, "a parse pattern element must be a string constant, a column or *", "semantic");
  }
  return kind === "regex" ? text.value : escapeRegex(text.value);
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
}

export function compileParse(plan: ParsePlan, compiler: Compiler): TableFunction {
  const input = compiler.tabular(plan.input);
  const source = compiler.scalar(plan.source, plan.input.columns);
  const inline = plan.flags ? `(?${plan.flags})` : "";
  const regex: RE2JS = guard(compiler, plan.offset, () => compileRegex(`${inline}${plan.regex}`));
  const sources = plan.columns.map((column) => {
    const capture = plan.captures.findIndex((candidate) => candidate.name === column.name);
    if (capture >= 0) return { from: "capture" as const, index: capture };
    return { from: "input" as const, index: plan.input.columns.findIndex((candidate) => candidate.name === column.name) };
  });
  const failed = plan.captures.map((capture) => missing(capture.type));
  return () => {
    const rows: Value[][] = [];
    for (const row of input().rows) {
      const values = captureValues(regex, sourceText(source(row), plan.source.type), plan);
      if (!values && plan.dropUnmatched) continue;
      const captured = values ?? failed;
      rows.push(sources.map(({ from, index }) => (from === "capture" ? captured[index] : row[index])));
    }
    return { columns: plan.columns, rows };
  };
}

function sourceText(value: Value, type: KustoType): string {
  return type === "string" ? String(value ?? "") : toKustoString(value, type);
}

/** Returns the converted captures, or `undefined` when the row does not parse. */
function captureValues(regex: RE2JS, text: string, plan: ParsePlan): Value[] | undefined {
  const matcher: Matcher = regex.matcher(text);
  if (!matcher.lookingAt()) return undefined;
  const values: Value[] = [];
  for (let i = 0; i < plan.captures.length; i++) {
    const { type } = plan.captures[i];
    const raw = matcher.group(`c${i}`) ?? "";
    const value = type === "string" ? raw : convertValue(raw, "string", type);
    if (value === null && type !== "string" && !plan.relaxed) return undefined;
    values.push(value);
  }
  return values;
}

function missing(type: KustoType): Value {
  return type === "string" ? "" : null;
}
