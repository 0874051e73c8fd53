import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exitCodeFor, runAll, type RunAllOptions } from "../../src/cases/run.js";
import type { RunReport } from "../../src/report/types.js";
import { makeTempRepo, type TempRepo } from "./temp-repo.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED = "rules/zoom/SupiciousLinkSharing.yaml";
const BOUNDARY = "same link in exactly three channels raises none";

/** Runs the golden cases only: fuzzing has its own tests below. */
function runRepository(root: string, options: Partial<RunAllOptions> = {}): RunReport {
  const folders = { root, rulesDir: "rules", casesDir: "test-cases", schemasDir: "schemas" };
  return runAll({ ...folders, fuzzRuns: 0, ...options });
}

function copyRepository(): TempRepo {
  const copy = makeTempRepo("kql-repo-");
  for (const folder of ["rules", "schemas", "test-cases"]) {
    cpSync(join(ROOT, folder), join(copy.root, folder), { recursive: true });
  }
  return copy;
}

describe("runAll on the repository", () => {
  let report: RunReport;
  beforeAll(() => {
    report = runRepository(ROOT);
  });

  it("every case passes or is xfail", () => {
    const cases = report.rules.flatMap((rule) =>
      rule.cases.map((item) => `${rule.file}: ${item.name}: ${item.status} ${item.message}`),
    );
    const bad = cases.filter((line) => !/: (passed|xfail) /.test(line));
    expect(bad).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it("exit code is 0", () => {
    expect(exitCodeFor(report)).toBe(0);
  });

  it("summary counts every case", () => {
    const cases = report.rules.flatMap((rule) => rule.cases);
    expect(report.summary.rules).toBe(report.rules.length);
    expect(report.summary.cases).toBe(cases.length);
    expect(report.summary.passed + report.summary.xfail).toBe(cases.length);
    expect(report.summary.xfail).toBe(cases.filter((item) => item.status === "xfail").length);
  });

  it("seed rule has the required cases", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);
    expect(seed?.status).toBe("passed");
    expect(seed?.threshold).toBeNull();
    expect(seed?.mutationScore).toBeNull();
    expect(seed?.properties).toEqual([]);
    expect(seed?.mutants).toEqual([]);
    expect(seed?.cases.length).toBeGreaterThanOrEqual(9);
    expect(seed?.cases.find((item) => item.name === BOUNDARY)?.status).toBe("passed");
  });

  it("published defects are xfail", () => {
    const xfail = report.rules
      .filter((rule) => !rule.file.includes("/corrected/"))
      .flatMap((rule) => rule.cases.filter((item) => item.status === "xfail"))
      .map((item) => item.name)
      .sort();
    expect(xfail).toEqual([
      "allowing anonymous joins raises an alert",
      "disabling end-to-end encryption raises an alert",
      "enabling end-to-end encryption raises none",
      "lifting the sign-in domain restriction raises an alert",
    ]);
  });

  it("corrected rules pass everything", () => {
    const corrected = report.rules.filter((rule) => rule.file.includes("/corrected/"));
    expect(corrected.map((rule) => rule.status)).toEqual(["passed", "passed"]);
    expect(corrected.every((rule) => rule.cases.length >= 2)).toBe(true);
  });
});

describe("runAll on a changed threshold", () => {
  let copy: TempRepo;
  let report: RunReport;
  beforeAll(() => {
    copy = copyRepository();
    const rule = join(copy.root, SEED);
    const text = readFileSync(rule, "utf8");
    expect(text).toContain("let threshold = 3;");
    writeFileSync(rule, text.replace("let threshold = 3;", "let threshold = 2;"));
    report = runRepository(copy.root);
  });
  afterAll(() => copy.remove());

  it("exit code is 1", () => {
    expect(report.summary.errors).toBe(0);
    expect(exitCodeFor(report)).toBe(1);
  });

  it("boundary case shows the unexpected alert", () => {
    const seed = report.rules.find((rule) => rule.file === SEED);
    const boundary = seed?.cases.find((item) => item.name === BOUNDARY);
    expect(boundary?.status).toBe("failed");
    expect(boundary?.message).toBe("expected triggered false, got true; 1 unexpected alert");
    // A failure is placed at the case's `expect:` line.
    expect(boundary?.line).toBe(21);
    expect(boundary?.file).toBe("test-cases/zoom/SupiciousLinkSharing/three-channels.yaml");
    expect(boundary?.diff.missing).toEqual([]);
    expect(boundary?.diff.unexpected).toHaveLength(1);

    const alert = boundary?.diff.unexpected[0] as { columns: Record<string, unknown> };
    expect(alert.columns.ChannelCount).toBe(3);
    expect(alert.columns.User).toBe("user1@example.com");
    expect(alert.columns.AccountName).toBe("user1");
    expect(boundary?.triggered).toEqual({ expected: false, actual: true });
  });
});

describe("runAll on a fixed rule", () => {
  it("xfail cases become xpass", () => {
    const copy = copyRepository();
    try {
      const rule = join(copy.root, "rules/zoom/E2EEDisbaled.yaml");
      const text = readFileSync(rule, "utf8");
      const published = "where OldE2ESetting =~ 'false' and NewE2ESetting =~ 'true'";
      expect(text).toContain(published);
      writeFileSync(rule, text.replace(published, "where OldE2ESetting =~ 'true' and NewE2ESetting =~ 'false'"));
      const report = runRepository(copy.root);

      const e2ee = report.rules.find((item) => item.file === "rules/zoom/E2EEDisbaled.yaml");
      expect(e2ee?.status).toBe("failed");
      expect(e2ee?.cases.filter((item) => item.status === "xpass")).toHaveLength(2);
      expect(report.summary.xpass).toBe(2);
      expect(exitCodeFor(report)).toBe(1);
    } finally {
      copy.remove();
    }
  });
});

describe("runAll with bad input", () => {
  let copy: TempRepo;
  beforeAll(() => {
    copy = copyRepository();
  });
  afterAll(() => copy.remove());

  it("bad files do not hide other results", () => {
    copy.write("test-cases/zoom/unknown-rule.yaml", "rule: rules/zoom/Nope.yaml\nexpect: { triggered: false }\n");
    copy.write(
      "test-cases/zoom/bad-value.yaml",
      "rule: rules/zoom/SupiciousLinkSharing.yaml\ntables:\n  ZoomLogs:\n    - TimeGenerated: noon\nexpect: { triggered: false }\n",
    );
    copy.write("rules/zoom/Broken.yaml", "id: 00000000-0000-0000-0000-000000000001\nname: Broken\n");
    copy.write("test-cases/zoom/broken-rule.yaml", "rule: rules/zoom/Broken.yaml\nat: 2026-04-20T09:00:00Z\nexpect: { triggered: false }\n");
    const report = runRepository(copy.root);

    expect(exitCodeFor(report)).toBe(2);
    expect(report.errors.map((error) => [error.file, error.line, error.message])).toEqual([
      ["test-cases/zoom/unknown-rule.yaml", 1, "no rule 'rules/zoom/Nope.yaml' found"],
    ]);

    const seed = report.rules.find((rule) => rule.file === SEED);
    const bad = seed?.cases.find((item) => item.name === "bad-value");
    expect(bad?.status).toBe("error");
    expect(bad?.line).toBe(4);
    expect(seed?.cases.filter((item) => item.status === "passed").length).toBeGreaterThanOrEqual(9);

    const broken = report.rules.find((rule) => rule.file === "rules/zoom/Broken.yaml");
    expect(broken?.status).toBe("error");
    expect(broken?.errors.length).toBeGreaterThan(0);
    expect(broken?.cases.map((item) => [item.name, item.status])).toEqual([["broken-rule", "error"]]);
  });
});
