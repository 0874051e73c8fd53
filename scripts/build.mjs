// Bundles the Action, the command line and the library into dist/ with
// esbuild, copies Kusto.Language beside them, and writes the library's
// TypeScript declarations to dist/types/. The output depends only on the
// sources and node_modules, so CI can rebuild and compare it with the
// committed dist/.
import { build } from "esbuild";
import ts from "typescript";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const kustoPackage = join(root, "node_modules", "@kusto", "language-service-next");
const kustoScripts = ["bridge.min.js", "Kusto.Language.Bridge.min.js"];

// Some bundled dependencies are CommonJS and call require(); an ES module has
// no require of its own, so the banner defines one.
const banner = [
  'import { createRequire as createRequireForBundle } from "node:module";',
  "const require = createRequireForBundle(import.meta.url);",
].join("\n");

async function buildAll() {
  rmSync(dist, { recursive: true, force: true });

  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      index: "src/action.ts",
      cli: "src/cli.ts",
      lib: "src/index.ts",
    },
    outdir: dist,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: banner },
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
  });

  copyKustoLanguage();
  writeThirdPartyLicenses(result.metafile);
  writeDeclarations();
}

// Emits .d.ts files for the library entry and the modules whose types it
// exports, with the project's compiler options. Type errors are left to
// `npm run typecheck`; a declaration that cannot be emitted fails the build.
function writeDeclarations() {
  const configFile = join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([join(root, "src", "index.ts")], {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: join(root, "src"),
    outDir: join(dist, "types"),
  });
  const emitted = program.emit();
  if (emitted.emitSkipped) {
    const text = ts.formatDiagnostics(emitted.diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => root,
      getNewLine: () => "\n",
    });
    throw new Error(`TypeScript declarations were not emitted:\n${text}`);
  }
}

function copyKustoLanguage() {
  const target = join(dist, "kusto");
  mkdirSync(target, { recursive: true });
  for (const file of kustoScripts) copyFileSync(join(kustoPackage, file), join(target, file));
  writeFileSync(join(target, "LICENSE.md"), kustoNotice());
  // The repository's package.json sets "type": "module", which would make
  // Node load these CommonJS scripts as ES modules.
  writeFileSync(join(target, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
}

function kustoNotice() {
  const { version, license, author } = readJson(join(kustoPackage, "package.json"));
  return `# Kusto.Language

\`bridge.min.js\` and \`Kusto.Language.Bridge.min.js\` are copied unchanged from
the npm package \`@kusto/language-service-next\` ${version}, whose package.json
names ${author?.name ?? "Microsoft"} as author and ${license} as license. The package
ships no license file, so the standard ${license} license text follows.

\`bridge.min.js\` is the Bridge.NET runtime ${bridgeVersion()}. Its header names
Object.NET, Inc. as copyright holder and refers to the Bridge.NET license at
https://github.com/bridgedotnet/Bridge/blob/master/LICENSE.md.

## ${license} License

Copyright (c) ${author?.name ?? "Microsoft"}.

${MIT_TEXT}`;
}

function bridgeVersion() {
  const header = readFileSync(join(kustoPackage, "bridge.min.js"), "utf8").slice(0, 300);
  return /@version\s*:\s*([^\s]+)/.exec(header)?.[1] ?? "(version not found)";
}

// Lists each npm package the bundles contain with its license text, sorted
// by name so that the file is the same on every build.
function writeThirdPartyLicenses(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.set(match[1], join(root, input.slice(0, match.index + match[0].length)));
  }
  const sections = [...packages.keys()].sort().map((name) => packageSection(name, packages.get(name)));
  writeFileSync(join(dist, "THIRD_PARTY_LICENSES.md"), `# Third-party packages in the bundles\n\n${sections.join("\n")}`);
}

function packageSection(name, folder) {
  const { version, license } = readJson(join(folder, "package.json"));
  const licenseFile = readdirSync(folder).find((file) => /^(licen[cs]e|copying)/i.test(file));
  const text = licenseFile
    ? readFileSync(join(folder, licenseFile), "utf8").trim()
    : `The package ships no license file; its package.json names ${license}.`;
  return `## ${name} ${version} (${license})\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

const MIT_TEXT = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

await buildAll();
