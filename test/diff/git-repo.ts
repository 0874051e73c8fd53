import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A throwaway git repository in a temporary folder. */
export interface TempRepo {
  root: string;
  git(...args: string[]): string;
  write(path: string, text: string): void;
  copy(from: string, to: string): void;
  commit(message: string): string;
  remove(): void;
}

/** Creates an empty repository with a fixed author, so tests need no git config. */
export function createTempRepo(): TempRepo {
  const root = mkdtempSync(join(tmpdir(), "kql-rule-test-repo-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", env: gitEnv() });
  git("init", "--quiet", "--initial-branch=main");

  return {
    root,
    git,
    write(path, text) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    copy(from, to) {
      cpSync(from, join(root, to), { recursive: true });
    },
    commit(message) {
      git("add", "--all");
      git("commit", "--quiet", "--message", message);
      return git("rev-parse", "--short", "HEAD").trim();
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
  };
}
