import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { InputError } from "../errors.js";

const run = promisify(execFile);

/** Output limit for one git command, in bytes: an archive of a large repository may need it. */
const MAX_BUFFER = 512 * 1024 * 1024;

/** A file that differs between a commit and the working tree. */
export interface ChangedFile {
  /** Path relative to the root, with `/` separators. */
  path: string;
  status: "added" | "modified" | "deleted";
}

/** Runs git in `cwd` and returns its standard output. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run("git", [...args], {
      cwd,
      maxBuffer: MAX_BUFFER,
      encoding: "utf8",
    });
    return stdout;
  } catch (error: unknown) {
    throw gitError(args, error);
  }
}

function gitError(args: readonly string[], error: unknown): InputError {
  const details = error as { stderr?: string; code?: unknown; message?: string };
  if (details.code === "ENOENT") {
    return new InputError("git was not found", {
      hint: "install git and make sure it is on the PATH",
      kind: "git",
    });
  }
  const stderr = (details.stderr ?? details.message ?? "").trim();
  return new InputError(`git ${args.join(" ")} failed: ${stderr}`, {
    hint: "run the command in a git repository; in GitHub Actions check out with fetch-depth: 0 so the base commit is present",
    kind: "git",
  });
}

/**
 * Resolves `ref` to a commit and returns its short hash. An unknown ref
 * raises an `InputError` whose hint explains how to fetch it.
 */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    const hash = await git(root, ["rev-parse", "--verify", "--quiet", "--short", `${ref}^{commit}`]);
    return hash.trim();
  } catch (error: unknown) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`git ref '${ref}' was not found`, {
      hint: "pass a branch, tag or commit that exists locally; in GitHub Actions check out with fetch-depth: 0 or fetch the base branch first",
      kind: "git",
    });
  }
}

/** Returns whether the clone contains the commit `ref` names. */
export async function hasCommit(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ["cat-file", "-e", `${ref}^{commit}`]);
    return true;
  } catch (error: unknown) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

/**
 * Fetches one commit, without its history, from the `origin` remote. A
 * shallow clone (as `actions/checkout` makes by default) then contains the
 * base commit of a pull request, which is all the diff reads.
 */
export async function fetchCommit(root: string, sha: string): Promise<void> {
  await git(root, ["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
}

/**
 * Lists the files under `root` that differ between `ref` and the working
 * tree, untracked files included (those .gitignore does not exclude).
 * Renames are listed as a deletion and an addition.
 */
export async function listChangedFiles(root: string, ref: string): Promise<ChangedFile[]> {
  const diff = await git(root, [
    "diff", "--name-status", "--no-renames", "--relative", "-z", ref, "--", ".",
  ]);
  const untracked = await git(root, ["ls-files", "--others", "--exclude-standard", "-z"]);

  const changed = parseNameStatus(diff);
  for (const path of untracked.split("\0").filter(Boolean)) {
    changed.push({ path, status: "added" });
  }
  return changed;
}

function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split("\0").filter(Boolean);
  const changed: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    changed.push({ path: fields[i + 1], status: statusOf(fields[i][0]) });
  }
  return changed;
}

function statusOf(letter: string): ChangedFile["status"] {
  if (letter === "A") return "added";
  if (letter === "D") return "deleted";
  return "modified";
}

/**
 * Writes the tree of `ref` below `root` into a new temporary folder, with
 * `git archive` so that neither the work tree nor the index is touched.
 * The caller removes the folder with {@link removeTree}.
 */
export async function extractTree(root: string, ref: string): Promise<string> {
  const prefix = (await git(root, ["rev-parse", "--show-prefix"])).trim();
  const folder = await mkdtemp(join(tmpdir(), "kql-rule-test-base-"));
  const archive = `${folder}.tar`;

  try {
    await git(root, ["archive", "--format=tar", "-o", archive, `${ref}:${prefix}`]);
    await run("tar", ["-xf", archive, "-C", folder]);
    return folder;
  } catch (error: unknown) {
    await removeTree(folder);
    throw error;
  } finally {
    await rm(archive, { force: true });
  }
}

/** Removes a folder made by {@link extractTree}. */
export async function removeTree(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Returns whether the working tree differs from HEAD under `paths`. */
export async function isDirty(root: string, paths: readonly string[]): Promise<boolean> {
  const status = await git(root, ["status", "--porcelain", "--", ...paths]);
  return status.trim() !== "";
}
