import type { Locator, Page } from "@playwright/test";

import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";

/**
 * An investor reading a result or a comparison on a small phone (360 px, the narrowest common
 * Android width): what they read must use the screen, not a strip of it or more than it.
 */
test.use({ viewport: { width: 360, height: 780 } });

/** Wholly foreign-owned IDC and CDN in Shenzhen, the CDN leasing a node elsewhere or in Shenzhen. */
const CDN_LEASED_ELSEWHERE = `v=1&o=o&p=100&r=z&s=11.12&f11=zo&f12=zoml&rv=${RULES_VERSION}&d=cn`;
const CDN_LEASED_IN_SHENZHEN = `v=1&o=o&p=100&r=z&s=11.12&f11=zo&f12=zozl&rv=${RULES_VERSION}&d=cc`;

function compareUrl(locale: string, plans: string[]): string {
  const query = new URLSearchParams();
  for (const plan of plans) query.append("plan", plan);
  return `/${locale}/compare?${query}`;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not laid out");
  return found;
}

/** The share block's QR code, and its warning that the link carries the answers. */
async function expectShareBlockUsesTheWidth(page: Page, qrLabel: RegExp, warning: RegExp) {
  const qr = await box(page.getByRole("img", { name: qrLabel }));
  const warningBox = await box(page.getByText(warning));
  const address = await box(page.locator("a.address-link"));
  // Under the QR code, not squeezed beside it.
  expect(warningBox.y).toBeGreaterThanOrEqual(qr.y + qr.height);
  expect(warningBox.width).toBeGreaterThan(300);
  expect(address.width).toBeGreaterThan(250);
}

test("a result's share link and its warning read across the screen, under the QR code", async ({
  page,
}) => {
  await page.goto(`/en/result?${CDN_LEASED_ELSEWHERE}`);
  await expectShareBlockUsesTheWidth(page, /QR code/, /Anyone with this link can read/);

  await page.goto(`/zh/result?${CDN_LEASED_ELSEWHERE}`);
  await expectShareBlockUsesTheWidth(page, /二维码/, /任何获得此链接的人/);
});

test("a comparison's share link reads across the screen too", async ({ page }) => {
  await page.goto(compareUrl("en", [CDN_LEASED_ELSEWHERE, CDN_LEASED_IN_SHENZHEN]));
  await expectShareBlockUsesTheWidth(page, /QR code/, /Anyone with this link can read/);
});

/** IDC and processing in Beijing, wholly foreign-owned, and the same plan at 49% elsewhere. */
const IDC_EDI_BEIJING = `v=1&o=o&p=100&r=b&s=11.21&f11=bo&t21=d&f21=bo&rv=${RULES_VERSION}&d=cc`;
const IDC_EDI_ELSEWHERE_49 = `v=1&o=o&p=49&r=m&s=11.21&f11=mo&t21=d&f21=mo&rv=${RULES_VERSION}&d=np`;

for (const [locale, planB, service] of [
  ["en", "Plan B", "Internet data centre"],
  ["zh", "方案B", "互联网数据中心业务"],
] as const) {
  test(`two plans fit the screen, each service's name across it above the plans' halves (${locale})`, async ({
    page,
  }) => {
    for (const plans of [
      [CDN_LEASED_ELSEWHERE, CDN_LEASED_IN_SHENZHEN],
      // "No foreign shareholding" and long rule titles: beside a services' column, a third
      // of the screen broke their words and ran the second plan off the screen.
      [IDC_EDI_BEIJING, IDC_EDI_ELSEWHERE_49],
    ]) {
      await page.goto(compareUrl(locale, plans));
      const table = page.getByRole("table");
      const header = table.getByRole("columnheader", { name: planB });
      await header.scrollIntoViewIfNeeded();
      await expect(header).toBeInViewport({ ratio: 1 });
      // Nothing to scroll sideways: every cell of the second plan is on the screen.
      const { scrollWidth, clientWidth } = await table.evaluate((element) => ({
        scrollWidth: (element.parentElement as HTMLElement).scrollWidth,
        clientWidth: (element.parentElement as HTMLElement).clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const cells = await table.locator("tbody tr > td:last-child").all();
      expect(cells.length).toBeGreaterThan(2);
      for (const cell of cells) {
        const { x, width } = await box(cell);
        expect(x + width).toBeLessThanOrEqual(360);
        expect(width).toBeGreaterThan(140);
      }
      // Still a table to a screen reader: the service heads its row, the plans their columns.
      const row = table.getByRole("row").filter({ hasText: service });
      const rowHeader = await box(row.getByRole("rowheader", { name: new RegExp(service) }));
      const [first, second] = await row.getByRole("cell").all();
      if (!first || !second) throw new Error("a plan's cell is missing");
      expect(rowHeader.y + rowHeader.height).toBeLessThanOrEqual((await box(first)).y);
      expect((await box(second)).y).toBe((await box(first)).y);
    }
  });
}

test("in presenter mode, with its larger type and rule IDs, two plans fit a phone and a small tablet", async ({
  page,
}) => {
  const query = new URLSearchParams();
  for (const plan of [IDC_EDI_BEIJING, IDC_EDI_ELSEWHERE_49]) query.append("plan", plan);
  query.append("present", "1");
  for (const width of [360, 700]) {
    await page.setViewportSize({ width, height: 780 });
    await page.goto(`/en/compare?${query}`);
    const table = page.getByRole("table");
    await expect(table.getByText("PILOT-SAME-AREA").first()).toBeVisible();
    const { scrollWidth, clientWidth } = await table.evaluate((element) => ({
      scrollWidth: (element.parentElement as HTMLElement).scrollWidth,
      clientWidth: (element.parentElement as HTMLElement).clientWidth,
    }));
    expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(clientWidth);
  }
});

test("four plans scroll sideways in the table's region instead of squeezing each plan to a word, and a plan without a service lists none of its rules", async ({
  page,
}) => {
  // Plans C and D have no CDN: a B22 call centre alone.
  const callCentre = `v=1&o=o&p=100&r=z&s=22&f22=-&rv=${RULES_VERSION}&d=p`;
  await page.goto(
    compareUrl("zh", [CDN_LEASED_ELSEWHERE, CDN_LEASED_IN_SHENZHEN, callCentre, callCentre]),
  );
  const table = page.getByRole("table");
  for (const name of ["方案A", "方案B", "方案C", "方案D"]) {
    const { width } = await box(table.getByRole("columnheader", { name }));
    expect(width, name).toBeGreaterThanOrEqual(100);
  }
  const region = page.getByRole("region", { name: "各方案对照" });
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const cdnRow = table.getByRole("row").filter({ hasText: "内容分发网络业务" });
  await expect(cdnRow.getByRole("cell").nth(2)).toHaveText("本方案不含此业务");
});

test("a link drawn as a button centres its text as a button does", async ({ page }) => {
  /** How far the text's middle sits from the middle of its box, in px. */
  const offCentre = (control: Locator) =>
    control.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const outer = element.getBoundingClientRect();
      return Math.abs(text.top + text.height / 2 - (outer.top + outer.height / 2));
    });

  await page.goto(`/zh/plan/check?${CDN_LEASED_ELSEWHERE.replace(/&rv=.*/, "")}`);
  expect(await offCentre(page.getByRole("link", { name: "查看结果" }))).toBeLessThan(1.5);

  await page.goto(`/en/result?${CDN_LEASED_ELSEWHERE}`);
  const actions = page.getByRole("navigation", { name: "What you can do with this result" });
  for (const name of ["Change your answers", "Compare with a variant"])
    expect(await offCentre(actions.getByRole("link", { name })), name).toBeLessThan(1.5);
  expect(await offCentre(page.getByRole("button", { name: "Copy link" }))).toBeLessThan(1.5);
});

test("a service's verdict, route and maximum keep room beside their labels, in Chinese", async ({
  page,
}) => {
  // Hong Kong investor, 80%, Hainan, publishing and music: B25 allows no foreign share.
  await page.goto(`/zh/result?v=1&o=h&p=80&r=h&s=25&t25=p&c25=pm&f25=hl&rv=${RULES_VERSION}&d=n`);
  const summary = page.getByRole("region", { name: "信息服务业务（B25）" }).locator("dl").first();
  for (const value of ["不允许", "禁止外商投资", "不得有外资持股"]) {
    const lines = await summary.getByText(value, { exact: true }).evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines, value).toBe(1);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("“Add a facility” and “Remove” come back to the row, not the top of the page", async ({
    page,
  }) => {
    await page.goto(
      "/en/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12&entered=1" +
        "&facilities.0.location=shenzhen&facilities.0.tenure=owned" +
        "&facilities.1.location=mainland-other&facilities.1.tenure=leased",
    );
    await page.getByRole("button", { name: "Add a facility" }).click();
    const third = page.getByRole("group", { name: "Facility 3" });
    await expect(third).toBeVisible();
    await expect(third.getByLabel("Where is it?")).toBeInViewport();

    await page.getByRole("button", { name: "Remove facility 2" }).click();
    await expect(page.getByRole("group", { name: "Facility 3" })).toHaveCount(0);
    // The row that took the removed one's place (the empty one just added) is on the screen.
    await expect(
      page.getByRole("group", { name: "Facility 2" }).getByLabel("Where is it?"),
    ).toHaveValue("");
    await expect(
      page.getByRole("group", { name: "Facility 2" }).getByLabel("Where is it?"),
    ).toBeInViewport();
  });
});
