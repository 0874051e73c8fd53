import { join } from "node:path";
import { forEachLine } from "../ndjson.js";
import { coerceValue } from "../../src/kql/values/index.js";
import { compileOptionsOf, compileRule, loadRuleFile, loadSchemas, runRule } from "../../src/rules/index.js";
import { parseDatetime, type Value } from "../../src/kql/types.js";
const ROOT = "/work/main";
const path = "/tmp/kql-rule-test-bench-zoom-1000000.ndjson";
const schemas = loadSchemas(join(ROOT, "schemas"));
const columns = schemas.tables["ZoomLogs"];
const compiled = compileRule(loadRuleFile(join(ROOT, "rules/zoom/SupiciousLinkSharing.yaml")).rules[0], compileOptionsOf(schemas));
const rows: Value[][] = [];
forEachLine(path, (l) => { const e = JSON.parse(l); const row = new Array<Value>(columns.length); for (let i = 0; i < columns.length; i++) row[i] = coerceValue(e[columns[i].name], columns[i].type, columns[i].name); rows.push(row); });
const at = parseDatetime("2026-04-20T09:00:00Z") as number;
let best = Infinity, bestCpu = Infinity;
for (let k = 0; k < 8; k++) { const c = process.cpuUsage(); const s = performance.now(); const r = runRule(compiled, { ZoomLogs: { columns, rows } }, at); const w = performance.now() - s; const u = process.cpuUsage(c); best = Math.min(best, w); bestCpu = Math.min(bestCpu, (u.user + u.system) / 1000); }
console.log("runRule best wall", (best/1000).toFixed(3), "best cpu", (bestCpu/1000).toFixed(3));
