import { relative, resolve, sep } from "node:path";
import type { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import { parseDatetime } from "../kql/types.js";
import {
  compileOptionsOf,
  loadSchemas,
  queryPositionMap,
  rebaseQueryError,
} from "../rules/index.js";
import { checkQuery } from "./check-query.js";
import { findQueries, type QuerySource } from "./query-sources.js";
import type {
  CoverageFailure,
  CoverageGap,
  CoverageReport,
  CoverageTotals,
  FileCoverage,
} from "./types.js";

export interface CoverageOptions {
  /** The folder that paths, given and reported, are relative to. */
  readonly root: string;
  /**
   * Folders of table schemas and workspace functions, relative to `root`.
   * A later folder overrides an earlier one.
   */
  readonly schemasDirs: readonly string[];
  /** The value of `now()` in datetime ticks; default 2026-04-20T09:00:00Z. */
  readonly now?: number;
}

const DEFAULT_NOW = parseDatetime("2026-04-20T09:00:00Z") as number;

/**
 * Reports, for each rule and `.kql` file under `paths`, whether its query
 * parses, whether the engine supports all it uses, and whether it evaluates
 * on empty and on generated tables. The report adds the totals, the
 * unsupported features with the rules each would unlock, and the errors of
 * supported queries grouped by message. Raises an `InputError` for a path
 * that does not exist and for an invalid schema file.
 */
export function coverageReport(
  paths: readonly string[],
  options: CoverageOptions,
): CoverageReport {
  const { root } = options;
  const dirs = options.schemasDirs.map((dir) => resolve(root, dir));
  const schemas = loadSchemas(dirs);
  if (schemas.errors.length > 0) throw schemas.errors[0];
  const found = findQueries(paths, root);

  const compileOptions = compileOptionsOf(schemas);
  const now = options.now ?? DEFAULT_NOW;
  const files = found.sources.map((source) =>
    fileCoverage(source, compileOptions, now, root),
  );
  const skipped = found.skipped.map((item) => ({
    file: relativeFile(item.file, root),
    reason: item.reason,
  }));
  return {
    files,
    totals: totalsOf(files),
    gaps: gapsOf(files),
    failures: failuresOf(files),
    skipped,
  };
}

function fileCoverage(
  source: QuerySource,
  options: CompileOptions,
  now: number,
  root: string,
): FileCoverage {
  const file = relativeFile(source.file, root);
  const named = { file, rule: source.rule, id: source.id };
  if (source.query === null) return unreadableCoverage(source, named);

  const checked = checkQuery(source.query, options, now);
  const problem = checked.problem && placeProblem(checked.problem, source);
  return withoutUndefined({
    ...named,
    parsed: checked.parsed,
    supported: checked.supported,
    unsupported: checked.unsupported,
    evaluated: checked.evaluated,
    error: problem?.message ?? null,
    errorKind: problem?.kind,
    status: checked.status,
    unknownTables: checked.unknownTables,
    inferred: checked.inferred.length > 0 ? checked.inferred : undefined,
    line: problem?.line,
    column: problem?.line === undefined ? undefined : problem.column,
    ruleError: source.error?.message,
  });
}

/** Reports a rule file from which no query could be read. */
function unreadableCoverage(
  source: QuerySource,
  named: Pick<FileCoverage, "file" | "rule" | "id">,
): FileCoverage {
  return withoutUndefined({
    ...named,
    parsed: false,
    supported: false,
    unsupported: [],
    evaluated: false,
    error: source.error?.message ?? "the rule has no query",
    errorKind: source.error?.kind ?? "schema",
    status: "invalid",
    unknownTables: [],
  });
}

/** Drops the optional fields that are absent, so the JSON leaves them out. */
function withoutUndefined(coverage: FileCoverage): FileCoverage {
  const entries = Object.entries(coverage).filter(
    ([, value]) => value !== undefined,
  );
  return Object.fromEntries(entries) as unknown as FileCoverage;
}

/** Moves a query error onto the lines of its rule file. */
function placeProblem(problem: InputError, source: QuerySource): InputError {
  if (problem.line === undefined) return problem;
  if (!source.source || source.query === null) return problem;
  const map = queryPositionMap(source.source, source.query);
  return rebaseQueryError(problem, source.source, map);
}

function relativeFile(file: string, root: string): string {
  return relative(resolve(root), file).split(sep).join("/");
}

function totalsOf(files: readonly FileCoverage[]): CoverageTotals {
  return {
    files: files.length,
    parsed: files.filter((item) => item.parsed).length,
    supported: files.filter((item) => item.supported).length,
    evaluated: files.filter((item) => item.evaluated).length,
  };
}

/**
 * Counts, for each unsupported feature, the rules for which it is the only
 * unsupported one (supporting it alone would make them supported), and the
 * rules that use it at all. Rules that do not parse count for neither.
 */
function gapsOf(files: readonly FileCoverage[]): CoverageGap[] {
  const gaps = new Map<string, { rules: number; usedBy: number }>();
  for (const item of files.filter((entry) => entry.parsed)) {
    for (const feature of item.unsupported) {
      const gap = gaps.get(feature) ?? { rules: 0, usedBy: 0 };
      gap.usedBy += 1;
      if (item.unsupported.length === 1) gap.rules += 1;
      gaps.set(feature, gap);
    }
  }
  return [...gaps]
    .map(([feature, gap]) => ({ feature, ...gap }))
    .sort(
      (a, b) =>
        b.rules - a.rules ||
        b.usedBy - a.usedBy ||
        compareText(a.feature, b.feature),
    );
}

/** Groups the errors of supported queries that failed by message. */
function failuresOf(files: readonly FileCoverage[]): CoverageFailure[] {
  const groups = new Map<string, { kind: string; files: string[] }>();
  for (const item of files) {
    if (item.status !== "failed" || item.error === null) continue;
    const group = groups.get(item.error) ?? {
      kind: item.errorKind ?? "",
      files: [],
    };
    group.files.push(item.file);
    groups.set(item.error, group);
  }
  return [...groups]
    .map(([message, group]) => ({
      message,
      kind: group.kind,
      rules: group.files.length,
      files: group.files,
    }))
    .sort((a, b) => b.rules - a.rules || compareText(a.message, b.message));
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
