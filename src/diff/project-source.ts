import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import type { GoldenCase, RuleKey } from "../cases/case-loader.js";
import { defaultRuleEngine } from "../cases/default-rule-engine.js";
import type { RuleEngine } from "../cases/rule-engine.js";
import { loadRuleCases, ruleCompileInputs, runCaseRule } from "../cases/rule-inputs.js";
import type { Rule } from "../rules/types.js";
import type { ReportError } from "../report/types.js";
import { toReportError } from "./report-error.js";
import type { ProjectFolders } from "./selection.js";
import type { DiffInput, DiffRule, DiffSource, DiffTree } from "./source.js";
import type { DiffAlert } from "./types.js";

/** A diff input backed by a golden case; generated inputs use the same shape. */
export interface CaseInput extends DiffInput {
  case: GoldenCase;
}

type Schemas = ReturnType<RuleEngine["loadSchemas"]>;

/**
 * Returns the diff source that reads a tree with the project's own modules:
 * schemas, rules and golden cases from `folders`, evaluated by the rule
 * model and the KQL engine, as `run` does.
 */
export function projectSource(
  folders: ProjectFolders,
  engine: RuleEngine = defaultRuleEngine,
): DiffSource {
  return { loadTree: async (root) => loadProjectTree(resolve(root), folders, engine) };
}

function loadProjectTree(root: string, folders: ProjectFolders, engine: RuleEngine): DiffTree {
  const errors: InputError[] = [];
  const schemas = engine.loadSchemas(resolve(root, folders.schemas));
  errors.push(...schemas.errors);
  const loaded = existsSync(resolve(root, folders.rules))
    ? engine.loadRules(resolve(root, folders.rules))
    : { rules: [], failures: [] };
  for (const failure of loaded.failures) errors.push(...failure.errors);

  const keys: RuleKey[] = [
    ...loaded.rules.map((rule) => ({ id: rule.id, file: relativeFile(root, rule.file) })),
    ...loaded.failures.map((failure) => ({ id: failure.id ?? "", file: relativeFile(root, failure.file) })),
  ];
  const inputs = loadInputs(root, folders, schemas, keys, errors);
  return {
    rules: loaded.rules.map((rule) => diffRule(root, rule, schemas, engine)),
    inputs,
    errors: errors.map((error) => relativeError(root, error)),
  };
}

function loadInputs(
  root: string,
  folders: ProjectFolders,
  schemas: Schemas,
  rules: RuleKey[],
  errors: InputError[],
): CaseInput[] {
  if (!existsSync(resolve(root, folders.cases))) return [];

  const loaded = loadRuleCases({ root, casesDir: folders.cases, schemas: schemas.tables, rules });
  for (const problem of loaded.problems) {
    errors.push(problem.error.at({ file: problem.file, line: problem.line }));
  }
  return loaded.cases.map((item) => ({
    name: item.name,
    file: item.file,
    rule: item.rule.file,
    case: item,
  }));
}

function diffRule(root: string, rule: Rule, schemas: Schemas, engine: RuleEngine): DiffRule {
  return {
    id: rule.id,
    name: rule.name,
    file: relativeFile(root, rule.file),
    readsTable: (table) => new RegExp(`\\b${escapeRegExp(table)}\\b`).test(rule.query),
    evaluate: async (input) => evaluateCase(rule, (input as CaseInput).case, schemas, engine),
  };
}

/**
 * Compiles the rule for the case's columns and watchlists, as `run` does,
 * and runs it on the case's tables and externaldata content.
 * NOTE: `run` compiles a rule once for the union of all its cases' columns
 * and watchlists, but here each case is compiled alone. Results differ only
 * when a query probes for a column (`column_ifexists`) that another case
 * adds, or reads a watchlist that only another case gives.
 */
function evaluateCase(rule: Rule, item: GoldenCase, schemas: Schemas, engine: RuleEngine): DiffAlert[] {
  try {
    const place = { file: item.file, line: item.line };
    const { options } = ruleCompileInputs(rule.query, [item], schemas, place);
    const compiled = engine.compileRule(rule, options);
    const run = runCaseRule(engine, compiled, item, options);
    return run.alerts.map((alert) => ({
      columns: { ...alert.columns },
      entities: alert.entities.map((entity) => ({ ...entity })),
    }));
  } catch (error: unknown) {
    if (error instanceof InputError) throw error.at({ file: item.file, line: item.line });
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`internal error: ${message}`, {
      file: item.file,
      line: item.line,
      hint: "this is a bug in kql-rule-test; please report it with the case",
      kind: "internal",
    });
  }
}

function relativeError(root: string, error: InputError): ReportError {
  const file = error.file === undefined ? undefined : relativeFile(root, error.file);
  return toReportError(new InputError(error.message, { ...error, file, kind: error.kind }));
}

function relativeFile(root: string, file: string): string {
  return relative(root, resolve(root, file)).split(sep).join("/");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
