import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from "node:fs";
import { StringDecoder } from "node:string_decoder";

const CHUNK_BYTES = 1 << 20;

/**
 * Calls `onLine` with each non-empty line of a UTF-8 text file, read in
 * chunks of 1 MiB. The floor and the full run both read through it, so
 * they differ only in what they do with each line.
 */
export function forEachLine(
  path: string,
  onLine: (line: string) => void,
): void {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        if (line !== "") onLine(line);
      }
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();
  if (rest !== "") onLine(rest);
}

/**
 * Yields each non-empty line of a UTF-8 text file, read in chunks of 1 MiB
 * as `forEachLine` reads them, for a consumer that pulls rows.
 */
export function* readLines(path: string): Generator<string> {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines = text.split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        if (line !== "") yield line;
      }
    }
  } finally {
    closeSync(fd);
  }
  rest += decoder.end();
  if (rest !== "") yield rest;
}

/**
 * Writes rows as NDJSON to `path` unless the file exists already. The
 * rows are written to a temporary name first, so an interrupted run never
 * leaves a short file behind.
 */
export function writeNdjsonOnce(
  path: string,
  rows: Iterable<unknown>,
): boolean {
  if (existsSync(path)) return false;

  const partial = `${path}.partial`;
  const fd = openSync(partial, "w");
  try {
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(JSON.stringify(row));
      if (batch.length === 10_000) {
        writeSync(fd, `${batch.join("\n")}\n`);
        batch = [];
      }
    }
    if (batch.length > 0) writeSync(fd, `${batch.join("\n")}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return true;
}
