import { existsSync, readdirSync, readFileSync } from "node:fs";

import { expect, test } from "./fixtures";

/**
 * The browser the tests run in is launched as scripts/chromium.ts says. Chromium reads only
 * the last `--disable-features` switch, so ours must repeat every feature Playwright turns
 * off in its own: this fails when a Playwright upgrade adds one that our list lacks.
 */

/** The command line of each browser this test worker launched (its children, not theirs). */
function launchedBrowsers(): string[][] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        // The parent's PID is the field after the command's name, which is in parentheses.
        const parent = Number(
          readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1],
        );
        if (parent !== process.pid) return [];
        return [readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")];
      } catch {
        return []; // the process ended meanwhile
      }
    })
    .filter((args) => args.includes("--remote-debugging-pipe"));
}

function disabledFeatureSwitches(args: string[]): string[][] {
  return args
    .filter((arg) => arg.startsWith("--disable-features="))
    .map((arg) => arg.slice("--disable-features=".length).split(","));
}

test("the last --disable-features switch keeps every feature Playwright turns off", async ({
  browser,
}) => {
  test.skip(!existsSync("/proc/self/cmdline"), "reads command lines from /proc (Linux)");
  // The fixture has launched this worker's browser.
  expect(browser.isConnected()).toBe(true);
  const browsers = launchedBrowsers();
  expect(browsers.length, "a browser launched by Playwright").toBeGreaterThan(0);
  for (const args of browsers) {
    const switches = disabledFeatureSwitches(args);
    const last = new Set(switches.at(-1) ?? []);
    const lost = switches.slice(0, -1).flatMap((features) => features.filter((f) => !last.has(f)));
    expect(lost, "features an earlier --disable-features turns off and the last does not").toEqual(
      [],
    );
  }
});

test("no browser context starts the address bar's pop-ups, which no test opens", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en");
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send("Target.getTargets");
  await session.detach();
  await context.close();
  expect(targetInfos.filter((target) => target.url.includes("omnibox-popup"))).toEqual([]);
});
