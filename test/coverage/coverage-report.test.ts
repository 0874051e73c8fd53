import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { coverageReport } from "../../src/coverage/index.js";
import { InputError } from "../../src/errors.js";
import { makeCoverageWorkspace, type CoverageWorkspace } from "./workspace.js";

let workspace: CoverageWorkspace;

beforeEach(() => {
  workspace = makeCoverageWorkspace();
});

afterEach(() => {
  workspace.remove();
});

// The `python` and `r` plugins run code outside the process, so the engine
// leaves them unsupported.
const PYTHON = 'Events\n| evaluate python(typeof(*), "result = df")';
const R_SCRIPT = 'Events\n| evaluate r(typeof(*), "result <- df")';
// `externaldata` is supported, and reads no rows from a URL no input maps.
const EXTERNAL_DATA =
  'let urls = externaldata(Url: string) [@"https://example.com/a.csv"];\nurls';

function report(paths = ["rules"]) {
  return coverageReport(paths, { root: workspace.root, schemasDirs: ["schemas"] });
}

describe("coverageReport", () => {
  it("reports a supported rule", () => {
    workspace.writeRule(
      "rules/sum.yaml",
      1,
      "Sum per user",
      "Events\n| where Count > 1\n| summarize Total = sum(Count) by User",
    );

    expect(report().files).toEqual([
      {
        file: "rules/sum.yaml",
        rule: "Sum per user",
        id: "00000001-0000-4000-8000-000000000000",
        parsed: true,
        supported: true,
        unsupported: [],
        evaluated: true,
        error: null,
        status: "evaluated",
        unknownTables: [],
      },
    ]);
  });

  it("names an unsupported operator", () => {
    workspace.writeRule("rules/python.yaml", 2, "Python", PYTHON);

    const [item] = report().files;

    // The error's wording and column belong to the engine, which names the
    // operator or the plugin.
    const { error, column, ...rest } = item;
    expect(rest).toEqual({
      file: "rules/python.yaml",
      rule: "Python",
      id: "00000002-0000-4000-8000-000000000000",
      parsed: true,
      supported: false,
      unsupported: ["python"],
      evaluated: false,
      errorKind: "unsupported",
      status: "unsupported",
      unknownTables: [],
      line: 14,
    });
    expect(error).toMatch(/not supported/);
    expect(column).toBeGreaterThanOrEqual(5);
  });

  it("reports a syntax error at its line", () => {
    workspace.writeRule("rules/broken.yaml", 3, "Broken", "Events\n| where Count >");

    expect(report().files).toEqual([
      {
        file: "rules/broken.yaml",
        rule: "Broken",
        id: "00000003-0000-4000-8000-000000000000",
        parsed: false,
        supported: false,
        unsupported: [],
        evaluated: false,
        error: "missing expression",
        errorKind: "syntax",
        status: "syntax error",
        unknownTables: [],
        line: 14,
        column: 18,
      },
    ]);
  });

  it("names a table without a schema", () => {
    workspace.writeRule("rules/custom.yaml", 4, "Custom", "Missing_CL\n| take 1");

    expect(report().files).toEqual([
      {
        file: "rules/custom.yaml",
        rule: "Custom",
        id: "00000004-0000-4000-8000-000000000000",
        parsed: true,
        supported: true,
        unsupported: [],
        evaluated: false,
        error: "unknown table 'Missing_CL'",
        errorKind: "semantic",
        status: "unknown table",
        unknownTables: ["Missing_CL"],
        line: 13,
        column: 3,
      },
    ]);
  });

  it("reports an unknown column as a failure", () => {
    workspace.writeRule("rules/typo.yaml", 5, "Typo", "Events\n| where Cuont > 1");

    const result = report();

    expect(result.files[0].status).toBe("failed");
    expect(result.files[0].supported).toBe(true);
    expect(result.files[0].error).toBe("unknown column 'Cuont'");
    expect(result.failures).toEqual([
      {
        message: "unknown column 'Cuont'",
        kind: "semantic",
        rules: 1,
        files: ["rules/typo.yaml"],
      },
    ]);
  });

  it("checks a .kql file", () => {
    workspace.write("queries/count.kql", "Events\n| count\n");

    expect(report(["queries"]).files).toEqual([
      {
        file: "queries/count.kql",
        rule: "count",
        parsed: true,
        supported: true,
        unsupported: [],
        evaluated: true,
        error: null,
        status: "evaluated",
        unknownTables: [],
      },
    ]);
  });

  it("checks the query of an invalid rule", () => {
    workspace.write(
      "rules/no-period.yaml",
      [
        "id: 00000006-0000-4000-8000-000000000000",
        "name: No period",
        "kind: Scheduled",
        "query: Events | take 1",
        "",
      ].join("\n"),
    );

    const [item] = report().files;

    expect(item.status).toBe("evaluated");
    expect(item.rule).toBe("No period");
    expect(item.ruleError).toBe("missing required field 'queryFrequency'");
  });

  it("skips a JSON file that holds no rule", () => {
    workspace.write("rules/sources.json", "[1, 2]");

    const result = report();

    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual([
      {
        file: "rules/sources.json",
        reason: "not a Sentinel analytic rule: the file is not a mapping of rule fields",
      },
    ]);
  });

  it("reports unreadable YAML as invalid", () => {
    workspace.write("rules/bad.yaml", "id: [unclosed\n");

    const [item] = report().files;

    expect(item.status).toBe("invalid");
    expect(item.parsed).toBe(false);
    expect(item.evaluated).toBe(false);
    expect(item.errorKind).toBe("yaml");
  });

  it("counts totals and gaps", () => {
    workspace.writeRule("rules/a.yaml", 1, "Fine", "Events\n| take 1");
    workspace.writeRule("rules/b.yaml", 2, "Python", PYTHON);
    workspace.writeRule("rules/c.yaml", 3, "Python again", PYTHON);
    workspace.writeRule("rules/d.yaml", 4, "R", R_SCRIPT);
    workspace.writeRule(
      "rules/e.yaml",
      5,
      "Both",
      `${R_SCRIPT}\n| evaluate python(typeof(*), "result = df")`,
    );
    workspace.writeRule("rules/f.yaml", 6, "Broken", "Events\n| where");
    workspace.writeRule("rules/g.yaml", 7, "External data", EXTERNAL_DATA);

    const result = report();

    expect(result.totals).toEqual({ files: 7, parsed: 6, supported: 2, evaluated: 2 });
    expect(result.gaps).toEqual([
      { feature: "python", rules: 2, usedBy: 3 },
      { feature: "r", rules: 1, usedBy: 2 },
    ]);
  });

  it("raises for a missing path", () => {
    expect(() => report(["nowhere"])).toThrow(InputError);
    expect(() => report(["nowhere"])).toThrow("path 'nowhere' not found");
  });
});
