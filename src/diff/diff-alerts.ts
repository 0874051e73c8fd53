import {
  extractTree,
  isDirty,
  listChangedFiles,
  removeTree,
  resolveCommit,
} from "./git.js";
import { matchAlerts } from "./match.js";
import { projectSource } from "./project-source.js";
import { catchInputError } from "./report-error.js";
import {
  inputsOf,
  selectRules,
  type ProjectFolders,
} from "./selection.js";
import type { DiffInput, DiffRule, DiffSource, DiffTree, ExtraInputs } from "./source.js";
import type {
  ChangeReason,
  DiffReport,
  DiffSummary,
  RuleChange,
  RuleDiff,
} from "./types.js";
import type { ReportError } from "../report/types.js";

export interface DiffOptions {
  /** The repository folder to compare; the working tree below it is the head. */
  root: string;
  /** A git ref (branch, tag, commit) for the base version. */
  base: string;
  /** Loads rules and cases from a tree; by default the project's own modules. */
  source?: DiffSource;
  /** Folders relative to `root`. Defaults: `rules`, `test-cases`, `schemas`. */
  folders?: Partial<ProjectFolders>;
  /** Extra inputs per rule, such as a fixed-seed sample of fuzz inputs. */
  extraInputs?: ExtraInputs;
}

const DEFAULT_FOLDERS: ProjectFolders = {
  rules: "rules",
  cases: "test-cases",
  schemas: "schemas",
};

/**
 * Evaluates every rule a change affects as it is at `base` and as it is in
 * the working tree, on the same inputs, and lists the alerts the change
 * adds, removes and changes. The inputs are the rule's golden cases from
 * the working tree; a deleted rule runs on its cases from the base. The
 * base tree is read with `git archive`, so the work tree and the index are
 * left alone.
 */
export async function diffAlerts(options: DiffOptions): Promise<DiffReport> {
  const { root } = options;
  const folders = { ...DEFAULT_FOLDERS, ...options.folders };
  const source = options.source ?? projectSource(folders);
  const base = await resolveCommit(root, options.base);
  const head = await resolveCommit(root, "HEAD");
  const changed = await listChangedFiles(root, base);
  const dirty = await isDirty(root, Object.values(folders));

  const baseRoot = await extractTree(root, base);
  try {
    const trees = {
      base: await source.loadTree(baseRoot),
      head: await source.loadTree(root),
    };
    const selection = selectRules(changed, trees, folders);
    const changedPaths = new Set(changed.map((file) => file.path));
    const rules: RuleDiff[] = [];
    for (const [id, reasons] of selection) {
      rules.push(await diffRule(id, [...reasons], trees, options.extraInputs));
    }
    rules.sort((a, b) => compareText(a.file, b.file) || compareText(a.id, b.id));

    const attached = new Set(rules.flatMap((rule) => rule.errors));
    const errors = [...trees.base.errors, ...trees.head.errors].filter(
      (error) =>
        !attached.has(error) &&
        (error.file === undefined || changedPaths.has(error.file)),
    );
    return { base, head, summary: summarize(rules, errors), rules, dirty, errors };
  } finally {
    await removeTree(baseRoot);
  }
}

async function diffRule(
  id: string,
  reasons: ChangeReason[],
  trees: { base: DiffTree; head: DiffTree },
  extraInputs: ExtraInputs | undefined,
): Promise<RuleDiff> {
  const baseRule = trees.base.rules.find((rule) => rule.id === id);
  const headRule = trees.head.rules.find((rule) => rule.id === id);
  const reported = headRule ?? baseRule;
  if (!reported) throw new Error(`selected rule ${id} is in neither tree`);

  const inputs = headRule ? inputsOf(trees.head, headRule) : inputsOf(trees.base, reported);
  if (extraInputs) inputs.push(...(await extraInputs(reported)));

  const diff: RuleDiff = {
    id,
    file: reported.file,
    change: changeOf(baseRule, headRule),
    added: [],
    removed: [],
    changed: [],
    name: reported.name,
    reasons: sortReasons(reasons),
    inputs: inputs.length,
    errors: [],
  };
  const loadErrors = [
    ...trees.base.errors.filter((error) => error.file === baseRule?.file),
    ...trees.head.errors.filter((error) => error.file === reported.file),
  ];
  if (!headRule && loadErrors.length > 0) {
    diff.change = "modified";
    diff.errors.push(...loadErrors);
    return diff;
  }
  for (const input of inputs) await diffInput(input, baseRule, headRule, diff);
  return diff;
}

async function diffInput(
  input: DiffInput,
  baseRule: DiffRule | undefined,
  headRule: DiffRule | undefined,
  diff: RuleDiff,
): Promise<void> {
  const baseAlerts = await catchInputError(async () => (baseRule ? baseRule.evaluate(input) : []));
  const headAlerts = await catchInputError(async () => (headRule ? headRule.evaluate(input) : []));
  if ("error" in baseAlerts) diff.errors.push(describeSide(baseAlerts.error, "base"));
  if ("error" in headAlerts) diff.errors.push(describeSide(headAlerts.error, "head"));
  if (!("value" in baseAlerts) || !("value" in headAlerts)) return;

  const match = matchAlerts(input.name, baseAlerts.value, headAlerts.value);
  diff.added.push(...match.added);
  diff.removed.push(...match.removed);
  diff.changed.push(...match.changed);
}

function describeSide(error: ReportError, side: "base" | "head"): ReportError {
  const label = `${side} version: `;
  const text = error.text.replace(/^(error: )?/, (prefix) => prefix + label);
  return { ...error, message: label + error.message, text };
}

function changeOf(base: DiffRule | undefined, head: DiffRule | undefined): RuleChange {
  if (!base) return "added";
  if (!head) return "deleted";
  return "modified";
}

const REASON_ORDER: readonly ChangeReason[] = ["rule", "cases", "schemas", "inputs"];

function sortReasons(reasons: ChangeReason[]): ChangeReason[] {
  return REASON_ORDER.filter((reason) => reasons.includes(reason));
}

function summarize(rules: readonly RuleDiff[], errors: readonly ReportError[]): DiffSummary {
  const count = (pick: (rule: RuleDiff) => readonly unknown[]) =>
    rules.reduce((total, rule) => total + pick(rule).length, 0);
  return {
    rules: rules.length,
    added: count((rule) => rule.added),
    removed: count((rule) => rule.removed),
    changed: count((rule) => rule.changed),
    errors: count((rule) => rule.errors) + errors.length,
  };
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
