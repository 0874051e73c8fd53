import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { InputError } from "../errors.js";

/**
 * Writes `text` to `file` (relative to `cwd`) and returns the path as the
 * user gave it. A missing parent folder is an input error rather than
 * created, so a typo in the path does not go unnoticed.
 */
export function writeOutputFile(cwd: string, file: string, text: string): string {
  const path = resolve(cwd, file);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InputError(`folder of the output file '${file}' not found`, {
      hint: `create ${relative(cwd, folder) || "."} first, or give another --output path`,
      kind: "usage",
    });
  }
  try {
    writeFileSync(path, text);
  } catch (error: unknown) {
    throw new InputError(`cannot write the output file '${file}': ${messageOf(error)}`, {
      hint: "give a path to a file you may write, not a folder",
      kind: "usage",
    });
  }
  return file;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
