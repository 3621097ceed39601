import { RULES_CHECKED_ON, RULES_VERSION } from "../lib/rules/version";
import { expectNoAxeViolations } from "./accessibility";
import { longDate } from "./dates";
import { expect, test } from "./fixtures";

const HEADING = "Check if your value-added telecoms business in China can be wholly foreign-owned";

const CHECKED_ON = longDate(RULES_CHECKED_ON);

test.describe("the start page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/en");
  });

  test("says what the check answers and leads to the first question", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADING);
    await expect(page).toHaveTitle(/wholly foreign-owned – VATS Pilot Check$/);
    await expect(
      page.getByRole("heading", { level: 2, name: "What the check tells you" }),
    ).toBeVisible();
    await expect(page.getByText("five questions or fewer")).toBeVisible();

    const start = page.getByRole("link", { name: "Start now" });
    await expect(start).toHaveAttribute("href", /^\/en\/plan\/origin(\?|$)/);
  });

  test("names the rules it applies and when they were last checked", async ({ page }) => {
    await expect(page.getByRole("heading", { name: "The rules it applies" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 3, name: "MIIT Circular No. 107 and its pilot plan" }),
    ).toBeVisible();
    await expect(page.getByText("8 April 2024", { exact: false })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 3, name: "The 2024 Negative List" }),
    ).toBeVisible();
    await expect(page.getByText("in force since 1 November 2024")).toBeVisible();
    await expect(
      page.getByText(
        `The rules were last checked on ${CHECKED_ON}. Rules version: ${RULES_VERSION}.`,
      ),
    ).toBeVisible();
  });

  test("says what it does not cover and that it is not legal advice", async ({ page }) => {
    const heading = page.getByRole("heading", { name: "What it does not cover" });
    await expect(heading).toBeVisible();
    const scope = page.getByRole("list").filter({ hasText: "basic telecommunications services" });
    for (const item of [
      /security reviews/,
      /exporting data and on personal information/,
      /cybersecurity classified protection/,
      /licence procedure itself/,
      /basic telecommunications services/,
      /online content or payments/,
    ])
      await expect(scope.getByRole("listitem").filter({ hasText: item })).toHaveCount(1);
    await expect(
      page.getByRole("main").getByText("The check is a self-assessment aid, not legal advice."),
    ).toBeVisible();
  });

  test("says that nothing entered is stored", async ({ page }) => {
    await expect(
      page.getByRole("main").getByText(/Nothing you enter is stored\..*address of the page/),
    ).toBeVisible();
  });

  test("shows the four pilot areas as a described schematic", async ({ page }) => {
    const figure = page.getByRole("figure", { name: "The four pilot areas" });
    await expect(figure).toHaveAccessibleDescription(
      /not a map.*only Pudong New Area and the Lin-gang Special Area are in it; the rest of Shanghai is not/,
    );
    for (const area of ["Beijing", "Shanghai", "Hainan", "Shenzhen"])
      await expect(figure.getByRole("heading", { level: 3, name: area })).toBeVisible();
    const shanghaiZh = figure.getByText("上海自由贸易试验区临港新片区及社会主义现代化建设引领区");
    await expect(shanghaiZh).toHaveAttribute("lang", "zh-CN");
    await expect(figure.getByText("The rest of Shanghai", { exact: true })).toBeVisible();
  });

  test("has no accessibility violations (axe, WCAG 2.2 AA)", async ({ page }) => {
    await expectNoAxeViolations(page);
  });
});

test("the Chinese start page is in Chinese, with the circular's names of the pilot areas", async ({
  page,
}) => {
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "查询您在中国的增值电信业务能否由外资全资持有",
  );
  await expect(
    page.getByText("上海自由贸易试验区临港新片区及社会主义现代化建设引领区").first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "开始自查" })).toHaveAttribute(
    "href",
    /^\/zh\/plan\/origin(\?|$)/,
  );
});

test("an unknown page is a 404 that offers a way back", async ({ page }) => {
  const response = await page.goto("/en/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Start the check again" })).toHaveAttribute(
    "href",
    "/en",
  );
  await expectNoAxeViolations(page);
});

test("the Chinese 404 page is in Chinese", async ({ page }) => {
  const response = await page.goto("/zh/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面未找到");
  await expect(page.getByRole("link", { name: "重新开始自查" })).toHaveAttribute("href", "/zh");
});

test("a 404 page has the language switcher, like every page", async ({ page }) => {
  await page.goto("/en/no-such-page");
  await page
    .getByRole("navigation", { name: "Language and display" })
    .getByRole("link", { name: /中文/ })
    .click();
  await expect(page).toHaveURL(/\/zh\/no-such-page$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面未找到");
  await expect(page).toHaveTitle("页面未找到——增值电信开放试点自查");
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/no-such-page$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoAxeViolations(page);
});

test("names the law's term for what it checks beside the English", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByText("增值电信业务", { exact: true }).first()).toHaveAttribute(
    "lang",
    "zh-CN",
  );
  await page.goto("/zh");
  await expect(
    page.getByText("value-added telecommunications services", { exact: true }),
  ).toHaveAttribute("lang", "en");
});
