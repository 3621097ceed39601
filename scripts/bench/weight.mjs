#!/usr/bin/env node
/**
 * npm run bench:weight: each route's first-load JavaScript (gzip), from the build's
 * .next/diagnostics/route-bundle-stats.json, against the framework floor (`/_not-found`).
 * Budgets: wizard steps at most 1.2 times the floor, the result page at most 1.05 times.
 * Prints figures; exits non-zero when a budget is exceeded (run `npm run build` first).
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const STATS = ".next/diagnostics/route-bundle-stats.json";
const BUDGETS = {
  "/[locale]/plan/[step]": 1.2,
  "/[locale]/plan/check": 1.2,
  "/[locale]/result": 1.05,
};

let stats;
try {
  stats = JSON.parse(readFileSync(STATS, "utf8"));
} catch {
  console.error(`${STATS} not found: run \`npm run build\` first.`);
  process.exit(2);
}

const gzipCache = new Map();
function gzipBytes(path) {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
}
const firstLoad = (entry) =>
  entry.firstLoadChunkPaths.reduce((sum, path) => sum + gzipBytes(path), 0);

const floorEntry = stats.find((entry) => entry.route === "/_not-found");
if (!floorEntry) {
  console.error("no /_not-found route in the build: cannot measure the framework floor");
  process.exit(2);
}
const floor = firstLoad(floorEntry);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(`framework floor (/_not-found): ${kb(floor)} gzip`);
let over = false;
for (const entry of [...stats].sort((a, b) => a.route.localeCompare(b.route))) {
  const bytes = firstLoad(entry);
  const ratio = bytes / floor;
  const budget = BUDGETS[entry.route];
  const verdict =
    budget === undefined
      ? ""
      : ratio <= budget
        ? `  (budget ${budget}×: met)`
        : `  (budget ${budget}×: EXCEEDED)`;
  if (budget !== undefined && ratio > budget) over = true;
  console.log(`${entry.route.padEnd(28)} ${kb(bytes).padStart(9)}  ${ratio.toFixed(3)}×${verdict}`);
}
process.exit(over ? 1 : 0);
