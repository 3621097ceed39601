import { COMPILE_HINT } from "../scripts/build/compile-hints.mjs";
import type { Response } from "@playwright/test";

import { expect, test } from "./fixtures";

const START_HEADING =
  "Check if your value-added telecoms business in China can be wholly foreign-owned";

test("the English start page renders and hydrates", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(START_HEADING);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The app router's client runtime has started, so no script was blocked.
  await page.waitForFunction(() => "next" in window && "__next_f" in window);
});

// next.config.js marks the browser chunks at build time (scripts/build/compile-hints.mjs);
// the Lighthouse figures in docs/PERFORMANCE.md depend on it.
test("every script a step loads is marked for eager compilation", async ({ page }) => {
  const scripts: Array<Promise<[string, string]>> = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script")
      scripts.push(
        response.text().then((body) => [response.url(), body.slice(0, COMPILE_HINT.length)]),
      );
  };
  page.on("response", onResponse);
  await page.goto("/en/plan/origin?v=1");
  await page.waitForFunction(() => "next" in window && "__next_f" in window);
  // Every chunk the step loads, late ones included; then no body is still being read
  // when the test ends (which fails it with "response.text: Test ended").
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(3);
  for (const [url, start] of loaded) {
    expect(start, url).toBe(COMPILE_HINT);
  }
});

// The Chinese start page shows the English text until its translation lands.
test("the Chinese start page declares zh-CN", async ({ page }) => {
  await page.goto("/zh");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("pages carry a nonce CSP without unsafe-inline", async ({ request }) => {
  const first = await request.get("/en");
  const second = await request.get("/en");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  });
});

test("an unprefixed link is redirected to a locale, keeping its query", async ({ request }) => {
  const response = await request.get("/result?v=1&x=2", {
    maxRedirects: 0,
    headers: { "accept-language": "zh-CN,zh;q=0.9" },
  });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toBe("/zh/result?v=1&x=2");
});

test("an unknown page is a 404 with the security headers", async ({ page }) => {
  const response = await page.goto("/zh/no-such-page");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面未找到");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("an unknown API path is a JSON 404 with the security headers, not a locale redirect", async ({
  request,
}) => {
  const response = await request.get("/api/no-such-route", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ error: "not-found" });
  expect(response.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the start page and the 404 page are server-rendered", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(START_HEADING);
    await page.goto("/en/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
