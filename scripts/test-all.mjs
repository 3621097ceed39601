#!/usr/bin/env node
// The one test command (`npm test`, and CI through .ci/run): the static checks, the
// unit tests, a production build, then the browser tests against that build. Every
// step runs even when an earlier one failed, except the browser tests, which need the
// build. The last line of output is the summary CI reads:
//   N passed, N failed[, N skipped]
// counting tests from both suites' JSON reports, plus one failure for each failed
// step that is not a test suite (check, build) and each report that is missing.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const REPORTS = path.join(root, "reports");
const VITEST_REPORT = path.join(REPORTS, "vitest.json");
const PLAYWRIGHT_REPORT = path.join(REPORTS, "playwright.json");

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[path.basename(command), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  const outcome = ok
    ? "ok"
    : `failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`;
  notes.push(`${label}: ${outcome} in ${seconds}s`);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Vitest's json reporter (Jest-compatible shape). */
function countVitest() {
  const report = readJson(VITEST_REPORT);
  if (!report) {
    notes.push(
      `unit tests: no report at ${path.relative(root, VITEST_REPORT)}, counted as 1 failure`,
    );
    totals.failed += 1;
    return;
  }
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load (syntax error, bad import) has no test results of its own.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  totals.failed += brokenFiles;
  if (report.numTotalTests === 0 && brokenFiles === 0) {
    notes.push("unit tests: the report counts no tests, counted as 1 failure");
    totals.failed += 1;
  }
}

/** Playwright's json reporter; retries are 0, so `flaky` stays 0 (counted as failed). */
function countPlaywright() {
  const report = readJson(PLAYWRIGHT_REPORT);
  if (!report?.stats) {
    notes.push(
      `browser tests: no report at ${path.relative(root, PLAYWRIGHT_REPORT)}, counted as 1 failure`,
    );
    totals.failed += 1;
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected;
  totals.failed += unexpected + flaky;
  totals.skipped += skipped;
  // Errors outside any test (web server did not start, config error) come with no test.
  if (expected + unexpected + flaky + skipped === 0) {
    notes.push(
      `browser tests: no test ran (${(report.errors ?? []).length} global errors), counted as 1 failure`,
    );
    totals.failed += 1;
  }
}

/** How many browser tests there are, to report them as skipped when they cannot run. */
function countListedPlaywrightTests() {
  const result = spawnSync(bin("playwright"), ["test", "--list", "--reporter=json"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  try {
    const report = JSON.parse(result.stdout);
    let count = 0;
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) count += (spec.tests ?? []).length;
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    return Math.max(count, 1);
  } catch {
    return 1;
  }
}

const started = Date.now();
rmSync(VITEST_REPORT, { force: true });
rmSync(PLAYWRIGHT_REPORT, { force: true });
mkdirSync(REPORTS, { recursive: true });

if (!run("check", "npm", ["run", "check"])) totals.failed += 1;

run("unit tests", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${path.relative(root, VITEST_REPORT)}`,
]);
countVitest();

if (run("build", bin("next"), ["build"])) {
  run("browser tests", bin("playwright"), ["test"]);
  countPlaywright();
} else {
  totals.failed += 1;
  const skipped = countListedPlaywrightTests();
  totals.skipped += skipped;
  notes.push(`browser tests: skipped (${skipped}) because the build failed`);
}

console.log(`\n=== summary (${((Date.now() - started) / 1000).toFixed(0)}s)`);
for (const note of notes) console.log(note);
const missing = [VITEST_REPORT, PLAYWRIGHT_REPORT].filter((file) => !existsSync(file));
if (missing.length > 0)
  console.log(`missing reports: ${missing.map((f) => path.relative(root, f)).join(", ")}`);

const summary = `${totals.passed} passed, ${totals.failed} failed`;
console.log(totals.skipped > 0 ? `${summary}, ${totals.skipped} skipped` : summary);
process.exitCode = totals.failed > 0 || missing.length > 0 ? 1 : 0;
