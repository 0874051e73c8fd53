import type { ReportError } from "../report/types.js";
import type { DiffAlert } from "./types.js";

/** One input a rule is evaluated on: a golden case, or a generated input. */
export interface DiffInput {
  /** The name reports show, unique among a rule's inputs. */
  name: string;
  /** The file the input comes from, relative to the root. */
  file: string;
  /** The rule the input is for, as the case names it: a file path from the root, or a rule id. */
  rule: string;
}

/** One version of a rule, loaded from a tree (a base checkout or the working tree). */
export interface DiffRule {
  id: string;
  name: string;
  /** The rule's file relative to the tree's root, with `/` separators. */
  file: string;
  /**
   * Returns whether the query may read the table, so that a changed schema
   * selects the rule. A false positive only costs an evaluation.
   */
  readsTable(table: string): boolean;
  /**
   * Evaluates this version of the rule on an input loaded by the same
   * source and returns the alerts it raises. Bad input raises an
   * `InputError`.
   */
  evaluate(input: DiffInput): Promise<DiffAlert[]>;
}

/** The rules, inputs and load errors of one tree. */
export interface DiffTree {
  rules: DiffRule[];
  inputs: DiffInput[];
  /** Files that failed to load, with the reason. */
  errors: ReportError[];
}

/**
 * Loads the rules and golden cases of a tree. The default source reads them
 * with the project's rule and case modules; tests may pass their own.
 */
export interface DiffSource {
  loadTree(root: string): Promise<DiffTree>;
}

/**
 * Returns extra inputs for a rule, added to its golden cases on both sides
 * of the diff. The fuzzing module can plug in a fixed-seed sample of
 * generated inputs here. `rule` is the head version, or the base version of
 * a deleted rule.
 */
export type ExtraInputs = (rule: DiffRule) => Promise<DiffInput[]>;
