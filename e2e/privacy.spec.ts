import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { expect, test } from "./fixtures";
import {
  chooseOrigin,
  chooseRegistration,
  chooseServices,
  enterShare,
  listFacilities,
  seeResult,
} from "./journey";

/**
 * Nothing a user enters is stored: not in the server's logs, not in its caches. This file
 * starts its own server, so that it can read everything the server writes.
 */

/** A free port, picked when the worker loads this file (synchronously, as the config does). */
const PORT = execFileSync(
  process.execPath,
  [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ],
  { encoding: "utf8" },
).trim();
const SERVER = `http://127.0.0.1:${PORT}`;
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The plan walked here: distinctive values that could not turn up in the output by chance. */
const SHARE = "37.123";
const FACILITIES_PARAM = "f12=homl";
const ANSWERS = {
  investor: { origin: "hong-kong", foreignSharePercent: 37.123 },
  company: { registeredIn: "hainan" },
  services: [
    {
      code: "B12",
      facilities: [
        { location: "hainan", tenure: "owned" },
        { location: "mainland-other", tenure: "leased" },
      ],
    },
  ],
};

/** Only next-intl's locale cookie may ever be set. */
const ALLOWED_COOKIES = ["NEXT_LOCALE"];
const PRIVATE = { robots: /^noindex/, cache: "private, no-store" };

// One server for the whole file, so its tests run in order in one worker.
test.describe.configure({ mode: "serial" });
// The fixture checks that every request stays on the app's origin: here, this server's.
test.use({ baseURL: SERVER });

let server: ChildProcess | undefined;
let output = "";
let resultUrl = "";
const responses: Array<{ url: string; cookies: string[] }> = [];

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${SERVER}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer /api/health in time:\n${output}`);
}

/** Stops the server and waits until it has closed its output. Safe to call twice. */
async function stopServer() {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await closed;
  clearTimeout(timer);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** The names of the cookies a `Set-Cookie` header (one cookie a line) sets. */
function cookieNames(setCookie: string | null | undefined): string[] {
  return (setCookie ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("=")[0]!.trim());
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", PORT],
    {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  server.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  await waitForHealth(Date.now() + 60_000);
});

test.afterAll(async () => {
  await stopServer();
});

test("a Hong Kong investor's CDN in Hainan at 37.123% reaches its result", async ({ page }) => {
  page.on("response", async (response) => {
    const setCookie = await response.headerValue("set-cookie").catch(() => null);
    responses.push({ url: response.url(), cookies: cookieNames(setCookie) });
  });
  await page.goto(`${SERVER}/en/plan/origin?v=1`);
  await chooseOrigin(page, "Hong Kong");
  await enterShare(page, SHARE);
  await chooseRegistration(page, "Hainan");
  await chooseServices(page, ["Content delivery network (B12)"]);
  await listFacilities(page, [
    ["Hainan", "Owned"],
    ["Elsewhere in mainland China", "Leased"],
  ]);
  await seeResult(page);
  resultUrl = page.url();
  expect(resultUrl.startsWith(`${SERVER}/en/result?`)).toBe(true);
  expect(resultUrl).toContain(`p=${SHARE}`);
  expect(resultUrl).toContain(FACILITIES_PARAM);
  await expect(page.getByText("Not permitted").first()).toBeVisible();
});

test("no response of the journey sets a cookie other than the locale cookie", async ({
  page,
  context,
}) => {
  expect(responses.length).toBeGreaterThan(0);
  for (const { url, cookies } of responses) {
    for (const name of cookies) expect(ALLOWED_COOKIES, `${name} set by ${url}`).toContain(name);
  }
  // Nor a page opened afresh, or an unprefixed share link the proxy sends to a locale.
  await page.goto(`${SERVER}/result${new URL(resultUrl).search}`);
  await expect(page).toHaveURL(/\/en\/result\?/);
  for (const cookie of await context.cookies())
    expect(ALLOWED_COOKIES, cookie.name).toContain(cookie.name);
});

test("step, check and result pages are never indexed or cached", async ({ request }) => {
  const query = new URL(resultUrl).search;
  const draft = "v=1&o=h&p=37.123&r=h&s=12&f12=homl";
  const pages: Array<[what: string, url: string, status: number]> = [
    ["the first step", "/en/plan/origin?v=1", 200],
    ["a later step", `/en/plan/facilities-B12?${draft}`, 200],
    ["a step submitted with a wrong answer", "/en/plan/share?v=1&o=h&submitted=1&share=abc", 400],
    [
      "a step submitted with a right answer",
      "/en/plan/share?v=1&o=h&submitted=1&share=37.123",
      303,
    ],
    ["a step opened ahead of its turn", "/en/plan/services?v=1&o=h", 303],
    ["Check your answers", `/en/plan/check?${draft}`, 200],
    ["the result", `/en/result${query}`, 200],
    ["the Chinese result", `/zh/result${query}`, 200],
    ["the result at a percent-encoded address", `/en/%72esult${query}`, 200],
    ["a damaged result link", "/en/result?v=1&o=zz", 400],
  ];
  for (const [what, url, status] of pages) {
    const response = await request.get(`${SERVER}${url}`, { maxRedirects: 0 });
    expect(response.status(), what).toBe(status);
    const headers = response.headers();
    expect(headers["x-robots-tag"], what).toMatch(PRIVATE.robots);
    expect(headers["cache-control"], what).toBe(PRIVATE.cache);
    for (const name of cookieNames(headers["set-cookie"]))
      expect(ALLOWED_COOKIES, `${name} set by ${what}`).toContain(name);
  }
});

test("the server's output and its cache hold none of the answers", async () => {
  expect(resultUrl, "the journey reached its result").not.toBe("");
  await stopServer();
  expect(output, "the server printed something, so its output was captured").toMatch(
    /Ready|Next\.js/,
  );

  const query = new URL(resultUrl).search.slice(1);
  const secrets = [
    SHARE,
    `p=${SHARE}`,
    FACILITIES_PARAM,
    "homl",
    query,
    JSON.stringify(ANSWERS),
    JSON.stringify(ANSWERS.investor),
    JSON.stringify(ANSWERS.services),
    `"foreignSharePercent":37.123`,
    "foreignSharePercent: 37.123",
  ];
  for (const secret of secrets)
    expect(output, `server output contains ${secret}`).not.toContain(secret);

  for (const file of filesUnder(path.join(ROOT, ".next", "cache"))) {
    expect(readFileSync(file).includes(SHARE), `${file} contains ${SHARE}`).toBe(false);
  }
});
