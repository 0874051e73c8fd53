import { describe, expect, it } from "vitest";
import { alertKey, canonicalJson, matchAlerts } from "../../src/diff/match.js";

const account = (name: string) => ({ type: "Account", Name: name });

describe("matchAlerts", () => {
  it("pairs alerts by entities", () => {
    const base = [{ columns: { User: "a", Count: 4 }, entities: [account("a")] }];
    const head = [{ columns: { User: "a", Count: 5 }, entities: [account("a")] }];

    const match = matchAlerts("c", base, head);

    expect(match.added).toEqual([]);
    expect(match.removed).toEqual([]);
    expect(match.changed).toEqual([{ case: "c", alert: head[0], base: base[0], columns: ["Count"] }]);
  });

  it("pairs alerts without entities by columns", () => {
    const base = [{ columns: { User: "a", Count: 4 }, entities: [] }];
    const head = [{ columns: { Count: 4, User: "a" }, entities: [] }];

    const match = matchAlerts("c", base, head);

    expect(match).toEqual({ added: [], removed: [], changed: [] });
  });

  it("treats other column values as new alerts without entities", () => {
    const base = [{ columns: { User: "a", Count: 4 }, entities: [] }];
    const head = [{ columns: { User: "a", Count: 5 }, entities: [] }];

    const match = matchAlerts("c", base, head);

    expect(match.added).toEqual([{ case: "c", alert: head[0] }]);
    expect(match.removed).toEqual([{ case: "c", alert: base[0] }]);
    expect(match.changed).toEqual([]);
  });

  it("ignores entity order", () => {
    const base = [{ columns: { X: 1 }, entities: [account("a"), account("b")] }];
    const head = [{ columns: { X: 1 }, entities: [account("b"), account("a")] }];

    expect(matchAlerts("c", base, head)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("counts repeated alerts as a multiset", () => {
    const alert = { columns: { X: 1 }, entities: [account("a")] };

    const match = matchAlerts("c", [alert], [alert, alert, alert]);

    expect(match.added).toEqual([
      { case: "c", alert },
      { case: "c", alert },
    ]);
    expect(match.removed).toEqual([]);
  });

  it("pairs identical alerts before changed ones", () => {
    const same = { columns: { X: 2 }, entities: [account("a")] };
    const old = { columns: { X: 1 }, entities: [account("a")] };
    const added = { columns: { X: 3 }, entities: [account("a")] };

    const match = matchAlerts("c", [old, same], [same, added]);

    expect(match.changed).toEqual([{ case: "c", alert: added, base: old, columns: ["X"] }]);
    expect(match.added).toEqual([]);
    expect(match.removed).toEqual([]);
  });

  it("pairs equal columns with new entities", () => {
    const base = [{ columns: { X: 1 }, entities: [] }];
    const head = [{ columns: { X: 1 }, entities: [account("a")] }];

    const match = matchAlerts("c", base, head);

    expect(match.changed).toEqual([{ case: "c", alert: head[0], base: base[0], columns: [] }]);
    expect(match.added).toEqual([]);
    expect(match.removed).toEqual([]);
  });

  it("names columns only one side has", () => {
    const base = [{ columns: { X: 1, Old: "o" }, entities: [account("a")] }];
    const head = [{ columns: { X: 1, New: "n" }, entities: [account("a")] }];

    expect(matchAlerts("c", base, head).changed[0].columns).toEqual(["New", "Old"]);
  });
});

describe("alertKey", () => {
  it("uses entities when there are some", () => {
    const key = alertKey({ columns: { X: 1 }, entities: [{ Name: "a", type: "Account" }] });

    expect(key).toBe('entities:{"Name":"a","type":"Account"}');
  });

  it("uses columns without entities", () => {
    expect(alertKey({ columns: { B: 2, A: 1 }, entities: [] })).toBe('columns:{"A":1,"B":2}');
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level", () => {
    expect(canonicalJson({ b: { d: 1, c: [{ f: 1, e: 2 }] }, a: null })).toBe(
      '{"a":null,"b":{"c":[{"e":2,"f":1}],"d":1}}',
    );
  });

  it("writes exact longs", () => {
    expect(canonicalJson({ n: 9007199254740993n })).toBe('{"n":9007199254740993}');
  });
});
