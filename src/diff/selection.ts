import { posix } from "node:path";
import { GEO_IP_FILE } from "../cases/geo-ip.js";
import { EXTERNAL_DATA_FILE } from "../cases/repository-inputs.js";
import type { ChangedFile } from "./git.js";
import type { ChangeReason } from "./types.js";
import type { DiffInput, DiffRule, DiffTree } from "./source.js";

/** The folders, relative to the root, that hold rules, cases and schemas. */
export interface ProjectFolders {
  rules: string;
  cases: string;
  schemas: string;
}

/** The rule ids to evaluate, each with why. */
export type Selection = Map<string, Set<ChangeReason>>;

/** The folder of workspace functions at the repository root. */
const FUNCTIONS_FOLDER = "functions";
/** The folder of repository watchlists at the repository root. */
const WATCHLISTS_FOLDER = "watchlists";

/**
 * Selects the rules a change affects: rules whose file changed, rules a
 * changed case file names, rules that read a table or function whose file
 * changed, and every rule with cases when a file the repository gives every
 * case changed (`watchlists/`, `externaldata.yaml`, `geo_ip.yaml`). Both
 * trees count, so a deleted rule or case is found in the base.
 */
export function selectRules(
  changed: readonly ChangedFile[],
  trees: { base: DiffTree; head: DiffTree },
  folders: ProjectFolders,
): Selection {
  const selection: Selection = new Map();
  const add = (id: string, reason: ChangeReason) => {
    const reasons = selection.get(id) ?? new Set<ChangeReason>();
    reasons.add(reason);
    selection.set(id, reasons);
  };

  for (const { path } of changed) {
    for (const tree of [trees.base, trees.head]) {
      if (isUnder(path, folders.rules)) {
        for (const rule of tree.rules) if (rule.file === path) add(rule.id, "rule");
      }
      for (const input of tree.inputs) {
        if (input.file !== path) continue;
        const rule = findRule(tree.rules, input);
        if (rule) add(rule.id, "cases");
      }
      if (isUnder(path, folders.schemas) || isFunctionFile(path)) {
        const table = tableOfSchemaFile(path);
        for (const rule of tree.rules) if (rule.readsTable(table)) add(rule.id, "schemas");
      }
      if (isSharedInput(path)) {
        for (const input of tree.inputs) {
          const rule = findRule(tree.rules, input);
          if (rule) add(rule.id, "inputs");
        }
      }
    }
  }
  return selection;
}

/** Returns the rule an input names by file or id, if the tree has it. */
export function findRule(rules: readonly DiffRule[], input: DiffInput): DiffRule | undefined {
  const reference = normalizePath(input.rule);
  return rules.find((rule) => rule.file === reference || rule.id === input.rule);
}

/** Returns the inputs of a tree that name `rule` by its file or id. */
export function inputsOf(tree: DiffTree, rule: DiffRule): DiffInput[] {
  return tree.inputs.filter((input) => findRule([rule], input) !== undefined);
}

function isFunctionFile(path: string): boolean {
  return isUnder(path, FUNCTIONS_FOLDER) && path.endsWith(".kql");
}

/** Tells whether every golden case receives the content of the file. */
function isSharedInput(path: string): boolean {
  return path === EXTERNAL_DATA_FILE || path === GEO_IP_FILE || isUnder(path, WATCHLISTS_FOLDER);
}

function tableOfSchemaFile(path: string): string {
  const name = posix.basename(path);
  return name.replace(/\.[^.]+$/, "");
}

/** Returns whether `path` lies inside `folder` (both relative, `/` separators). */
export function isUnder(path: string, folder: string): boolean {
  const prefix = normalizePath(folder).replace(/\/?$/, "/");
  return prefix === "./" || prefix === "/" || path.startsWith(prefix);
}

/** Normalizes a relative path to `/` separators with no leading `./`. */
export function normalizePath(path: string): string {
  return posix.normalize(path.replace(/\\/g, "/")).replace(/^\.\//, "");
}
