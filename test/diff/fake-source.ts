import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../src/errors.js";
import type { DiffAlert } from "../../src/diff/types.js";
import type { DiffInput, DiffRule, DiffSource, DiffTree } from "../../src/diff/source.js";

/**
 * A rule file of the fake source: JSON listing, per case name, the alerts
 * the rule raises, or "error" to raise an `InputError`.
 */
export interface FakeRuleFile {
  id: string;
  name: string;
  tables: string[];
  alerts: Record<string, DiffAlert[] | "error">;
}

/** Reads `rules/*.json` and `test-cases/*.json` (a list of `{name, rule}`). */
export const fakeSource: DiffSource = {
  async loadTree(root: string): Promise<DiffTree> {
    const tree: DiffTree = { rules: [], inputs: [], errors: [] };
    for (const file of listJson(root, "rules")) {
      const text = readFileSync(join(root, file), "utf8");
      try {
        tree.rules.push(fakeRule(JSON.parse(text) as FakeRuleFile, file));
      } catch (error: unknown) {
        tree.errors.push({ message: String(error), file, text: `error: invalid rule ${file}` });
      }
    }
    for (const file of listJson(root, "test-cases")) {
      const cases = JSON.parse(readFileSync(join(root, file), "utf8")) as DiffInput[];
      tree.inputs.push(...cases.map((item) => ({ ...item, file })));
    }
    return tree;
  },
};

function fakeRule(content: FakeRuleFile, file: string): DiffRule {
  return {
    id: content.id,
    name: content.name,
    file,
    readsTable: (table) => content.tables.includes(table),
    async evaluate(input) {
      const alerts = content.alerts[input.name] ?? [];
      if (alerts === "error") throw new InputError(`cannot run ${input.name}`, { file });
      return alerts;
    },
  };
}

function listJson(root: string, folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch (error: unknown) {
    if ((error as { code?: string }).code === "ENOENT") return [];
    throw error;
  }
  return names.filter((name) => name.endsWith(".json")).map((name) => `${folder}/${name}`);
}
