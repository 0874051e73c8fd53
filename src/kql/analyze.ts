import { InputError } from "../errors.js";
import type { CompileOptions } from "./api.js";
import { blankUnresolvedUnionInputs, isFuzzyUnion } from "./fuzzy-union.js";
import { loadKustoLanguage } from "./kusto-language.js";
import { hintFor, queryError } from "./query-errors.js";
import type { QueryErrorKind } from "./query-errors.js";
import { kindOf, walk } from "./syntax.js";
import type { SyntaxNode } from "./syntax.js";
import type { Column } from "./types.js";

/** A query parsed and analysed by Kusto.Language. */
export interface AnalyzedQuery {
  readonly text: string;
  /** Kusto.Language's `KustoCode`. */
  readonly code: SyntaxNode;
  /** Its error diagnostics, as input errors placed in the query text. */
  readonly errors: readonly InputError[];
}

/**
 * Parses and analyses a query against the tables and workspace functions
 * of `options`, and maps Kusto.Language's error diagnostics to input
 * errors. Warnings are dropped. The inputs of `union isfuzzy=true` that
 * name no known table or view are left out, as Kusto leaves them out (see
 * `blankUnresolvedUnionInputs`), so `code` has the same offsets as `text`
 * but lacks those inputs.
 */
export function analyzeQuery(
  text: string,
  options: CompileOptions,
): AnalyzedQuery {
  const K = loadKustoLanguage();
  const globals = buildGlobals(options);
  let code = K.Language.KustoCode.ParseAndAnalyze(text, globals);
  const blanked = blankUnresolvedUnionInputs(code.Syntax, text);
  if (blanked !== text) {
    code = K.Language.KustoCode.ParseAndAnalyze(blanked, globals);
  }
  const diagnostics = code.GetDiagnostics();
  const errors: InputError[] = [];
  for (let i = 0; i < diagnostics.Count; i++) {
    const diagnostic = diagnostics.getItem(i);
    if (String(diagnostic.Severity) !== "Error") continue;
    if (isAcceptedUnmatchedWildcard(code.Syntax, diagnostic)) continue;
    errors.push(errorOfDiagnostic(text, code.Syntax, diagnostic));
  }
  return { text, code, errors };
}

/**
 * Throws the first error of an analysed query. When there are more, its
 * hint gives their number.
 */
export function throwFirstError(query: AnalyzedQuery): void {
  const [first, ...rest] = query.errors;
  if (!first) return;
  if (rest.length === 0) throw first;

  const more = rest.length === 1 ? "1 more error" : `${rest.length} more errors`;
  throw new InputError(first.message, {
    line: first.line,
    column: first.column,
    sourceLine: first.sourceLine,
    kind: first.kind,
    hint: `${first.hint}; the query has ${more}`,
  });
}

/** The maximum number of table symbols and global states kept for reuse. */
const CACHE_LIMIT = 256;
const tableSymbols = new Map<string, SyntaxNode>();
const globalStates = new Map<string, SyntaxNode>();

/**
 * Builds Kusto.Language's global state for the tables and functions of
 * `options`. Declaring a wide table takes milliseconds, so table symbols
 * and whole states are cached by their text.
 */
function buildGlobals(options: CompileOptions): SyntaxNode {
  const tables = Object.entries(options.tables).map(
    ([name, columns]) => `${name}:${schemaText(columns)}`,
  );
  const functions = Object.entries(options.functions ?? {}).map(
    ([name, body]) => `${name}=${body}`,
  );
  const key = [...tables, "", ...functions].join("\n");
  return cached(globalStates, key, () => createGlobals(options));
}

function createGlobals(options: CompileOptions): SyntaxNode {
  const K = loadKustoLanguage();
  const S = K.Language.Symbols;
  const symbols: SyntaxNode[] = [];
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

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = create();
  cache.set(key, value);
  return value;
}

/** Writes columns as a Kusto schema, `(Name:type, ...)`, quoting odd names. */
export function schemaText(columns: readonly Column[]): string {
  const parts = columns.map((column) => `${quoteName(column.name)}:${column.type}`);
  return `(${parts.join(", ")})`;
}

function quoteName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return `['${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
}

/**
 * Splits a workspace function declaration, the text after `let name = `,
 * into its parameter list and its braced body. A declaration without a
 * parameter list, such as `T | where x > 1`, has no parameters.
 */
export function splitDeclaration(
  text: string,
): { parameters: string; body: string } {
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

function matchingParen(text: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "(") {
      depth++;
    } else if (char === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
}

function errorOfDiagnostic(
  text: string,
  root: SyntaxNode,
  diagnostic: SyntaxNode,
): InputError {
  const offset = Number(diagnostic.Start);
  const code = String(diagnostic.Code);
  const kind: QueryErrorKind = isSyntaxCode(code) ? "syntax" : "semantic";
  const message = messageOf(code, String(diagnostic.Message), root, offset);
  return queryError(text, offset, message, kind, hintFor(kind));
}

/**
 * Tells a diagnostic about a wildcard that matches nothing where Kusto
 * accepts one. In `union isfuzzy=true`, the union page's example
 * `union isfuzzy=true View*, SomeView*, OtherView*` runs with a warning for
 * `SomeView*` (learn.microsoft.com/kusto/query/union-operator). In
 * `project-away`, Sentinel accepts such rules and removes nothing for the
 * pattern, so published rules that end in `project-away *1, *2` after a
 * join run. Kusto.Language rejects both.
 * NOTE: the KQL documentation does not cover a `project-away` pattern that
 * matches nothing. Sentinel's acceptance is reported by users, not documented.
 */
function isAcceptedUnmatchedWildcard(
  root: SyntaxNode,
  diagnostic: SyntaxNode,
): boolean {
  const code = String(diagnostic.Code);
  if (code !== "KS109" && code !== "KS142") return false;
  const offset = Number(diagnostic.Start);
  let pattern: SyntaxNode;
  walk(root, (node) => {
    if (kindOf(node) === "WildcardedName" && node.TextStart === offset) {
      pattern = node;
    }
  });
  const parent = pattern?.Parent;
  const operator = parent?.Parent?.Parent?.Parent;
  if (!parent || !operator || kindOf(parent) !== "NameReference") return false;
  const operatorKind = kindOf(operator);
  if (operatorKind === "ProjectAwayOperator") return true;
  return operatorKind === "UnionOperator" && isFuzzyUnion(operator);
}

/** Tells a parser diagnostic: Kusto.Language numbers them below KS100. */
function isSyntaxCode(code: string): boolean {
  const number = Number(code.replace(/^KS/, ""));
  return Number.isFinite(number) && number < 100;
}

/**
 * Rewords the usual name diagnostics ("unknown column 'Chanel'") and
 * keeps Kusto.Language's wording for the others.
 */
function messageOf(
  code: string,
  message: string,
  root: SyntaxNode,
  offset: number,
): string {
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (quoted !== undefined) {
    if (code === "KS142") {
      const what = isTabularPosition(root, offset) ? "table" : "column";
      return `unknown ${what} '${quoted}'`;
    }
    if (code === "KS204") return `unknown table '${quoted}'`;
    if (code === "KS211") return `unknown function '${quoted}'`;
  }
  const plain = message.replace(/\.$/, "");
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

/** Tells whether the name at `offset` starts a tabular expression. */
function isTabularPosition(root: SyntaxNode, offset: number): boolean {
  let found: SyntaxNode;
  walk(root, (node) => {
    if (kindOf(node) === "NameReference" && node.TextStart === offset) found = node;
  });
  const parent = found?.Parent;
  if (!parent) return false;
  const parentKind = kindOf(parent);
  if (parentKind === "PipeExpression") return parent.Expression === found;
  return parentKind === "ExpressionStatement" || parentKind === "UnionOperator";
}
