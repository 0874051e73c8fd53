import { forEachLine } from "../ndjson.js";
import { coerceValue } from "../../src/kql/values/index.js";
import { loadSchemas } from "../../src/rules/index.js";
import type { Value } from "../../src/kql/types.js";
const path = "/tmp/kql-rule-test-bench-zoom-1000000.ndjson";
const columns = loadSchemas(["/work/main/schemas"]).tables["ZoomLogs"];
function toRow(event: Record<string, unknown>): Value[] {
  const row = new Array<Value>(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = coerceValue(event[columns[i].name], columns[i].type, columns[i].name);
  return row;
}
function time(name: string, f: () => void) { const s = performance.now(); f(); console.log(name, ((performance.now() - s) / 1000).toFixed(2)); }
const mode = process.argv[2];
time("floor", () => { let p: unknown; forEachLine(path, (l) => { p = JSON.parse(l); }); });
if (mode === "a") time("parse+toRow no retain", () => { let p: unknown; forEachLine(path, (l) => { p = toRow(JSON.parse(l)); }); });
if (mode === "b") time("parse retain objects", () => { const rows: unknown[] = []; forEachLine(path, (l) => { rows.push(JSON.parse(l)); }); });
const pool = new Map<string, string>();
function intern(v: unknown): unknown { if (typeof v !== "string" || v.length > 32) return v; const h = pool.get(v); if (h !== undefined) return h; if (pool.size > 65536) pool.clear(); pool.set(v, v); return v; }
function toRowInterned(event: Record<string, unknown>): Value[] {
  const row = new Array<Value>(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = coerceValue(intern(event[columns[i].name]), columns[i].type, columns[i].name);
  return row;
}
if (mode === "d") time("parse+toRow interned retain", () => { const rows: unknown[] = []; forEachLine(path, (l) => { rows.push(toRowInterned(JSON.parse(l))); }); });
if (mode === "c") time("parse+toRow retain", () => { const rows: unknown[] = []; forEachLine(path, (l) => { rows.push(toRow(JSON.parse(l))); }); });
