import { execFileSync } from "node:child_process";

import { defineConfig, devices } from "@playwright/test";

import { nextStartArgs } from "./scripts/app-server";
import { chromiumPath, PLAYWRIGHT_CHROMIUM_ARGS } from "./scripts/chromium";

/**
 * A free port, picked once by the main Playwright process and handed to the workers
 * through the environment they inherit (each of them loads this file again).
 */
function freePort(): string {
  return execFileSync(
    process.execPath,
    [
      "-e",
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: "utf8" },
  ).trim();
}

process.env.E2E_PORT ||= freePort();
const port = process.env.E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium where it is installed; Playwright's own browser elsewhere. */
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Limits that catch a hung test, not a slow one: on this 2-core machine the same run takes
  // up to twice as long from one day to the next, and the longest journeys (a whole plan by
  // keyboard alone) have taken 29 s of the 30 s default. Speed is measured by the benches.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL,
    // A trace records a screenshot and a DOM snapshot at every step of every test, failing
    // or not, and cost a quarter to a third of the suite's time here (75 s against 100-115 s
    // for the journey and result specs). `E2E_TRACE=1 npm run test:e2e` records them again,
    // kept for the tests that fail, when one needs looking into.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: PLAYWRIGHT_CHROMIUM_ARGS,
        },
      },
    },
  ],
  // Runs the app as built by `next build`; test-all.mjs builds first.
  webServer: {
    // The same server the benches and the multi-instance spec start (scripts/app-server.ts),
    // quoted for the shell Playwright runs it in.
    command: [process.execPath, ...nextStartArgs(port)].map((arg) => JSON.stringify(arg)).join(" "),
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Absolute links (QR codes, printed memos, link previews) name the server under test.
    env: { NEXT_TELEMETRY_DISABLED: "1", PUBLIC_ORIGIN: baseURL },
    stdout: "ignore",
    stderr: "pipe",
  },
});
