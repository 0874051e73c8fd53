import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

describe("package declarations", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { types?: string };

  it("names the built index", () => {
    expect(manifest.types).toBe("dist/types/index.d.ts");
    expect(existsSync(join(ROOT, "dist/types/index.d.ts"))).toBe(true);
  });

  it("declares evaluateQuery", () => {
    const text = readFileSync(join(ROOT, "dist/types/index.d.ts"), "utf8");
    expect(text).toContain('export { evaluateQuery } from "./library-query.js";');
    expect(text).toContain('export { stringifyJson } from "./report/json-text.js";');
  });
});
