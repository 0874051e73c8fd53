import type { CompileOptions } from "../kql/api.js";
import { kindOf } from "../kql/syntax.js";
import { callArguments, canonicalAggregate } from "./column-trace.js";
import { findAll, parseQuery, spanText } from "./syntax.js";
import type { ParsedQuery, SyntaxNode } from "./syntax.js";
import { findThresholds } from "./threshold.js";

/** The families of mutation applied to a query. */
export type MutantKind =
  | "threshold"
  | "comparison"
  | "case-sensitivity"
  | "string-operator"
  | "drop-where"
  | "aggregate";

/** One small change to a rule's query, made at a syntax tree offset. */
export interface Mutant {
  kind: MutantKind;
  /** The change and its line, such as `line 9: '>' to '>=' in 'ChannelCount > threshold'`. */
  description: string;
  /** Offset and length of the replaced text in the original query. */
  offset: number;
  length: number;
  replacement: string;
  /** The mutated query. */
  query: string;
}

/** Each comparison operator and the neighbour that moves its boundary by one. */
const NEIGHBOURS: Record<string, string> = {
  GreaterThanExpression: ">=",
  GreaterThanOrEqualExpression: ">",
  LessThanExpression: "<=",
  LessThanOrEqualExpression: "<",
};

/** String operators and the replacement that changes case or term matching. */
const STRING_SWAPS: Record<string, { replacement: string; kind: MutantKind }> = {
  EqualTildeExpression: { replacement: "==", kind: "case-sensitivity" },
  BangTildeExpression: { replacement: "!=", kind: "case-sensitivity" },
  InCsExpression: { replacement: "in", kind: "case-sensitivity" },
  HasExpression: { replacement: "contains", kind: "string-operator" },
  ContainsExpression: { replacement: "has", kind: "string-operator" },
  NotHasExpression: { replacement: "!contains", kind: "string-operator" },
  NotContainsExpression: { replacement: "!has", kind: "string-operator" },
};

const MAX_QUOTE = 60;

/**
 * Lists the mutants of a query: each threshold literal one lower and one
 * higher, then the operator changes, the dropped `where`s and the aggregate
 * changes, each group in query order. The operators `<`, `<=`, `>`, `>=`
 * move to their neighbour, `=~` becomes `==` (`!~` becomes `!=`, `in~`
 * becomes `in`), and `has` and `contains` swap, also negated. `dcount`
 * becomes `count` and `make_set` becomes `make_list`.
 */
export function generateMutants(text: string, options?: CompileOptions): Mutant[] {
  const query = parseQuery(text, options);
  return [
    ...thresholdMutants(query, options),
    ...operatorMutants(query),
    ...dropWhereMutants(query),
    ...aggregateMutants(query),
  ];
}

function thresholdMutants(query: ParsedQuery, options?: CompileOptions): Mutant[] {
  const mutants: Mutant[] = [];
  const seen = new Set<number>();
  for (const threshold of findThresholds(query.text, options).thresholds) {
    if (seen.has(threshold.valueOffset) || !Number.isInteger(threshold.value)) continue;
    seen.add(threshold.valueOffset);

    const literal = query.text.slice(
      threshold.valueOffset,
      threshold.valueOffset + threshold.valueLength,
    );
    const where = threshold.letName
      ? `'let ${threshold.letName}'`
      : `'${threshold.column} ${threshold.operatorText} ${literal}'`;
    for (const value of [threshold.value - 1, threshold.value + 1]) {
      const change = { offset: threshold.valueOffset, length: threshold.valueLength };
      const description = `threshold ${literal} to ${value} in ${where}`;
      mutants.push(mutate(query, "threshold", change, String(value), description));
    }
  }
  return mutants;
}

function operatorMutants(query: ParsedQuery): Mutant[] {
  const mutants: Mutant[] = [];
  for (const node of allNodes(query.root)) {
    const kind = kindOf(node);
    const swap = NEIGHBOURS[kind]
      ? { replacement: NEIGHBOURS[kind], kind: "comparison" as const }
      : STRING_SWAPS[kind];
    if (!swap) continue;

    const token = node.Operator;
    const change = { offset: token.TextStart, length: token.Width };
    const context = quote(spanText(query, node));
    const description = `'${token.Text}' to '${swap.replacement}' in ${context}`;
    mutants.push(mutate(query, swap.kind, change, swap.replacement, description));
  }
  return mutants;
}

function dropWhereMutants(query: ParsedQuery): Mutant[] {
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

function aggregateMutants(query: ParsedQuery): Mutant[] {
  const mutants: Mutant[] = [];
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

function mutate(
  query: ParsedQuery,
  kind: MutantKind,
  change: { offset: number; length: number },
  replacement: string,
  description: string,
): Mutant {
  const before = query.text.slice(0, change.offset);
  const after = query.text.slice(change.offset + change.length);
  return {
    kind,
    description: `line ${lineOf(query.text, change.offset)}: ${description}`,
    offset: change.offset,
    length: change.length,
    replacement,
    query: before + replacement + after,
  };
}

function allNodes(root: SyntaxNode): SyntaxNode[] {
  const nodes: SyntaxNode[] = [];
  const visit = (node: SyntaxNode) => {
    nodes.push(node);
    for (let i = 0; i < node.ChildCount; i++) {
      const child = node.GetChild(i);
      if (child) visit(child);
    }
  };
  visit(root);
  return nodes;
}

/** Returns the 1-based line of an offset in the query text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === "\n") line++;
  return line;
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  const short = oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE - 3)}...` : oneLine;
  return `'${short}'`;
}
