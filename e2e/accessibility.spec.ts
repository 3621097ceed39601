import type { Page } from "@playwright/test";

import {
  expectHeadingsInOrder,
  expectNoAxeViolations,
  headingLevels,
  smallControls,
  targets,
  tooSmall,
} from "./accessibility";
import { expect, test } from "./fixtures";
import { next } from "./journey";

/** Addresses of each kind of page, as the wizard itself makes them. */
const ORIGIN = "/en/plan/origin?v=1";
const SHARE = "/en/plan/share?v=1&o=o";
const SERVICES = "/en/plan/services?v=1&o=o&p=100&r=h";
/** A CDN at 100% in Hainan with a node owned in Hainan and one leased elsewhere. */
const FACILITIES = "/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&f12=homl";
/** An ISP at 0%: no facilities question, straight to its coverage. */
const COVERAGE = "/en/plan/coverage-B14?v=1&o=o&p=0&r=h&s=14";
const CHECK = "/en/plan/check?v=1&o=o&p=100&r=h&s=12&f12=homl";
/** Where a result link that lost its ending and B25's content is sent, with its notice. */
const CUT_LINK = "/en/plan/content-B25?v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&cut=1";

/**
 * A comparison in presenter mode with everything its table and cards can show: a plan made
 * under older rules (its change notice), rule IDs, and rules to verify with counsel.
 */
function richComparison(locale: "en" | "zh"): string {
  const query = new URLSearchParams();
  query.append("plan", "v=1&o=o&p=100&r=u&s=11.21&f11=bo&t21=d&f21=so&rv=2026.11.1&d=cc");
  query.append("plan", "v=1&o=o&p=100&r=b&s=11&f11=bo");
  query.append("present", "1");
  return `/${locale}/compare?${query}`;
}

/** Each kind of question, and Check your answers. */
const QUESTION_PAGES = [
  ["the origin question", ORIGIN],
  ["the share question", SHARE],
  ["the services checklist", SERVICES],
  ["the facilities editor", FACILITIES],
  ["the ISP coverage question", COVERAGE],
  ["the question an incomplete result link was sent to", CUT_LINK],
  ["Check your answers", CHECK],
] as const;

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test.describe("axe finds no WCAG 2.2 AA violations on", () => {
  test("a question page (where the investor is established)", async ({ page }) => {
    await open(page, ORIGIN);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Where is the foreign investor established?",
    );
    await expectNoAxeViolations(page);
  });

  test("a question page in error, with JavaScript", async ({ page }) => {
    await open(page, ORIGIN);
    await next(page);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the share question", async ({ page }) => {
    await open(page, SHARE);
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the services checklist", async ({ page }) => {
    await open(page, SERVICES);
    await expect(page.getByRole("checkbox")).toHaveCount(10);
    await expectNoAxeViolations(page);
  });

  test("the facilities editor with two rows", async ({ page }) => {
    await open(page, FACILITIES);
    await expect(page.getByRole("group", { name: /^Facility \d$/ })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });

  test("the ISP coverage question", async ({ page }) => {
    await open(page, COVERAGE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Where are the internet access users?",
    );
    await expectNoAxeViolations(page);
  });

  test("the question an incomplete result link was sent to, with its notice", async ({ page }) => {
    await open(page, CUT_LINK);
    await expect(page.getByRole("region", { name: "This link is incomplete" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("Check your answers", async ({ page }) => {
    await open(page, CHECK);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await expectNoAxeViolations(page);
  });

  test("a result that is not permitted", async ({ page }) => {
    await open(page, CHECK);
    await page.getByRole("link", { name: "See the result" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript, axe finds no violations on", () => {
  test.use({ javaScriptEnabled: false });

  test("a question page in error (its 400 page)", async ({ page, browser, baseURL }) => {
    await open(page, ORIGIN);
    const [response] = await Promise.all([page.waitForResponse(/submitted=1/), next(page)]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Select where the foreign investor is established",
    );
    // axe runs as a script, which this page cannot: scan the same 400 page, without its
    // scripts, in a page that runs axe's.
    const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    const context = await browser.newContext({ baseURL, javaScriptEnabled: true });
    try {
      const scan = await context.newPage();
      await scan.route(response.url(), (route) =>
        route.fulfill({ status: 400, contentType: "text/html; charset=utf-8", body: html }),
      );
      await scan.goto(response.url());
      await expect(scan.getByRole("alert", { name: "There is a problem" })).toBeVisible();
      // The app's styles apply, so that axe judges colours and sizes as users see them.
      await expect(scan.getByRole("button", { name: "Continue" })).toHaveCSS("min-height", "44px");
      await expectNoAxeViolations(scan);
    } finally {
      await context.close();
    }
  });
});

test.describe("with the keyboard", () => {
  test("the error summary takes focus and its link moves focus to the field", async ({ page }) => {
    await open(page, ORIGIN);
    await next(page);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    await page.keyboard.press("Tab");
    const link = summary.getByRole("link", {
      name: "Select where the foreign investor is established",
    });
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Hong Kong", { exact: true })).toBeFocused();
    // The field answers from the keyboard.
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Hong Kong", { exact: true })).toBeChecked();
  });

  test("the share question's error link moves focus to the text box", async ({ page }) => {
    await open(page, SHARE);
    const share = page.getByRole("textbox", { name: /total foreign share/ });
    await share.fill("abc");
    await next(page);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(share).toBeFocused();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the error summary's link moves focus to the field", async ({ page }) => {
      await open(page, ORIGIN);
      await next(page);
      await page
        .getByRole("alert", { name: "There is a problem" })
        .getByRole("link", { name: "Select where the foreign investor is established" })
        .click();
      await expect(page.getByLabel("Hong Kong", { exact: true })).toBeFocused();
    });
  });
});

test.describe("every control and standalone link is at least 24 by 24 CSS pixels", () => {
  for (const [name, url] of QUESTION_PAGES) {
    test(`on ${name}`, async ({ page }) => {
      await open(page, url);
      const all = await targets(page);
      expect(all.filter((t) => !t.inline).length).toBeGreaterThan(1);
      expect(smallControls(all)).toEqual([]);
      expect(tooSmall(all)).toEqual([]);
    });
  }

  test("on a question page in error, whose summary links are small but well spaced", async ({
    page,
  }) => {
    await open(page, ORIGIN);
    await next(page);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    const all = await targets(page);
    expect(smallControls(all)).toEqual([]);
    expect(tooSmall(all)).toEqual([]);
  });

  test("on the facilities editor with an error in each row", async ({ page }) => {
    await open(page, FACILITIES);
    const rows = page.getByRole("group", { name: /^Facility \d$/ });
    await rows.nth(0).getByLabel("How does the company hold it?").selectOption("");
    await rows.nth(1).getByLabel("Where is it?").selectOption("");
    await next(page);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await expect(
      page.getByRole("alert", { name: "There is a problem" }).getByRole("link"),
    ).toHaveCount(2);
    const all = await targets(page);
    expect(smallControls(all)).toEqual([]);
    expect(tooSmall(all)).toEqual([]);
  });
});

test.describe("headings are in order, with exactly one h1", () => {
  for (const [name, url] of QUESTION_PAGES) {
    test(`on ${name}`, async ({ page }) => {
      await open(page, url);
      expectHeadingsInOrder(await headingLevels(page));
    });
  }

  test("on a question page in error", async ({ page }) => {
    await open(page, ORIGIN);
    await next(page);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    expectHeadingsInOrder(await headingLevels(page));
  });

  test("on a result that is not permitted", async ({ page }) => {
    await open(page, CHECK);
    await page.getByRole("link", { name: "See the result" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
    expectHeadingsInOrder(await headingLevels(page));
  });
});

test.describe("a comparison with an older plan, in presenter mode", () => {
  for (const locale of ["en", "zh"] as const) {
    test(`axe finds nothing, and its headings are in order (${locale})`, async ({ page }) => {
      await page.goto(richComparison(locale));
      await expectNoAxeViolations(page);
      expectHeadingsInOrder(await headingLevels(page));
    });
  }
});
