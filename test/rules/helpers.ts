import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import type { InputError } from "../../src/errors.js";
import { parseRules } from "../../src/rules/rule-loader.js";
import type { Rule } from "../../src/rules/types.js";

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes files into a new temporary folder, removed after the test. */
export function writeFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "rules-test-"));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return folder;
}

/** Builds a valid template rule, replacing or removing lines by their key. */
export function templateRule(replace: Record<string, string | null> = {}): string {
  const lines: Record<string, string> = {
    id: "id: 1218175f-c534-421c-8070-5dcaabf28067",
    name: "name: Suspicious link sharing pattern",
    description: "description: Links shared in many channels.",
    severity: "severity: Low",
    queryFrequency: "queryFrequency: 1d",
    queryPeriod: "queryPeriod: 1d",
    triggerOperator: "triggerOperator: gt",
    triggerThreshold: "triggerThreshold: 0",
    query: "query: |\n  ZoomLogs\n  | where Event =~ 'chat_message.sent'\n  | project User",
    entityMappings:
      "entityMappings:\n  - entityType: Account\n    fieldMappings:\n      - identifier: FullName\n        columnName: User",
    kind: "kind: Scheduled",
  };
  for (const [key, line] of Object.entries(replace)) {
    if (line === null) delete lines[key];
    else lines[key] = line;
  }
  return Object.values(lines).join("\n") + "\n";
}

/** Parses one rule that must be valid. */
export function parseValidRule(text: string, file = "rules/rule.yaml"): Rule {
  const { rules, errors } = parseRules(file, text);
  if (errors.length > 0) throw new Error(errors.map((error) => error.message).join("\n"));
  return rules[0];
}

/** Parses rule text that must fail, returning its errors. */
export function parseErrors(text: string, file = "rules/rule.yaml"): InputError[] {
  const { rules, errors } = parseRules(file, text);
  if (rules.length > 0) throw new Error("expected the rule to be invalid");
  return errors;
}

/** Returns the 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((line) => line.includes(needle)) + 1;
}
