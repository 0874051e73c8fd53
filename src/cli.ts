import packageJson from "../package.json" with { type: "json" };
import { runCli } from "./cli/main.js";
import { defaultDependencies } from "./cli/default-dependencies.js";

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};

process.exitCode = await runCli(
  process.argv.slice(2),
  io,
  defaultDependencies,
  packageJson.version,
);
