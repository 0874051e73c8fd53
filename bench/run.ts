/**
 * Measures the engine on the seed rule, "Suspicious link sharing pattern":
 * evaluations per second on 20-row inputs, rows per second on a large
 * NDJSON file against the time JSON.parse alone takes on it, peak memory,
 * and the time of the repository's whole `runAll`. Run it with
 * `npm run bench`; `--rows N` changes the size of the large file (default
 * 1,000,000). A missed target is printed as MISSED and leaves the exit
 * status at 0.
 */
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runAll } from "../src/cases/run.js";
import type { Column, Table, Value } from "../src/kql/types.js";
import { parseDatetime } from "../src/kql/types.js";
import { rowCoercer } from "../src/kql/values/index.js";
import {
  compileOptionsOf,
  compileRule,
  loadRuleFile,
  loadSchemas,
  runRule,
} from "../src/rules/index.js";
import type { CompiledRule } from "../src/rules/types.js";
import { formatMiB, MemoryPeak } from "./memory.js";
import { forEachLine, readLines, writeNdjsonOnce } from "./ndjson.js";
import { generateZoomRows } from "./zoom-events.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED_RULE = "rules/zoom/SupiciousLinkSharing.yaml";
const TABLE = "ZoomLogs";
const AT = "2026-04-20T09:00:00Z";
const AT_TICKS = parseDatetime(AT) as number;

const EVALUATIONS_TARGET = 25_000;
const RATIO_TARGET = 2;
const SMALL_INPUT_ROWS = 20;
const SMALL_INPUTS = 50;
const WARM_UP_EVALUATIONS = 2_000;
const MEASURE_MS = 3_000;

interface SeedRule {
  readonly compiled: CompiledRule;
  readonly columns: readonly Column[];
}

function main(): void {
  const options = { rows: { type: "string", default: "1000000" } } as const;
  const { values } = parseArgs({ options });
  const rowCount = Number(values.rows);
  if (!Number.isInteger(rowCount) || rowCount <= 0) {
    throw new Error(`invalid --rows '${values.rows}': give a whole number`);
  }

  printMachine();
  const seed = compileSeedRule();
  benchEvaluations(seed);
  benchLargeFile(seed, rowCount);
  benchRunAll();
}

function printMachine(): void {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const platform = `${process.platform} ${process.arch}`;
  const cores = `${cpus().length} x ${cpu}`;
  const node = `Node ${process.version}`;
  console.log(`kql-rule-test benchmark: ${node}, ${platform}, ${cores}`);
}

function compileSeedRule(): SeedRule {
  const started = performance.now();
  const loaded = loadRuleFile(join(ROOT, SEED_RULE));
  if (loaded.rules.length !== 1) {
    const reasons = loaded.errors.map((error) => error.message).join("; ");
    throw new Error(`${SEED_RULE} failed to load: ${reasons}`);
  }
  const schemas = loadSchemas(join(ROOT, "schemas"));
  const columns = schemas.tables[TABLE];
  if (!columns) throw new Error(`schemas/ has no ${TABLE} table`);

  const compiled = compileRule(loaded.rules[0], compileOptionsOf(schemas));
  const took = milliseconds(performance.now() - started);
  console.log(`seed rule ${SEED_RULE}: loaded and compiled once in ${took}`);
  return { compiled, columns };
}

/**
 * Returns the converter from parsed events to rows that golden cases use,
 * compiled once for the table's columns.
 */
function rowConverter(
  columns: readonly Column[],
): (event: Record<string, unknown>) => Value[] {
  return rowCoercer(columns, (column) => column.name);
}

function tableOf(
  columns: readonly Column[],
  rows: Value[][],
): Record<string, Table> {
  return { [TABLE]: { columns, rows } };
}

/** Runs the rule through its run window on 50 inputs of 20 rows, in turn. */
function benchEvaluations({ compiled, columns }: SeedRule): void {
  const total = SMALL_INPUT_ROWS * SMALL_INPUTS;
  const toRow = rowConverter(columns);
  const rows = [...generateZoomRows(total, AT)].map((event) =>
    toRow({ ...event }),
  );
  const inputs: Record<string, Table>[] = [];
  for (let start = 0; start < total; start += SMALL_INPUT_ROWS) {
    inputs.push(tableOf(columns, rows.slice(start, start + SMALL_INPUT_ROWS)));
  }
  for (let i = 0; i < WARM_UP_EVALUATIONS; i++) {
    runRule(compiled, inputs[i % SMALL_INPUTS], AT_TICKS);
  }

  let evaluations = 0;
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (let i = 0; i < 100; i++) {
      runRule(compiled, inputs[evaluations % SMALL_INPUTS], AT_TICKS);
      evaluations++;
    }
  }
  const perSecond = (evaluations * 1000) / (performance.now() - started);
  const met = verdict(perSecond >= EVALUATIONS_TARGET);
  console.log("");
  console.log(
    `evaluations on ${SMALL_INPUT_ROWS}-row inputs: ${count(perSecond)}/s ` +
      `(target >= ${count(EVALUATIONS_TARGET)}/s: ${met})`,
  );
}

/**
 * Times reading the NDJSON file with JSON.parse alone (the floor), then the
 * full run: read, parse, coerce to the schema and run the rule, with the
 * rows streamed into the rule one by one.
 */
function benchLargeFile(seed: SeedRule, rowCount: number): void {
  const path = join(tmpdir(), `kql-rule-test-bench-zoom-${rowCount}.ndjson`);
  const started = performance.now();
  const written = writeNdjsonOnce(path, generateZoomRows(rowCount, AT));
  const origin = written
    ? `written in ${seconds(performance.now() - started)}`
    : "reused";
  console.log("");
  console.log(`${count(rowCount)} ${TABLE} rows in ${path} (${origin})`);

  // The first pass may read the file from disk, so the faster pass counts.
  const floor = Math.min(timeFloor(path), timeFloor(path));
  const memory = new MemoryPeak();
  const full = timeFullRun(seed, path, memory);

  const total = full.time;
  const ratio = total / floor;
  const rate = (ms: number) => `${count((rowCount * 1000) / ms)} rows/s`;
  const maxRss = formatMiB(process.resourceUsage().maxRSS * 1024);
  console.log(`  JSON.parse floor: ${seconds(floor)} (${rate(floor)})`);
  console.log(
    `  full run:         ${seconds(total)} (${rate(total)}), ` +
      `${full.resultRows} result rows, ${full.alerts} alerts`,
  );
  console.log(
    `    rows read:      ${count(full.rowsRead)} ` +
      "(read, parse, coerce and runRule in one pass)",
  );
  console.log(
    `  full / floor:     ${ratio.toFixed(2)} ` +
      `(target <= ${RATIO_TARGET}: ${verdict(ratio <= RATIO_TARGET)})`,
  );
  console.log(
    `  peak memory:      rss ${formatMiB(memory.rss)} sampled ` +
      `(max RSS of the process ${maxRss}), ` +
      `heapUsed ${formatMiB(memory.heapUsed)}`,
  );
}

function timeFloor(path: string): number {
  const started = performance.now();
  let parsed: unknown;
  forEachLine(path, (line) => {
    parsed = JSON.parse(line);
  });
  if (parsed === undefined) throw new Error(`${path} is empty`);
  return performance.now() - started;
}

/**
 * Runs the rule on a stream of the file's rows: each line is read,
 * parsed and coerced only when the engine pulls the next row.
 */
function timeFullRun(
  { compiled, columns }: SeedRule,
  path: string,
  memory: MemoryPeak,
) {
  let rowsRead = 0;
  const toRow = rowConverter(columns);
  const rows = readLines(path, (line) => {
    rowsRead++;
    if (rowsRead % 100_000 === 0) memory.sample();
    return toRow(JSON.parse(line) as Record<string, unknown>);
  });

  memory.sample();
  const started = performance.now();
  const table = { columns, rows };
  const run = runRule(compiled, { [TABLE]: table }, AT_TICKS);
  const time = performance.now() - started;
  memory.sample();
  return {
    time,
    rowsRead,
    resultRows: run.rowCount,
    alerts: run.alerts.length,
  };
}

/**
 * Times the repository's rules and golden cases as a pull-request check
 * runs them: with fuzzing and mutants at the default 100 runs per
 * property, then with fuzzing off.
 */
function benchRunAll(): void {
  console.log("");
  for (const fuzzRuns of [100, 0]) {
    const started = performance.now();
    const report = runAll({
      root: ROOT,
      rulesDir: "rules",
      casesDir: "test-cases",
      schemasDir: "schemas",
      fuzzRuns,
      seed: 1,
    });
    const took = seconds(performance.now() - started);
    const { rules, cases, passed, failed, errors } = report.summary;
    const mutants = report.rules.reduce((sum, rule) => sum + rule.mutants.length, 0);
    const properties = (report.summary.propertiesPassed ?? 0) + (report.summary.propertiesFailed ?? 0);
    console.log(
      `runAll over the repository, --fuzz-runs ${fuzzRuns}: ${took} ` +
        `(${rules} rules, ${cases} cases: ${passed} passed, ${failed} failed, ` +
        `${errors} errors; ${properties} properties, ${mutants} mutants)`,
    );
  }
}

function verdict(met: boolean): string {
  return met ? "met" : "MISSED";
}

function count(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function milliseconds(ms: number): string {
  return `${Math.round(ms)} ms`;
}

main();
