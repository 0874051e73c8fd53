import { elementsOf, kindOf } from "../kql/syntax.js";
import type { Table, Value } from "../kql/types.js";
import { locateField, readField, writeField } from "./field-locator.js";
import type { FieldLocator } from "./field-locator.js";
import { findAll, spanText } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";
import { conjuncts } from "./threshold.js";
import type { Tables } from "./rule-runner.js";

/** A `where` condition that compares an input field with a string constant. */
export interface StringFilter {
  field: FieldLocator;
  /** The operator as written: `==`, `=~`, `has`, `in~`, ... */
  operator: string;
  caseSensitive: boolean;
  constant: string;
  /** The condition's text, for property names. */
  text: string;
}

/**
 * The positive string operators, and whether each is case-sensitive, from
 * https://learn.microsoft.com/en-us/kusto/query/datatypes-string-operators
 */
const STRING_OPERATORS: Record<string, boolean> = {
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
  InCsExpression: false,
};

/**
 * Lists the conditions of every `where` (whole, or one operand of an `and`
 * chain) that compare a field of the input events with a string constant.
 */
export function findStringFilters(query: ParsedQuery): StringFilter[] {
  const filters: StringFilter[] = [];
  for (const filter of findAll(query.root, "FilterOperator")) {
    for (const condition of conjuncts(filter.Condition)) {
      const found = readStringFilter(query, filter, condition);
      if (found) filters.push(found);
    }
  }
  return filters;
}

function readStringFilter(
  query: ParsedQuery,
  filter: SyntaxNode,
  condition: SyntaxNode,
): StringFilter | undefined {
  const caseSensitive = STRING_OPERATORS[kindOf(condition)];
  if (caseSensitive === undefined) return undefined;

  const constant = firstString(condition.Right);
  const field = constant === undefined ? undefined : locateField(query, filter, condition.Left);
  if (!field || constant === undefined) return undefined;
  return {
    field,
    operator: String(condition.Operator.Text),
    caseSensitive,
    constant,
    text: spanText(query, condition),
  };
}

function firstString(node: SyntaxNode): string | undefined {
  const values = kindOf(node) === "ExpressionList" ? elementsOf(node.Expressions) : [node];
  const first = values[0];
  if (!first?.IsConstant || typeof first.ConstantValue !== "string") return undefined;
  return first.ConstantValue;
}

/**
 * Returns the tables with one field of every event changed by `change`, in
 * each table that has the field's column. `change` maps the field's text to
 * the new text, and values that are not text stay as they are.
 */
export function changeField(
  tables: Tables,
  field: FieldLocator,
  change: (text: string, row: number) => string,
): Tables {
  const changed: Record<string, Table> = {};
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

function changeRow(
  table: Table,
  row: readonly Value[],
  field: FieldLocator,
  change: (text: string) => string,
): readonly Value[] {
  const value = readField(table, row, field);
  return typeof value === "string" ? writeField(table, row, field, change(value)) : row;
}

/** Flips the case of the letters a mask selects, cycling the mask. */
export function flipCase(text: string, mask: readonly boolean[]): string {
  if (mask.length === 0) return text;
  return [...text]
    .map((char, index) => {
      if (!mask[index % mask.length]) return char;
      const upper = char.toUpperCase();
      return upper === char ? char.toLowerCase() : upper;
    })
    .join("");
}
