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
    const excerpt = excerptAround(error.sourceLine, error.column);
    lines.push(`   | ${excerpt.text}`);
    if (excerpt.caret !== undefined) lines.push(`   | ${" ".repeat(excerpt.caret)}^`);
  }
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join("\n");
}

/** The widest source line shown whole; a wider one is cut around the column. */
const MAX_SOURCE_WIDTH = 100;
/** How many characters an excerpt shows before the column. */
const CONTEXT_BEFORE = 40;
const ELLIPSIS = "...";

/**
 * Cuts a long source line (such as a whole query written on one line) to
 * the part around a 1-based column, and returns the caret's 0-based offset
 * in the excerpt.
 */
function excerptAround(line: string, column?: number): { text: string; caret?: number } {
  const caret = column ? column - 1 : undefined;
  if (line.length <= MAX_SOURCE_WIDTH) return { text: line, caret };

  const start = Math.max(0, Math.min((caret ?? 0) - CONTEXT_BEFORE, line.length - MAX_SOURCE_WIDTH));
  const end = start + MAX_SOURCE_WIDTH;
  const prefix = start > 0 ? ELLIPSIS : "";
  const suffix = end < line.length ? ELLIPSIS : "";
  const text = `${prefix}${line.slice(start, end)}${suffix}`;
  if (caret === undefined) return { text };
  return { text, caret: caret - start + prefix.length };
}
