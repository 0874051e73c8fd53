import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throw-away repository folder for tests that need real files on disk. */
export interface TempRepo {
  readonly root: string;
  write(path: string, text: string): string;
  remove(): void;
}

export function makeTempRepo(prefix = "kql-cases-"): TempRepo {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write(path, text) {
      const absolute = join(root, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
      return absolute;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
