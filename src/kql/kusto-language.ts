import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The global `Kusto` namespace of Microsoft's Kusto.Language, compiled to
 * JavaScript by Bridge.NET. It is untyped here: only the lowering and the
 * schema modules touch it, and they wrap what they read in the engine's own
 * types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type KustoNamespace = any;

const SCRIPT_FILES = ["bridge.min.js", "Kusto.Language.Bridge.min.js"];

let loaded: KustoNamespace | undefined;

/**
 * Loads Kusto.Language once per process and returns its `Kusto` global.
 * The bundled Action ships the two scripts in `dist/kusto/`; from the
 * sources they come from `node_modules`.
 */
export function loadKustoLanguage(): KustoNamespace {
  if (loaded) return loaded;

  const require = createRequire(import.meta.url);
  for (const file of SCRIPT_FILES) require(join(findScriptFolder(require), file));

  loaded = (globalThis as { Kusto?: KustoNamespace }).Kusto;
  if (!loaded) throw new Error("Kusto.Language did not define the global Kusto");
  return loaded;
}

function findScriptFolder(require: NodeRequire): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, "kusto");
  if (existsSync(join(bundled, SCRIPT_FILES[1]))) return bundled;

  return dirname(require.resolve("@kusto/language-service-next/package.json"));
}

/** Returns the name of a `SyntaxKind` value, such as `FilterOperator`. */
export function syntaxKindName(kind: number): string {
  const K = loadKustoLanguage();
  const system = (globalThis as { System?: KustoNamespace }).System;
  return system.Enum.toString(K.Language.Syntax.SyntaxKind, kind) as string;
}
