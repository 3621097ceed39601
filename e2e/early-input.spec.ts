import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { watchHydration } from "./hydration";

/**
 * Holds back the page's scripts until the returned function is called, so that the test can
 * use the server-rendered form as a user on a slow connection would, before React has
 * hydrated it; that function then waits for the hydration.
 */
async function holdScripts(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: a held stylesheet would block rendering, and no one could click anything.
  const isScript = (url: URL) => url.pathname.startsWith("/_next/") && url.pathname.endsWith(".js");
  await page.route(isScript, async (route) => {
    await released;
    await route.continue();
  });
  const hydrated = await watchHydration(page);
  return async () => {
    release();
    await hydrated();
  };
}

test("a choice made before the page's script has loaded survives it", async ({ page }) => {
  const hydrate = await holdScripts(page);
  await page.goto("/en/plan/origin?v=1", { waitUntil: "commit" });
  const choice = page.getByLabel("Hong Kong", { exact: true });
  await choice.check();
  await hydrate();
  await expect(choice).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("total foreign share");
  await expect(page).toHaveURL(/[?&]o=h(&|$)/);
});

test("a figure typed before the page's script has loaded survives it", async ({ page }) => {
  const hydrate = await holdScripts(page);
  await page.goto("/en/plan/share?v=1&o=o", { waitUntil: "commit" });
  const share = page.getByRole("textbox", { name: /total foreign share/ });
  await share.fill("49");
  await hydrate();
  await expect(share).toHaveValue("49");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Where is the operating company registered",
  );
  await expect(page).toHaveURL(/[?&]p=49(&|$)/);
});

test("services ticked before the page's script has loaded survive it", async ({ page }) => {
  const hydrate = await holdScripts(page);
  await page.goto("/en/plan/services?v=1&o=o&p=100&r=b", { waitUntil: "commit" });
  const hosting = page.getByLabel("Internet data centre, including cloud (B11)", { exact: true });
  await hosting.check();
  await hydrate();
  await expect(hosting).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Where are the facilities");
});

test("a facility changed before the page's script has loaded stays changed", async ({ page }) => {
  const hydrate = await holdScripts(page);
  await page.goto("/en/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12&f12=zo", { waitUntil: "commit" });
  const row = page.getByRole("group", { name: "Facility 1" });
  await row.getByLabel("Where is it?").selectOption({ label: "Elsewhere in mainland China" });
  await row.getByLabel("How does the company hold it?").selectOption({ label: "Leased" });
  await hydrate();
  await expect(row.getByLabel("Where is it?")).toHaveValue("mainland-other");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page).toHaveURL(/[?&]f12=ml(&|$)/);
});
