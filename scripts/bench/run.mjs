#!/usr/bin/env node
/**
 * Bundles a bench script as production code is bundled (no per-function name wrappers, as
 * tsx would add) and runs it pinned to one core where `taskset` exists.
 * Usage: node scripts/bench/run.mjs scripts/bench/assess.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { basename } from "node:path";

import { build } from "esbuild";

const entry = process.argv[2];
if (!entry) {
  console.error("usage: node scripts/bench/run.mjs <bench.ts>");
  process.exit(2);
}
mkdirSync(".bench", { recursive: true });
const outfile = `.bench/${basename(entry).replace(/\.ts$/, ".mjs")}`;
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  conditions: ["react-server"],
  alias: { "@": "." },
  outfile,
  logLevel: "warning",
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const pinned = existsSync("/usr/bin/taskset");
const [command, args] = pinned
  ? ["taskset", ["-c", "0", process.execPath, outfile]]
  : [process.execPath, [outfile]];
if (!pinned) console.log("(taskset not found: running unpinned)");
const { status } = spawnSync(command, [...args, ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(status ?? 1);
