import { describe, expect, it } from "vitest";
import { analyzeFeatures } from "../../src/kql/features.js";

const options = {
  tables: { T: [{ name: "User", type: "string" as const }, { name: "Size", type: "long" as const }] },
  functions: { Wrapped: "T | extend x = zlib_compress_to_base64_string(User)" },
};

describe("analyzeFeatures", () => {
  it("lists used features", () => {
    const report = analyzeFeatures("T | where User has 'a' | summarize n = makeset(User) by bin(Size, 10) | top 1 by n", options);
    expect(report.parsed).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.used).toEqual(["bin", "has", "makeset", "summarize", "top", "where"]);
    expect(report.unsupported).toEqual([]);
  });

  it("finds unsupported features", () => {
    const report = analyzeFeatures("T | evaluate autocluster() | extend g = zlib_compress_to_base64_string(User)", options);
    expect(report.unsupported).toEqual(["autocluster", "zlib_compress_to_base64_string"]);
    expect(report.used).toContain("extend");
  });

  it("counts table() as supported", () => {
    const report = analyzeFeatures("let name = 'T'; table(name) | take 1", options);
    expect(report.used).toContain("table");
    expect(report.unsupported).toEqual([]);
  });

  it("counts new window functions", () => {
    const report = analyzeFeatures("T | sort by Size | extend s = row_cumsum(Size), i = ingestion_time()", options);
    expect(report.unsupported).toEqual([]);
  });

  it("follows workspace functions", () => {
    const report = analyzeFeatures("Wrapped | take 1", options);
    expect(report.used).toEqual(["extend", "take", "zlib_compress_to_base64_string"]);
    expect(report.unsupported).toEqual(["zlib_compress_to_base64_string"]);
  });

  it("reports syntax errors", () => {
    const report = analyzeFeatures("T | where", options);
    expect(report.parsed).toBe(false);
    expect(report.diagnostics.map((error) => error.message)).toEqual(["missing expression"]);
  });

  it("parses with semantic errors", () => {
    const report = analyzeFeatures("T | where Nope > 1", options);
    expect(report.parsed).toBe(true);
    expect(report.diagnostics.map((error) => error.kind)).toEqual(["semantic"]);
  });
});
