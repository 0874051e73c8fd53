import type { Tables } from "./rule-runner.js";
/** The expectation of a golden case, in the case file's own shape. */
export interface CaseExpect {
    triggered?: boolean;
    alerts?: {
        columns: Record<string, unknown>;
    }[];
}
/** A golden case as plain data, ready to be written as YAML. */
export interface CaseDocument {
    rule: string;
    name: string;
    at: string;
    tables: Record<string, Record<string, unknown>[]>;
    expect: CaseExpect;
}
/**
 * Builds a golden case document. Each row is written as a map of its
 * non-empty cells, so `null` and empty strings are left out. Datetimes are
 * ISO 8601 text. JSON text in a `string` column is written as a map or
 * list, which the case loader turns back into the same text.
 */
export declare function caseDocument(rule: string, name: string, at: number, tables: Tables, expect: CaseExpect): CaseDocument;
/** Formats a case document as YAML, with a header line saying where it comes from. */
export declare function caseYaml(document: CaseDocument, origin: string): string;
/**
 * Writes a case document under `folder` and returns the file's path. The
 * file sits in the rule file's folder (`ruleFile` is relative to the
 * repository root) below `folder`, so rules of the same name in different
 * folders do not overwrite each other's cases. It is named after the rule
 * file and the property, so a later run replaces it.
 */
export declare function writeCaseFile(folder: string, ruleFile: string, property: string, document: CaseDocument, origin: string): string;
