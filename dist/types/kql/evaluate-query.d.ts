import type { ResultJson } from "./result-json.js";
type RowObject = Record<string, unknown>;
/** A table with its own schema; rows are arrays in column order, or objects. */
export type TableWithSchema = {
    readonly columns: readonly {
        name: string;
        type: string;
    }[];
    readonly rows: readonly unknown[];
};
/** Rows as objects, or a table with its own schema. */
export type TableInput = readonly RowObject[] | TableWithSchema;
export interface EvaluateQueryOptions {
    /** A folder of schema files; the default is the repository's `schemas/`. */
    readonly schemasDir?: string;
    /**
     * The value of `now()`: a `Date`, ISO 8601 text or datetime ticks. The
     * default is the current time.
     */
    readonly now?: Date | string | number;
    /** Workspace functions, as in `CompileOptions.functions`. */
    readonly functions?: Readonly<Record<string, string>>;
}
/**
 * Evaluates one query over tables given as JSON-like values and returns
 * the result JSON. A table named in the schemas folder gets that schema;
 * another gets one inferred from its rows. Throws an `InputError` for an
 * invalid query or value.
 */
export declare function evaluateQuery(query: string, tables?: Readonly<Record<string, TableInput>>, options?: EvaluateQueryOptions): ResultJson;
export {};
