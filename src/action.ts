import * as core from "@actions/core";
import packageJson from "../package.json" with { type: "json" };
import { runAction } from "./action/run-action.js";
import { defaultDependencies } from "./cli/default-dependencies.js";

await runAction(core, process.env, defaultDependencies, packageJson.version);
