import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/**
 * Starts recording what a page must never do: break its Content Security Policy, throw
 * an uncaught error, or send a request anywhere but the app's own origin (`data:` and
 * `blob:` URLs excepted). Returns the list it fills.
 */
export async function watchPage(page: Page, appOrigin: string): Promise<string[]> {
  const problems: string[] = [];

  page.on("console", (message) => {
    if (/content[- ]security[- ]policy/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== appOrigin) problems.push(`off-origin request: ${url}`);
  });

  // Report-only listeners see violations Chromium may not log (e.g. in iframes).
  await page.exposeFunction("__e2eReportCspViolation", (detail: string) => {
    problems.push(`securitypolicyviolation: ${detail}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __e2eReportCspViolation: (d: string) => void })
        .__e2eReportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });

  return problems;
}

/**
 * Import `test` and `expect` from here in every e2e spec: the `page` fixture fails the
 * test if anything from `watchPage` happened while it ran.
 */
export const test = base.extend({
  // `use` is called `runTest` so React's hook lint rule does not mistake it for a hook.
  page: async ({ page, baseURL }, runTest) => {
    if (!baseURL) throw new Error("baseURL is not set in playwright.config.ts");
    const problems = await watchPage(page, new URL(baseURL).origin);
    await runTest(page);
    expect(problems, "CSP violations, page errors or off-origin requests").toEqual([]);
  },
});
