import { describe, expect, it } from "vitest";
import { parseShard, shardRules } from "../../src/github/shard.js";
import { InputError } from "../../src/errors.js";

const files = ["rules/zoom/d.yaml", "rules/zoom/a.yaml", "rules/x/c.yaml", "rules/zoom/b.yaml", "rules/e.yaml"];

describe("shardRules", () => {
  it("deals sorted files in turn", () => {
    expect(shardRules(files, "1/2")).toEqual(["rules/e.yaml", "rules/zoom/a.yaml", "rules/zoom/d.yaml"]);
    expect(shardRules(files, "2/2")).toEqual(["rules/x/c.yaml", "rules/zoom/b.yaml"]);
  });

  it("covers every file exactly once", () => {
    const shards = [1, 2, 3].map((k) => shardRules(files, `${k}/3`));

    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(shards.map((shard) => shard.length)).toEqual([2, 2, 1]);
  });

  it("ignores input order", () => {
    expect(shardRules([...files].reverse(), "2/3")).toEqual(shardRules(files, "2/3"));
  });

  it("sorts Windows paths like POSIX ones", () => {
    expect(shardRules(["rules\\zoom\\b.yaml", "rules/y.yaml"], "1/2")).toEqual(["rules/y.yaml"]);
  });

  it("returns every file for 1/1", () => {
    expect(shardRules(files, "1/1")).toHaveLength(5);
  });

  it("allows more shards than files", () => {
    expect(shardRules(["a.yaml"], "2/2")).toEqual([]);
  });
});

describe("parseShard", () => {
  it("reads k/n", () => {
    expect(parseShard(" 2 / 4 ")).toEqual({ index: 2, count: 4 });
  });

  it.each(["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2"])("rejects %s", (text) => {
    expect(() => parseShard(text)).toThrow(InputError);
    expect(() => parseShard(text)).toThrow(`invalid shard '${text}'`);
  });
});
