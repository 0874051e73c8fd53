/**
 * How far the engine gets with one query. `invalid`: the rule file cannot
 * be read. `syntax error`: Kusto.Language cannot parse the query.
 * `unsupported`: it uses an operator or function the engine lacks.
 * `unknown table`: it reads a table with no schema. `failed`: compiling or
 * evaluating raised an error. `evaluated`: both runs succeeded.
 */
export type CoverageStatus =
  | "invalid"
  | "syntax error"
  | "unsupported"
  | "unknown table"
  | "failed"
  | "evaluated";

/** The coverage of one rule, or of one `.kql` file. */
export interface FileCoverage {
  /** The file, relative to the folder the report was made in. */
  readonly file: string;
  /** The rule's name, or the file name without `.kql`. */
  readonly rule: string;
  /** The rule's id; absent for a `.kql` file and for an unreadable rule. */
  readonly id?: string;
  /** True when Kusto.Language finds no syntax error. */
  readonly parsed: boolean;
  /** True when the query parses and the engine supports everything it uses. */
  readonly supported: boolean;
  /** Operators and functions the engine does not support, sorted. */
  readonly unsupported: string[];
  /** True when the query ran on empty tables and on generated rows. */
  readonly evaluated: boolean;
  /** The first error's message; `null` when the query evaluated. */
  readonly error: string | null;
  /**
   * The error's kind: `syntax`, `semantic` (such as an unknown column),
   * `unsupported`, `internal` (a bug in the engine), or another kind of
   * `InputError`. Absent when there is no error.
   */
  readonly errorKind?: string;
  /** The error's 1-based line in the file, when it is in the query. */
  readonly line?: number;
  /** The error's 1-based column in the file, with `line`. */
  readonly column?: number;
  readonly status: CoverageStatus;
  /** Tables the query reads that have no schema, sorted. */
  readonly unknownTables: string[];
  /**
   * Declarations the check inferred because the rule alone does not give
   * them, such as `watchlist x: A, B` for a watchlist's item columns. In
   * Sentinel those come from the uploaded file. Absent when none were.
   */
  readonly inferred?: string[];
  /**
   * The rule's own validation error (such as a missing field), when its
   * query could still be checked.
   */
  readonly ruleError?: string;
}

/** A file under the paths that contains no rule, with the reason. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface CoverageTotals {
  readonly files: number;
  readonly parsed: number;
  readonly supported: number;
  readonly evaluated: number;
}

/** An unsupported feature and what supporting it would bring. */
export interface CoverageGap {
  readonly feature: string;
  /** Rules for which this feature is the only unsupported one. */
  readonly rules: number;
  /** Rules that use it, alone or with other unsupported features. */
  readonly usedBy: number;
}

/** Supported rules that failed to evaluate, grouped by error message. */
export interface CoverageFailure {
  readonly message: string;
  /** The error's kind, as in `FileCoverage.errorKind`. */
  readonly kind: string;
  readonly rules: number;
  /** The files of those rules, in report order. */
  readonly files: string[];
}

/** The report of `kql-rule-test coverage`. */
export interface CoverageReport {
  readonly files: FileCoverage[];
  readonly totals: CoverageTotals;
  /** Sorted by `rules`, then `usedBy` (both descending), then name. */
  readonly gaps: CoverageGap[];
  /** Sorted by `rules` descending, then message. */
  readonly failures: CoverageFailure[];
  readonly skipped: SkippedFile[];
}
