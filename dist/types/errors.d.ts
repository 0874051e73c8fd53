/**
 * A problem with the user's input (a rule, a case, a query, a schema): bad
 * YAML, a schema violation, a KQL diagnostic, unsupported KQL. It carries
 * where the problem is and what to do about it. Bugs stay plain `Error`s.
 */
export declare class InputError extends Error {
    readonly file?: string;
    /** 1-based line, when known. */
    readonly line?: number;
    /** 1-based column, when known. */
    readonly column?: number;
    /** The next step that fixes the problem, for the user. */
    readonly hint?: string;
    /** The text of the source line, shown with a caret under `column`. */
    readonly sourceLine?: string;
    /** A short machine-readable kind, such as `unsupported` or `yaml`. */
    readonly kind: string;
    constructor(message: string, details?: {
        file?: string;
        line?: number;
        column?: number;
        hint?: string;
        sourceLine?: string;
        kind?: string;
    });
    /** Returns a copy placed at a file and line, keeping what is already set. */
    at(place: {
        file?: string;
        line?: number;
        column?: number;
        sourceLine?: string;
    }): InputError;
}
/**
 * Formats an input error in the compiler style used everywhere:
 *
 *     error: unknown column 'Chanel'
 *       --> rules/zoom/x.yaml:21:19
 *        |  | extend Channel = tostring(parse_json(Chanel).Channel)
 *        |                                       ^
 *       hint: check the column name against the table schema
 */
export declare function formatInputError(error: InputError): string;
