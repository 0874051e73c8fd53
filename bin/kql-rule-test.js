#!/usr/bin/env node
// Runs the bundled command line, so the installed package needs no build.
await import("../dist/cli.js");
