/**
 * The Chromium every browser run here uses (Playwright's tests, the Lighthouse bench):
 * Debian's at /usr/bin/chromium unless an environment variable names another (elsewhere,
 * Playwright's own browser when none is found), and the flags this machine needs: no
 * sandbox as root, and none of Chromium's background connections, which a closed network
 * refuses.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Features Playwright 1.65 turns off in every Chromium it launches (its `chromiumSwitches`),
 * repeated here because Chromium reads only the last `--disable-features` switch it is given:
 * one of our own would otherwise switch all of these back on.
 * `e2e/browser-flags.spec.ts` fails if Playwright's list grows beyond this one.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Processes a test never uses. Full Chromium in headless mode (Debian's, not Playwright's
 * headless shell) starts two renderers for the address bar's WebUI pop-ups in every browser
 * context, and keeps a spare renderer waiting for the next navigation; each test opens a
 * fresh context and loads a handful of pages from one site, which one renderer serves. On
 * this 2-core machine the extra processes cost about half the CPU of opening a context and
 * loading a page, and the browser tests do that hundreds of times: on a slow day here the
 * suite took 18 minutes with them, 12.6 without the pop-ups and 10.4 with one renderer. What
 * a page does is the same in either process model. `e2e/browser-flags.spec.ts` checks that the
 * pop-ups are gone and that Playwright's own features stay off.
 */
const UNUSED_PROCESS_FEATURES = [
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup",
  "SpareRendererForSitePerProcess",
];

/** For Playwright's tests only: Lighthouse's launcher passes a `--disable-features` of its own. */
export const PLAYWRIGHT_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_PROCESS_FEATURES].join(",")}`,
  "--renderer-process-limit=1",
];

export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ||
    process.env.PLAYWRIGHT_CHROMIUM_PATH ||
    process.env.CHROME_PATH ||
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}
