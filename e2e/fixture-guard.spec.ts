import type { Page } from "@playwright/test";

import { expect, test, watchPage } from "./fixtures";

// The `page` fixture is only worth something if it fails tests. The first two tests do
// what it must catch and are marked as expected to fail; their bodies succeed, so the
// failure can only come from the fixture. 127.0.0.2:9 is on this machine and refuses
// at once: nothing leaves it.

/** Serves the real /en (with its real CSP header) with `html` injected into the body. */
async function injectIntoStartPage(page: Page, html: string): Promise<void> {
  await page.route(/\/en$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("</body>", `${html}</body>`);
    await route.fulfill({ response, body });
  });
}

test.describe("the page fixture", () => {
  test.fail("fails a test whose page breaks the CSP", async ({ page }) => {
    await injectIntoStartPage(page, '<img src="http://127.0.0.2:9/pixel.png" alt="">');
    const violation = page.waitForEvent("console", (m) => /Content Security Policy/.test(m.text()));
    await page.goto("/en");
    await violation;
  });

  test.fail("fails a test whose page requests another origin", async ({ page }) => {
    await page.goto("/en");
    const attempt = page.waitForEvent("request", (r) => r.url().startsWith("http://127.0.0.2:9/"));
    // Navigations are not subject to the CSP, so the request really is attempted.
    await page.evaluate(() => {
      window.location.href = "http://127.0.0.2:9/";
    });
    await attempt;
  });
});

test.describe("watchPage", () => {
  test("records an injected inline script, which the CSP blocks", async ({ browser, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    const page = await browser.newPage();
    const problems = await watchPage(page, origin);
    await injectIntoStartPage(page, "<script>window.__injected = true</script>");
    await page.goto(`${origin}/en`);
    await expect
      .poll(() => problems.join("\n"))
      .toMatch(/inline script violates .*Content Security Policy/);
    await expect
      .poll(() => problems.join("\n"))
      .toContain("securitypolicyviolation: script-src-elem");
    expect(await page.evaluate(() => "__injected" in window)).toBe(false);
    await page.close();
  });

  test("records a request to another origin", async ({ browser, baseURL }) => {
    const origin = new URL(baseURL ?? "").origin;
    const page = await browser.newPage();
    const problems = await watchPage(page, origin);
    await page.goto(`${origin}/en`);
    await page.evaluate(() => {
      window.location.href = "http://127.0.0.2:9/";
    });
    await expect.poll(() => problems).toContain("off-origin request: http://127.0.0.2:9/");
    await page.close();
  });
});
