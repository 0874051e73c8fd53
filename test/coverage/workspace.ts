import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A temporary folder with rule files and schemas, removed by `remove`. */
export interface CoverageWorkspace {
  readonly root: string;
  write(path: string, text: string): void;
  /** Writes a Scheduled rule in the template dialect with the given query. */
  writeRule(path: string, id: number, name: string, query: string): void;
  remove(): void;
}

const EVENTS_SCHEMA = {
  name: "Events",
  columns: [
    { name: "TimeGenerated", type: "datetime" },
    { name: "User", type: "string" },
    { name: "Count", type: "long" },
    { name: "Details", type: "dynamic" },
  ],
};

/** Creates a workspace whose `schemas/` declares one table, `Events`. */
export function makeCoverageWorkspace(): CoverageWorkspace {
  const root = mkdtempSync(join(tmpdir(), "kql-rule-test-coverage-"));
  const write = (path: string, text: string) => {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  };
  write("schemas/Events.json", JSON.stringify(EVENTS_SCHEMA));
  return {
    root,
    write,
    writeRule: (path, id, name, query) => write(path, ruleText(id, name, query)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function ruleText(id: number, name: string, query: string): string {
  const guid = `${String(id).padStart(8, "0")}-0000-4000-8000-000000000000`;
  const body = query
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  return [
    `id: ${guid}`,
    `name: ${name}`,
    "description: A rule for the coverage tests.",
    "severity: Low",
    "queryFrequency: 1h",
    "queryPeriod: 1h",
    "triggerOperator: gt",
    "triggerThreshold: 0",
    "tactics: [Discovery]",
    "relevantTechniques: [T1087]",
    "kind: Scheduled",
    "query: |",
    body,
    "",
  ].join("\n");
}
