import type { FieldLocator } from "./field-locator.js";
import type { ParsedQuery } from "./syntax.js";
import type { Tables } from "./rule-runner.js";
/** A `where` condition that compares an input field with a string constant. */
export interface StringFilter {
    field: FieldLocator;
    /** The operator as written: `==`, `=~`, `has`, `in~`, ... */
    operator: string;
    caseSensitive: boolean;
    constant: string;
    /** The condition's text, for property names. */
    text: string;
}
/**
 * Lists the conditions of every `where` (whole, or one operand of an `and`
 * chain) that compare a field of the input events with a string constant.
 */
export declare function findStringFilters(query: ParsedQuery): StringFilter[];
/**
 * Returns the tables with one field of every event changed by `change`, in
 * each table that has the field's column. `change` maps the field's text to
 * the new text, and values that are not text stay as they are.
 */
export declare function changeField(tables: Tables, field: FieldLocator, change: (text: string, row: number) => string): Tables;
/** Flips the case of the letters a mask selects, cycling the mask. */
export declare function flipCase(text: string, mask: readonly boolean[]): string;
