/**
 * What JavaScript adds to a question page: validation on blur that moves nothing under the
 * pointer, an error summary only on Continue (with the title saying so), and focus that
 * stays with the user when a facility row is removed.
 */
import type { Locator, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { watchHydration } from "./hydration";

async function openHydrated(page: Page, url: string) {
  const hydrated = await watchHydration(page);
  await page.goto(url);
  await hydrated();
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on the page");
  return found;
}

/** A click where there is nothing to click: the page's margin, right of the form. */
async function clickBlankSpace(page: Page) {
  const main = await box(page.locator("main"));
  const form = await box(page.locator("main form"));
  await page.mouse.click(main.x + main.width - 8, form.y + 8);
}

const SUMMARY = { name: "There is a problem" } as const;

test.describe("a message appearing on blur never moves the Continue button", () => {
  test("on the share question, where the inline message shows and the summary does not", async ({
    page,
  }) => {
    await openHydrated(page, "/en/plan/share?v=1&o=o");
    const share = page.getByRole("textbox", { name: /total foreign share/ });
    const continueButton = page.getByRole("button", { name: "Continue" });
    const before = await box(continueButton);
    await share.fill("forty");
    await clickBlankSpace(page);
    await expect(share).not.toBeFocused();
    await expect(page.locator("#share-error")).toHaveText(
      "Error: Enter the total foreign share as a number, for example 49, 49.5 or 100.",
    );
    await expect(page.locator("#share-error")).toBeVisible();
    await expect(share).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert", SUMMARY)).toHaveCount(0);
    expect(await box(continueButton)).toEqual(before);

    // Continue still brings the summary, and takes the user to it.
    await continueButton.click();
    await expect(page.getByRole("alert", SUMMARY)).toBeFocused();
    await expect(page.getByRole("alert", SUMMARY)).toContainText("Enter the total foreign share");
  });

  test("a share typed with a thousands separator is asked again, not read as 1%", async ({
    page,
  }) => {
    await openHydrated(page, "/en/plan/share?v=1&o=o");
    await page.getByRole("textbox", { name: /total foreign share/ }).fill("1,000");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert", SUMMARY)).toBeFocused();
    await expect(page.locator("#share-error")).toHaveText(
      "Error: Enter the foreign share with a decimal point, for example 49.5: a comma before three digits could be read as a thousands separator.",
    );
    // Still the share question, with what was typed kept and no share read from it.
    await expect(page).toHaveURL(/\/plan\/share\?v=1&o=o&share=1%2C000&/);
    expect(new URL(page.url()).searchParams.get("p")).toBeNull();
  });

  test("in a facility row, whose choices left blank are pointed out on Continue, not on blur", async ({
    page,
  }) => {
    await openHydrated(page, "/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&f12=ho");
    await page.getByRole("button", { name: "Add a facility" }).click();
    const row = page.getByRole("group", { name: "Facility 2" });
    const tenure = row.getByLabel("How does the company hold it?");
    const continueButton = page.getByRole("button", { name: "Continue" });
    const before = await box(continueButton);
    // The step's schema loads once the page is idle: until then blur could check nothing,
    // and nothing showing would prove nothing.
    await page.waitForLoadState("networkidle");
    await tenure.focus();
    await clickBlankSpace(page);
    await expect(tenure).not.toBeFocused();
    await expect(page.locator("#facilities-1-tenure-error")).toHaveText("");
    await expect(page.getByRole("alert", SUMMARY)).toHaveCount(0);
    expect(await box(continueButton)).toEqual(before);

    await continueButton.click();
    await expect(page.getByRole("alert", SUMMARY)).toBeFocused();
    await expect(page.locator("#facilities-1-tenure-error")).toHaveText(
      "Error: Facility 2: Choose whether this facility is owned, leased or held in another way.",
    );
  });
});

test.describe("a facility row in error keeps its two choices level", () => {
  // Facility 1 lacks its tenure (a message of two or three lines over one select), facility 2
  // its location: side by side, each pair of selects stays on one line.
  const inError =
    "/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&submitted=1" +
    "&facilities.0.location=hainan&facilities.0.tenure=" +
    "&facilities.1.location=&facilities.1.tenure=leased";

  async function expectLevel(page: Page) {
    for (const name of ["Facility 1", "Facility 2"]) {
      const row = page.getByRole("group", { name });
      await expect(row.locator("select[aria-invalid=true]")).toHaveCount(1);
      const where = await box(row.getByLabel("Where is it?"));
      const how = await box(row.getByLabel("How does the company hold it?"));
      expect(how.x, name).toBeGreaterThan(where.x + where.width);
      expect(how.y, name).toBe(where.y);
    }
  }

  test("once the form has taken over, with JavaScript", async ({ page }) => {
    await openHydrated(page, inError);
    await expectLevel(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("on the page the server renders", async ({ page }) => {
      const response = await page.goto(inError);
      expect(response?.status()).toBe(400);
      await expectLevel(page);
    });
  });
});

test.describe("the page's title says there is an error while the summary does", () => {
  const TITLE = "Where is the foreign investor established? – VATS Pilot Check";

  test("after Continue with nothing chosen, and no longer once it is answered", async ({
    page,
  }) => {
    await openHydrated(page, "/en/plan/origin?v=1");
    await expect(page).toHaveTitle(TITLE);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert", SUMMARY)).toBeVisible();
    await expect(page).toHaveTitle(`Error: ${TITLE}`);
    await page.getByLabel("Hong Kong", { exact: true }).check();
    await expect(page.getByRole("alert", SUMMARY)).toHaveCount(0);
    await expect(page).toHaveTitle(TITLE);
  });

  test("on a page in error from the server, until it is answered", async ({ page }) => {
    await openHydrated(page, "/en/plan/origin?v=1&submitted=1");
    await expect(page.getByRole("alert", SUMMARY)).toBeVisible();
    await expect(page).toHaveTitle(`Error: ${TITLE}`);
    await page.getByLabel("Macao", { exact: true }).check();
    await expect(page.getByRole("alert", SUMMARY)).toHaveCount(0);
    await expect(page).toHaveTitle(TITLE);
  });

  test("in Chinese", async ({ page }) => {
    await openHydrated(page, "/zh/plan/origin?v=1");
    const title = await page.title();
    expect(title).not.toMatch(/^错误/);
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page.getByRole("alert", { name: "存在问题" })).toBeVisible();
    await expect(page).toHaveTitle(`错误：${title}`);
  });
});

test("after Remove, focus goes to the next row, the previous one, then Add a facility", async ({
  page,
}) => {
  // Three facilities: Hainan owned, Shenzhen leased, Beijing owned.
  await openHydrated(page, "/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&f12=hozlbo");
  const rows = page.getByRole("group", { name: /^Facility \d$/ });
  await expect(rows).toHaveCount(3);
  const where = (n: number) =>
    page.getByRole("group", { name: `Facility ${n}` }).getByLabel("Where is it?");

  await page.getByRole("button", { name: "Remove facility 2" }).click();
  await expect(rows).toHaveCount(2);
  await expect(where(2)).toBeFocused();
  await expect(where(2)).toHaveValue("beijing");

  await page.getByRole("button", { name: "Remove facility 2" }).click();
  await expect(rows).toHaveCount(1);
  await expect(where(1)).toBeFocused();
  await expect(where(1)).toHaveValue("hainan");

  await page.getByRole("button", { name: "Remove facility 1" }).click();
  await expect(rows).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add a facility" })).toBeFocused();
});
