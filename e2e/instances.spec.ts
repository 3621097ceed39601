import type { Browser } from "@playwright/test";

import { API_EXAMPLE } from "../lib/rules/scenarios";
import { type AppServer, startApp } from "../scripts/app-server";
import { expect, test, watchPage } from "./fixtures";

/**
 * The app keeps no state, so any instance of the same build answers any request: a link
 * made by one instance opens the same result on another, with no sticky sessions. Two
 * extra `next start` instances of the tested build run on free ports for this spec.
 */

const PLANS = [
  // The API.md example: one service not permitted, with a remedy.
  API_EXAMPLE,
  {
    investor: { origin: "hong-kong", foreignSharePercent: 49.5 },
    company: { registeredIn: "mainland-other" },
    services: [
      { code: "B21", subtypes: ["ecommerce", "edi"], facilities: [] },
      { code: "B14", coverage: "pilot-area", ispAccess: "basic-operator", facilities: [] },
    ],
  },
];

test.describe("two instances of the same build", () => {
  // One pair of servers for both tests, in one worker.
  test.describe.configure({ mode: "serial" });

  let instances: AppServer[] = [];

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    instances = await Promise.all([startApp(), startApp()]);
  });

  test.afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
  });

  test("answer the same plan with the same JSON", async ({ request }) => {
    const [a, b] = instances;
    expect(a!.origin).not.toBe(b!.origin);
    for (const plan of PLANS) {
      const [fromA, fromB] = await Promise.all(
        [a!, b!].map((instance) => request.post(`${instance.origin}/api/assess`, { data: plan })),
      );
      expect(fromA!.status()).toBe(200);
      expect(fromB!.status()).toBe(200);
      const [resultA, resultB] = [await fromA!.json(), await fromB!.json()];
      expect(resultB).toEqual(resultA);
      expect(resultA.links.result).toMatch(/^\/result\?v=1&/);
    }
  });

  test("open a share link made by one of them as the same page on both", async ({
    request,
    browser,
  }) => {
    const [a, b] = instances;
    for (const plan of PLANS) {
      const { links } = await (
        await request.post(`${a!.origin}/api/assess`, { data: plan })
      ).json();
      const [textA, textB] = await Promise.all([
        resultText(browser, a!.origin, links.result),
        resultText(browser, b!.origin, links.result),
      ]);
      expect(textA.length).toBeGreaterThan(500);
      expect(textB).toBe(textA);
    }
  });
});

/** The result page's `main` as a reader sees it, in a fresh browser context on `origin`. */
async function resultText(browser: Browser, origin: string, link: string): Promise<string> {
  const context = await browser.newContext({ locale: "en-GB" });
  try {
    const page = await context.newPage();
    const problems = await watchPage(page, origin);
    const response = await page.goto(origin + link);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/result\?v=1&/);
    // The copy and print buttons appear once the page has hydrated; read it after that, so
    // that one instance's page is not read before and the other's after.
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
    const text = await page.getByRole("main").innerText();
    expect(problems, "CSP violations, page errors or off-origin requests").toEqual([]);
    return text;
  } finally {
    await context.close();
  }
}
