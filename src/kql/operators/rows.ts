import type { Runtime } from "../compile/types.js";
import type { Value } from "../types.js";

type Row = readonly Value[];

/**
 * Maps each row with `map`, dropping the rows it returns `undefined` for.
 * When `windowed`, records each row's position for `prev`, `next` and
 * `row_number`.
 */
export function mapRows(
  rows: readonly Row[],
  runtime: Runtime,
  windowed: boolean,
  map: (row: Row) => Row | undefined,
): Row[] {
  const output: Row[] = [];
  const window = runtime.window;
  if (windowed) window.rows = rows;
  for (let i = 0; i < rows.length; i++) {
    if (windowed) window.index = i;
    const mapped = map(rows[i]);
    if (mapped) output.push(mapped);
  }
  return output;
}
