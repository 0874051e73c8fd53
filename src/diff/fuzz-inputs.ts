import { relative, resolve, sep } from "node:path";
import type { GoldenCase, RuleKey } from "../cases/case-loader.js";
import { defaultRuleEngine } from "../cases/default-rule-engine.js";
import type { RuleEngine } from "../cases/rule-engine.js";
import {
  loadRuleCases,
  ruleCompileInputs,
  withCaseExternalData,
} from "../cases/rule-inputs.js";
import { InputError } from "../errors.js";
import { buildBoundaryScenario } from "../fuzz/boundary.js";
import { createRuleRunner } from "../fuzz/rule-runner.js";
import { buildInput, plainDraw } from "../fuzz/scenario.js";
import type { BoundaryScenario } from "../fuzz/scenario.js";
import { findThresholds } from "../fuzz/threshold.js";
import type { Rule } from "../rules/types.js";
import type { CaseInput } from "./project-source.js";
import { projectSource } from "./project-source.js";
import type { ProjectFolders } from "./selection.js";
import type { DiffRule, DiffSource, ExtraInputs } from "./source.js";

/** How far on each side of the threshold the boundary inputs go. */
const SPREAD = 2;

/** A diff source and the boundary inputs of the rules it loads. */
export interface FuzzDiffSetup {
  source: DiffSource;
  extraInputs: ExtraInputs;
}

/** The rules, schemas and cases of one tree, as fuzzing reads them. */
interface FuzzTree {
  root: string;
  rules: readonly Rule[];
  schemas: ReturnType<RuleEngine["loadSchemas"]>;
  cases: readonly GoldenCase[];
}

/**
 * Returns the project's diff source and, as extra inputs, the boundary
 * scenario of each rule's first threshold with `n` from two below to two
 * above the threshold value (never below 0). The scenario is built from the
 * golden cases of the version the diff reports: the head, or the base of a
 * deleted rule. A rule with no threshold or no scenario gets no input.
 */
export function fuzzDiffInputs(
  folders: ProjectFolders,
  engine: RuleEngine = defaultRuleEngine,
): FuzzDiffSetup {
  const inner = projectSource(folders, engine);
  const roots = new WeakMap<DiffRule, string>();
  const trees = new Map<string, FuzzTree>();

  const source: DiffSource = {
    loadTree: async (root) => {
      const tree = await inner.loadTree(root);
      for (const rule of tree.rules) roots.set(rule, resolve(root));
      return tree;
    },
  };
  const extraInputs: ExtraInputs = async (diffRule) => {
    const root = roots.get(diffRule);
    if (root === undefined) return [];
    let tree = trees.get(root);
    if (!tree) {
      tree = loadFuzzTree(root, folders, engine);
      trees.set(root, tree);
    }
    try {
      return boundaryInputs(tree, diffRule, engine);
    } catch (error: unknown) {
      // The golden cases already report a rule that does not compile or run.
      if (error instanceof InputError) return [];
      throw error;
    }
  };
  return { source, extraInputs };
}

function loadFuzzTree(root: string, folders: ProjectFolders, engine: RuleEngine): FuzzTree {
  const schemas = engine.loadSchemas(resolve(root, folders.schemas));
  const { rules } = engine.loadRules(resolve(root, folders.rules));
  const keys: RuleKey[] = rules.map((rule) => ({
    id: rule.id,
    file: relative(root, resolve(root, rule.file)).split(sep).join("/"),
  }));
  const { cases } = loadRuleCases({
    root,
    casesDir: folders.cases,
    schemas: schemas.tables,
    rules: keys,
  });
  return { root, rules, schemas, cases };
}

function boundaryInputs(tree: FuzzTree, diffRule: DiffRule, engine: RuleEngine): CaseInput[] {
  const rule = tree.rules.find((item) => item.id === diffRule.id);
  if (!rule) return [];
  const cases = tree.cases.filter((item) => item.rule.id === rule.id);
  const place = { file: rule.file, line: 1 };
  const { options } = ruleCompileInputs(rule.query, cases, tree.schemas, place);

  const [threshold] = findThresholds(rule.query, options).thresholds;
  if (!threshold) return [];
  const runner = createRuleRunner(rule, withCaseExternalData(engine, cases), options);
  const { scenario } = buildBoundaryScenario(threshold, cases, runner);
  if (!scenario) return [];

  const seed = cases.find((item) => item.tables === scenario.tables);
  return boundaryCounts(threshold.value).map((n) =>
    boundaryInput(scenario, n, diffRule, seed),
  );
}

/** Returns the counts from two below to two above `value`, never below 0. */
function boundaryCounts(value: number): number[] {
  const start = Math.floor(value) - SPREAD;
  const counts = Array.from({ length: 2 * SPREAD + 1 }, (_, index) => start + index);
  return counts.filter((n) => n >= 0);
}

function boundaryInput(
  scenario: BoundaryScenario,
  n: number,
  rule: DiffRule,
  seed: GoldenCase | undefined,
): CaseInput {
  const name = `boundary: ${scenario.column} = ${n}`;
  const item: GoldenCase = {
    name,
    file: scenario.source,
    line: seed?.line ?? 1,
    rule: { id: rule.id, file: rule.file },
    at: scenario.at,
    tables: buildInput(scenario, plainDraw(scenario, n)),
    externalData: seed?.externalData,
    expect: {},
    warnings: [],
  };
  return { name, file: scenario.source, rule: rule.file, case: item };
}
