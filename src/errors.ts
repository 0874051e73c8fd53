/**
 * A problem with the user's input (a rule, a case, a query, a schema): bad
 * YAML, a schema violation, a KQL diagnostic, unsupported KQL. It carries
 * where the problem is and what to do about it. Bugs stay plain `Error`s.
 */
export class InputError extends Error {
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

  constructor(
    message: string,
    details: {
      file?: string;
      line?: number;
      column?: number;
      hint?: string;
      sourceLine?: string;
      kind?: string;
    } = {},
  ) {
    super(message);
    this.name = "InputError";
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
    this.sourceLine = details.sourceLine;
    this.kind = details.kind ?? "invalid";
  }

  /** Returns a copy placed at a file and line, keeping what is already set. */
  at(place: { file?: string; line?: number; column?: number; sourceLine?: string }): InputError {
    return new InputError(this.message, {
      file: this.file ?? place.file,
      line: this.line ?? place.line,
      column: this.column ?? place.column,
      sourceLine: this.sourceLine ?? place.sourceLine,
      hint: this.hint,
      kind: this.kind,
    });
  }
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
export function formatInputError(error: InputError): string {
  const lines = [`error: ${error.message}`];
  if (error.file) {
    const place = [error.file, error.line, error.line && error.column]
      .filter((part) => part !== undefined && part !== 0)
      .join(":");
    lines.push(`  --> ${place}`);
  }
  if (error.sourceLine !== undefined) {
    lines.push(`   | ${error.sourceLine}`);
    if (error.column) lines.push(`   | ${" ".repeat(error.column - 1)}^`);
  }
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join("\n");
}
