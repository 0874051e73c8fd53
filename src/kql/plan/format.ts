import type {
  NamedExpression,
  Plan,
  ScalarPlan,
  TabularPlan,
} from "./types.js";
import { assertNever } from "./types.js";

/**
 * Formats a plan as an indented tree, one tabular node per line with its
 * offset and output columns, for a `--debug` dump.
 */
export function formatPlan(plan: Plan): string {
  const lines: string[] = [];
  for (const constant of plan.constants) {
    const value = valueText(constant.value);
    lines.push(`let ${constant.name} = ${value} @${constant.offset}`);
  }
  formatTabular(plan.root, 0, lines);
  return lines.join("\n");
}

function formatTabular(
  plan: TabularPlan,
  depth: number,
  lines: string[],
): void {
  const columns = plan.columns.map((column) => `${column.name}:${column.type}`);
  const detail = detailOf(plan);
  const head = detail ? `${plan.kind} ${detail}` : plan.kind;
  const indent = "  ".repeat(depth);
  lines.push(`${indent}${head} @${plan.offset} (${columns.join(", ")})`);
  for (const input of inputsOf(plan)) formatTabular(input, depth + 1, lines);
}

function detailOf(plan: TabularPlan): string {
  switch (plan.kind) {
    case "table":
      return plan.name;
    case "where":
      return scalarText(plan.predicate);
    case "extend":
    case "serialize":
      return assignmentsText(plan.assignments);
    case "project":
      return `${plan.operator} ${assignmentsText(plan.items)}`;
    case "summarize": {
      const aggregates = plan.aggregates.map((aggregate) => aggregate.name);
      const keys = plan.keys.map((key) => key.name);
      return `${aggregates.join(", ")} by ${keys.join(", ")}`;
    }
    case "join":
      return `${plan.operator} kind=${plan.joinKind}`;
    case "values":
      return plan.operator;
    default:
      return "";
  }
}

function assignmentsText(items: readonly NamedExpression[]): string {
  return items.map((item) => `${item.name}=${scalarText(item.expression)}`).join(", ");
}

/** Returns the tabular inputs of a node, left to right. */
export function inputsOf(plan: TabularPlan): TabularPlan[] {
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

/** Writes a scalar plan in a KQL-like notation. */
export function scalarText(plan: ScalarPlan): string {
  switch (plan.kind) {
    case "literal":
      return valueText(plan.value);
    case "column":
      return plan.name;
    case "variable":
      return plan.name;
    case "call":
      return `${plan.name}(${plan.args.map(scalarText).join(", ")})`;
    case "and":
    case "or":
    case "not":
    case "row_number":
    case "prev":
    case "next":
    case "row_cumsum":
    case "row_window_session":
      return `${plan.kind}(${plan.args.map(scalarText).join(", ")})`;
    case "conditional": {
      const branches = plan.branches.map(
        (branch) => `${scalarText(branch.condition)}, ${scalarText(branch.value)}`,
      );
      return `case(${[...branches, scalarText(plan.otherwise)].join(", ")})`;
    }
    case "toscalar":
    case "column-array":
      return `${plan.kind}(#${plan.id})`;
    case "ingestion_time":
      return "ingestion_time()";
    default:
      return assertNever(plan);
  }
}

function valueText(value: unknown): string {
  const text = JSON.stringify(value, (_key, member: unknown) =>
    typeof member === "bigint" ? `${member}` : member,
  );
  return text ?? "null";
}
