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

export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ||
    process.env.PLAYWRIGHT_CHROMIUM_PATH ||
    process.env.CHROME_PATH ||
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}
