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
export declare function parseCsv(text: string): CsvRecord[];
