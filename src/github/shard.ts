import { InputError } from "../errors.js";

/** One shard of a split: `index` of `count`, 1-based. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Parses `k/n` (such as `2/4`), with 1 ≤ k ≤ n. */
export function parseShard(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`invalid shard '${text}'`, {
      hint: "write the shard as k/n with 1 <= k <= n, such as 1/4",
      kind: "option",
    });
  }
  return { index, count };
}

/**
 * Returns the rule files of shard `k/n`, in sorted order. The files are
 * sorted by path with `/` separators, comparing code units so the locale
 * does not matter, and dealt out in turn. So every job of a matrix that
 * lists the same files gets the same split, whatever the input order, and
 * shard sizes differ by at most one file.
 */
export function shardRules(files: readonly string[], shard: string | ShardSpec): string[] {
  const { index, count } = typeof shard === "string" ? parseShard(shard) : shard;
  const sorted = [...new Set(files)].sort((a, b) => comparePaths(a, b));
  return sorted.filter((_, position) => position % count === index - 1);
}

function comparePaths(a: string, b: string): number {
  const left = a.replace(/\\/g, "/");
  const right = b.replace(/\\/g, "/");
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
