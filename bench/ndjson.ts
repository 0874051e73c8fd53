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
 * Returns the non-empty lines of a UTF-8 text file, read in chunks of
 * 1 MiB as `forEachLine` reads them, each mapped by `map`, for a consumer
 * that pulls rows. The file is read again each time the result is iterated.
 */
export function readLines<T>(
  path: string,
  map: (line: string) => T,
): Iterable<T> {
  return { [Symbol.iterator]: () => new LineIterator(path, map) };
}

/**
 * Reads lines on demand. A class rather than a generator, because a plain
 * `next` call per line costs less than resuming a generator.
 */
class LineIterator<T> implements Iterator<T> {
  private fd: number | undefined;
  private readonly buffer = Buffer.alloc(CHUNK_BYTES);
  private readonly decoder = new StringDecoder("utf8");
  private lines: string[] = [];
  private index = 0;
  private rest = "";

  constructor(
    path: string,
    private readonly map: (line: string) => T,
  ) {
    this.fd = openSync(path, "r");
  }

  next(): IteratorResult<T> {
    for (;;) {
      while (this.index < this.lines.length) {
        const line = this.lines[this.index++];
        if (line !== "") return { done: false, value: this.mapLine(line) };
      }
      if (this.fd === undefined) return { done: true, value: undefined };
      this.readChunk();
    }
  }

  return(): IteratorResult<T> {
    this.close();
    this.lines = [];
    return { done: true, value: undefined };
  }

  /** Maps a line, closing the file when `map` throws. */
  private mapLine(line: string): T {
    try {
      return this.map(line);
    } catch (error: unknown) {
      this.close();
      throw error;
    }
  }

  /** Splits the next chunk into lines, or at the end takes the last line. */
  private readChunk(): void {
    const fd = this.fd as number;
    const read = readSync(fd, this.buffer, 0, CHUNK_BYTES, null);
    this.index = 0;
    if (read === 0) {
      this.close();
      this.lines = [this.rest + this.decoder.end()];
      return;
    }
    const text = this.rest + this.decoder.write(this.buffer.subarray(0, read));
    this.lines = text.split("\n");
    this.rest = this.lines.pop() ?? "";
  }

  private close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
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
