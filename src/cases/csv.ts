/** One CSV record: its cells and the 1-based line it starts on. */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
}

/**
 * Parses CSV text into records of comma-separated cells. A cell in double
 * quotes may contain commas, line breaks and doubled quotes (`""`). Both
 * `\n` and `\r\n` end a record, and blank lines are skipped. Raises a
 * plain `Error` naming the line of an unterminated quoted cell.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let index = 0;

  const endRecord = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cells[0] === "";
    if (!blank) records.push({ cells, line: recordLine });
    cells = [];
    cell = "";
  };

  while (index < text.length) {
    const char = text[index];
    if (char === '"' && cell === "") {
      const quoted = readQuoted(text, index, line);
      cell = quoted.value;
      line = quoted.line;
      index = quoted.end;
      continue;
    }
    if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || (char === "\r" && text[index + 1] === "\n")) {
      if (char === "\r") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

function readQuoted(
  text: string,
  start: number,
  startLine: number,
): { value: string; end: number; line: number } {
  let value = "";
  let line = startLine;
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === '"' && text[index + 1] === '"') {
      value += '"';
      index += 2;
      continue;
    }
    if (char === '"') return { value, end: index + 1, line };
    if (char === "\n") line += 1;
    value += char;
    index += 1;
  }
  throw new Error(`unterminated quoted cell starting on line ${startLine}`);
}
