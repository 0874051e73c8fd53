import { randomInt } from "node:crypto";
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import {
  DEFAULT_FUZZ_RUNS,
  DEFAULT_GENERATED_BUDGET_MS,
  fuzzRule,
  loadDeclaredProperties,
} from "../fuzz/index.js";
import type { DeclaredProperty } from "../fuzz/index.js";
import type { CompileOptions } from "../kql/api.js";
import { verdictOf } from "../report/totals.js";
import type { CaseReport, ReportError, RuleReport, RunReport } from "../report/types.js";
import type { CompiledRule, Rule } from "../rules/types.js";
import { loadCases, type CaseProblem, type GoldenCase, type RuleKey } from "./case-loader.js";
import { caseVerdict, reportError, ruleStatus } from "./case-status.js";
import { compareRun, querySorts } from "./compare.js";
import {
  applyFuzzResult,
  countThresholds,
  syntaxThreshold,
  type FuzzSettings,
} from "./fuzz-results.js";
import type { RuleEngine, RuleFailure } from "./rule-engine.js";
import { defaultRuleEngine } from "./default-rule-engine.js";
import { externalDataUrls, externalDataWarnings } from "./external-data.js";
import { GEO_IP_FILE, readsGeoLocations, unmappedAddressWarning } from "./geo-ip.js";
import {
  addRepositoryInputs,
  EXTERNAL_DATA_FILE,
  readRepositoryInputs,
  withRepositoryInputs,
  type InvalidRepositoryFiles,
} from "./repository-inputs.js";
import { ruleCompileInputs, runCaseRule, withCaseExternalData } from "./rule-inputs.js";
import { dedupeProblems } from "./watchlist-setup.js";

type SchemaSet = ReturnType<RuleEngine["loadSchemas"]>;

/** The largest seed `--seed` takes: fast-check seeds are 32-bit integers. */
export const MAX_SEED = 0x7fffffff;

export interface RunAllOptions {
  /** The repository root; reports name files relative to it. */
  readonly root: string;
  /**
   * The rules and the cases: each a folder, searched recursively, or one
   * file; absolute or relative to `root`.
   */
  readonly rulesDir: string;
  readonly casesDir: string;
  /**
   * Folder of table schemas, absolute or relative to `root`, read over the
   * shipped ones. When left out, `schemas` under `root` is read if it
   * exists; otherwise only the shipped schemas and functions are used.
   */
  readonly schemasDir?: string;
  /** The rule model to use; the real one unless a test replaces it. */
  readonly engine?: RuleEngine;
  /**
   * Generated inputs per property (default 100). 0 turns fuzzing and
   * mutation testing off; declared properties are still loaded and checked
   * for errors.
   */
  readonly fuzzRuns?: number;
  /** The seed of every property (0 to 2^31 - 1); drawn at random by default. */
  readonly seed?: number;
  /**
   * Folder, absolute or relative to `root`, to write each shrunk
   * counterexample and each suggested case to, as golden case files.
   */
  readonly writeCounterexamples?: string;
  /** Fuzzing time budget per rule, in milliseconds (default 30 000). */
  readonly fuzzTimeBudgetMs?: number;
  /**
   * Chooses the rules to test: receives every rule file found (relative to
   * `root`, with `/` separators) and returns the files to test. The cases
   * and declared properties of the other rules are skipped without error.
   */
  readonly ruleFilter?: (files: readonly string[]) => readonly string[];
}

/** The settings and services that testing each rule shares. */
interface RunContext {
  readonly root: string;
  readonly engine: RuleEngine;
  readonly schemas: SchemaSet;
  readonly fuzz: FuzzSettings;
  readonly invalidFiles: InvalidRepositoryFiles;
}

/**
 * Runs every golden case against its rule, then fuzzes the rule (see
 * `fuzzRule`), and builds the run report. Each rule is compiled once.
 * Bad input never hides other results:
 * - an invalid rule makes each of its cases an `error`;
 * - a case that cannot be loaded or run is an `error` at its file and line;
 * - a case naming no known rule and an invalid declared property are
 *   report-level errors;
 * - a rule that fuzzing cannot compile or run gets the error as its own.
 */
export function runAll(options: RunAllOptions): RunReport {
  const engine = options.engine ?? defaultRuleEngine;
  const root = resolve(options.root);
  const report: RunReport = { summary: emptySummary(), rules: [], errors: [] };

  const loadedSchemas = engine.loadSchemas(schemasFolder(root, options.schemasDir));
  report.errors.push(...loadedSchemas.errors.map((error) => reportError(relativeError(error, root))));
  const loadedRules = engine.loadRules(resolve(root, options.rulesDir));

  const keys = [
    ...loadedRules.rules.map((rule) => ruleKey(rule, root)),
    ...loadedRules.failures.map((failure) => failureKey(failure, root)),
  ];
  const sources = { root, casesDir: options.casesDir, schemas: loadedSchemas.tables, rules: keys };
  const repository = readRepositoryInputs(root);
  const cases = addRepositoryInputs(loadCases(sources), repository);
  const declared = loadDeclaredProperties(sources);
  report.errors.push(...declared.errors.map(reportError));
  const problems = [...cases.problems];
  const allProperties = declared.properties.map((item) => withRepositoryInputs(item, repository, problems));
  const loaded = { cases: cases.cases, problems: dedupeProblems(problems) };

  const { rules, failures } = selectRules(loadedRules, root, options.ruleFilter);
  const fuzz = fuzzSettings(options, root);
  const context = { root, engine, schemas: loadedSchemas, fuzz, invalidFiles: repository.invalidFiles };
  for (const rule of rules) {
    const key = ruleKey(rule, root);
    const cases = loaded.cases.filter((item) => sameRule(item.rule, key));
    const problems = loaded.problems.filter((item) => item.rule && sameRule(item.rule, key));
    const properties = allProperties.filter((item) => sameRule(item.rule, key));
    report.rules.push(testRule(rule, key, { cases, problems, properties }, context));
  }
  for (const failure of failures) {
    const key = failureKey(failure, root);
    const cases = loaded.cases.filter((item) => sameRule(item.rule, key));
    const problems = loaded.problems.filter((item) => item.rule && sameRule(item.rule, key));
    report.rules.push(failedRuleReport(failure, key, cases, problems, root));
  }
  for (const problem of loaded.problems.filter((item) => !item.rule)) {
    report.errors.push(reportError(problem.error.at({ file: problem.file, line: problem.line })));
  }

  report.summary = summarize(report);
  if (context.fuzz.runs > 0) Object.assign(report.summary, countThresholds(report.rules));
  return report;
}

/** The default schemas folder of a repository, read only when it exists. */
export const DEFAULT_SCHEMAS_DIR = "schemas";

function schemasFolder(root: string, schemasDir: string | undefined): string | undefined {
  if (schemasDir !== undefined) return resolve(root, schemasDir);
  const local = resolve(root, DEFAULT_SCHEMAS_DIR);
  if (existsSync(local)) return local;

  // A repository with workspace functions but no table schemas: the
  // functions folder is read in the place of the schemas folder.
  const functions = resolve(root, "functions");
  return existsSync(functions) ? functions : undefined;
}

function fuzzSettings(options: RunAllOptions, root: string): FuzzSettings {
  const folder = options.writeCounterexamples;
  return {
    runs: options.fuzzRuns ?? DEFAULT_FUZZ_RUNS,
    seed: options.seed ?? randomInt(MAX_SEED + 1),
    writeCounterexamples: folder === undefined ? undefined : resolve(root, folder),
    timeBudgetMs: options.fuzzTimeBudgetMs,
  };
}

type LoadedRules = ReturnType<RuleEngine["loadRules"]>;

function selectRules(
  loaded: LoadedRules,
  root: string,
  filter: RunAllOptions["ruleFilter"],
): LoadedRules {
  if (!filter) return loaded;

  const files = [...loaded.rules, ...loaded.failures].map((item) => relativeFile(item.file, root));
  const kept = new Set(filter(files));
  return {
    rules: loaded.rules.filter((rule) => kept.has(relativeFile(rule.file, root))),
    failures: loaded.failures.filter((failure) => kept.has(relativeFile(failure.file, root))),
  };
}

/**
 * Returns the exit status for a report: 2 when an error kept anything from
 * being tested, 1 when a case or property failed or an `xfail` case passed,
 * otherwise 0.
 */
export function exitCodeFor(report: RunReport): 0 | 1 | 2 {
  const verdict = verdictOf(report);
  if (verdict === "errors") return 2;
  return verdict === "failed" ? 1 : 0;
}

function emptySummary(): RunReport["summary"] {
  return {
    rules: 0,
    cases: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    xfail: 0,
    xpass: 0,
    propertiesPassed: 0,
    propertiesFailed: 0,
  };
}

function ruleKey(rule: Rule, root: string): RuleKey {
  return { id: rule.id, file: relativeFile(rule.file, root) };
}

function failureKey(failure: RuleFailure, root: string): RuleKey {
  return { id: failure.id ?? "", file: relativeFile(failure.file, root) };
}

/** Copies an error with its file made relative to the root, as reports show files. */
function relativeError(error: InputError, root: string): InputError {
  if (!error.file) return error;
  return new InputError(error.message, {
    file: relativeFile(error.file, root),
    line: error.line,
    column: error.column,
    hint: error.hint,
    sourceLine: error.sourceLine,
    kind: error.kind,
  });
}

function relativeFile(file: string, root: string): string {
  return relative(root, resolve(root, file)).split(sep).join("/");
}

function sameRule(left: RuleKey, right: RuleKey): boolean {
  return left.file === right.file && left.id === right.id;
}

/** The inputs found for one rule. */
interface RuleInputs {
  readonly cases: readonly GoldenCase[];
  readonly problems: readonly CaseProblem[];
  readonly properties: readonly DeclaredProperty[];
}

function testRule(rule: Rule, key: RuleKey, inputs: RuleInputs, context: RunContext): RuleReport {
  const { cases, problems } = inputs;
  const { root, engine, schemas } = context;
  const report = newRuleReport(rule.id, rule.name, key.file, rule.line);
  report.warnings.push(...rule.warnings.map((error) => reportError(relativeError(error, root))));
  report.cases.push(...problems.map(problemReport));
  for (const item of cases) report.warnings.push(...item.warnings.map(reportError));
  if (cases.length === 0 && problems.length === 0) {
    report.warnings.push(noCasesWarning(key.file, rule.line));
  }

  const place = { file: key.file, line: rule.line };
  const prepared = ruleCompileInputs(rule.query, cases, schemas, place, inputs.properties);
  report.warnings.push(...prepared.warnings.map(reportError));
  const compileOptions = prepared.options;
  let compiled: CompiledRule;
  try {
    compiled = engine.compileRule(rule, compileOptions);
  } catch (error: unknown) {
    const inputError = relativeError(asInputError(error), root);
    report.errors.push(reportError(inputError));
    if (context.fuzz.runs > 0) report.threshold = syntaxThreshold(rule, compileOptions);
    report.cases.push(...cases.map((item) => invalidRuleCase(item, inputError)));
    report.status = ruleStatus(report.cases, report.errors);
    return report;
  }
  const urls = externalDataUrls(compiled.query.plan);
  const unreadable = invalidFileRead(compiled, urls.length > 0, context.invalidFiles);
  if (unreadable) {
    report.errors.push(reportError(unreadable));
    report.cases.push(...cases.map((item) => invalidRuleCase(item, unreadable)));
    report.status = ruleStatus(report.cases, report.errors);
    return report;
  }
  report.warnings.push(...externalDataWarnings(urls, cases, place).map(reportError));

  const ordered = querySorts(rule.query);
  const unmapped = new Set<string>();
  const settings = { engine, ordered, unmapped };
  const ran = cases.map((item) => ({ item, report: runCase(item, compiled, compileOptions, settings) }));
  report.cases.push(...ran.map((entry) => entry.report));
  const runnable = ran.filter((entry) => entry.report.status !== "error").map((entry) => entry.item);
  fuzzRuleInto(report, rule, { ...inputs, cases: runnable }, { ...context, compileOptions, unmapped });
  if (unmapped.size > 0) report.warnings.push(reportError(unmappedAddressWarning(unmapped, place)));

  report.warnings = dedupe(report.warnings);
  report.status = ruleStatus(report.cases, report.errors, report.properties);
  return report;
}

/**
 * Fuzzes a rule, unless fuzzing is off. Cases that raised an error are
 * left out, since they are reported already. A rule with neither cases
 * nor declared properties is fuzzed from generated events, under a
 * smaller time budget. An error fuzzing raises becomes the rule's own
 * error.
 */
function fuzzRuleInto(
  report: RuleReport,
  rule: Rule,
  inputs: RuleInputs,
  context: RunContext & { compileOptions: CompileOptions; unmapped: Set<string> },
): void {
  const { fuzz, root } = context;
  if (fuzz.runs === 0) return;
  const generatedOnly = inputs.cases.length === 0 && inputs.properties.length === 0;
  const timeBudgetMs = generatedOnly
    ? Math.min(fuzz.timeBudgetMs ?? DEFAULT_GENERATED_BUDGET_MS, DEFAULT_GENERATED_BUDGET_MS)
    : fuzz.timeBudgetMs;

  try {
    const result = fuzzRule(rule, inputs.cases, {
      engine: withCaseExternalData(context.engine, inputs.cases),
      schemas: context.compileOptions,
      root,
      runs: fuzz.runs,
      seed: fuzz.seed,
      timeBudgetMs,
      writeCounterexamples: fuzz.writeCounterexamples,
      declared: inputs.properties,
      unmappedAddresses: context.unmapped,
    });
    applyFuzzResult(report, result, rule, inputs.properties);
  } catch (error: unknown) {
    report.errors.push(reportError(relativeError(asInputError(error), root)));
  }
}

/** The settings of `runCase`: the engine, whether the query sorts, and the set that collects unmapped addresses. */
interface CaseSettings {
  readonly engine: RuleEngine;
  readonly ordered: boolean;
  readonly unmapped: Set<string>;
}

function runCase(
  item: GoldenCase,
  compiled: CompiledRule,
  options: CompileOptions,
  { engine, ordered, unmapped }: CaseSettings,
): CaseReport {
  const started = performance.now();
  const base = { name: item.name, file: item.file, line: item.line, xfail: item.xfail };
  try {
    const run = runCaseRule(engine, compiled, item, options, unmapped);
    const comparison = compareRun(item.expect, run, { ordered });
    const line = comparison.passed ? item.line : (comparison.line ?? item.expect.line ?? item.line);
    return {
      ...base,
      line,
      ...caseVerdict(comparison, item.xfail),
      diff: comparison.diff,
      triggered: { expected: item.expect.triggered, actual: run.triggered },
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error: unknown) {
    const inputError = asInputError(error).at({ file: item.file, line: item.line });
    return {
      ...base,
      file: inputError.file ?? item.file,
      line: inputError.line ?? item.line,
      status: "error",
      message: oneLine(inputError),
      diff: emptyDiff(),
    };
  }
}

/**
 * Returns the error of an invalid repository file the compiled rule reads:
 * `externaldata.yaml` when it reads a URL, `geo_ip.yaml` when it calls
 * `geo_info_from_ip_address`. Its cases cannot be run with the file's
 * content missing, so they become errors at the file.
 */
function invalidFileRead(
  compiled: CompiledRule,
  readsUrls: boolean,
  invalid: InvalidRepositoryFiles,
): InputError | undefined {
  const reasons: [InputError | undefined, string][] = [
    [readsUrls ? invalid.externalData : undefined, EXTERNAL_DATA_FILE],
    [readsGeoLocations(compiled.query.plan) ? invalid.geoIp : undefined, GEO_IP_FILE],
  ];
  const found = reasons.find(([error]) => error !== undefined);
  if (!found) return undefined;

  const [error, name] = found as [InputError, string];
  return new InputError(`${name} is invalid, and the rule reads it: ${error.message}`, {
    file: error.file,
    line: error.line,
    column: error.column,
    sourceLine: error.sourceLine,
    hint: error.hint,
    kind: error.kind,
  });
}

/**
 * Treats any error from compiling or running as the case's or rule's error.
 * A plain `Error` is a bug in this tool, and its message states that, but
 * it still must not hide the other cases' results.
 */
function asInputError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(`internal error: ${message}`, {
    hint: "this is a bug in kql-rule-test; please report it with the case",
    kind: "internal",
  });
}

function oneLine(error: InputError): string {
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}

function problemReport(problem: CaseProblem): CaseReport {
  const error = problem.error.at({ file: problem.file, line: problem.line });
  return {
    name: problem.name,
    file: error.file ?? problem.file,
    line: error.line ?? problem.line,
    status: "error",
    message: oneLine(error),
    diff: emptyDiff(),
  };
}

function invalidRuleCase(item: GoldenCase, error: InputError): CaseReport {
  return {
    name: item.name,
    file: item.file,
    line: item.line,
    status: "error",
    message: `the rule could not be tested: ${error.message}`,
    diff: emptyDiff(),
    xfail: item.xfail,
  };
}

function failedRuleReport(
  failure: RuleFailure,
  key: RuleKey,
  cases: readonly GoldenCase[],
  problems: readonly CaseProblem[],
  root: string,
): RuleReport {
  const errors = failure.errors.map((error) => relativeError(error, root));
  const report = newRuleReport(key.id, failure.name ?? key.file, key.file, 1);
  report.errors.push(...errors.map(reportError));
  report.cases.push(...problems.map(problemReport));
  const first = errors[0];
  if (first) report.cases.push(...cases.map((item) => invalidRuleCase(item, first)));
  report.status = "error";
  return report;
}

function newRuleReport(id: string, name: string, file: string, line: number): RuleReport {
  return {
    id,
    name,
    file,
    line,
    status: "passed",
    threshold: null,
    mutationScore: null,
    cases: [],
    properties: [],
    mutants: [],
    errors: [],
    warnings: [],
  };
}

function noCasesWarning(file: string, line: number): ReportError {
  return reportError(
    new InputError("the rule has no golden test cases", {
      file,
      line,
      hint: "add cases under test-cases/ that name this rule file in `rule:`",
      kind: "warning",
    }),
  );
}

function emptyDiff(): CaseReport["diff"] {
  return { missing: [], unexpected: [] };
}

function dedupe(errors: readonly ReportError[]): ReportError[] {
  const seen = new Set<string>();
  return errors.filter((error) => !seen.has(error.text) && seen.add(error.text) !== undefined);
}

function summarize(report: RunReport): RunReport["summary"] {
  const summary = emptySummary();
  summary.rules = report.rules.length;
  for (const rule of report.rules) {
    for (const item of rule.cases) {
      summary.cases += 1;
      if (item.status === "error") summary.errors += 1;
      else summary[item.status] += 1;
    }
    summary.errors += rule.errors.length;
    const failed = rule.properties.filter((property) => property.status === "failed").length;
    summary.propertiesFailed = (summary.propertiesFailed ?? 0) + failed;
    summary.propertiesPassed = (summary.propertiesPassed ?? 0) + rule.properties.length - failed;
  }
  summary.errors += report.errors.length;
  return summary;
}
