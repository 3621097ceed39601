import { expect, test } from "./fixtures";
import { watchHydration } from "./hydration";

/** What a user has entered on a question but not yet submitted is not lost by the header's switches or a refresh. */
test.describe("an answer not yet submitted", () => {
  test("follows the user into the other language", async ({ page }) => {
    const hydrated = await watchHydration(page);
    await page.goto("/en/plan/origin?v=1");
    await hydrated();
    await page.getByLabel("Macao", { exact: true }).check();
    await page.getByRole("link", { name: /中文/ }).click();
    await expect(page).toHaveURL(/\/zh\/plan\/origin\?/);
    await expect(page.getByLabel("澳门特别行政区", { exact: true })).toBeChecked();
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page).toHaveURL(/\/zh\/plan\/share\?.*o=m(&|$)/);
  });

  test("refused, stays refused in the other language, and is put right there", async ({ page }) => {
    const hydrated = await watchHydration(page);
    await page.goto("/en/plan/share?v=1&o=o");
    await hydrated();
    const share = page.getByRole("textbox", { name: /total foreign share/ });
    await share.fill("120");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    await page.getByRole("link", { name: /中文/ }).click();
    await expect(page).toHaveURL(/\/zh\/plan\/share\?/);
    await expect(page.getByRole("alert", { name: "存在问题" })).toBeVisible();
    const zhShare = page.getByRole("textbox", { name: /外资股比/ });
    await expect(zhShare).toHaveValue("120");
    await zhShare.fill("100");
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page).toHaveURL(/\/zh\/plan\/registration\?.*p=100(&|$)/);
  });

  test("follows the user into presenter mode and out of it", async ({ page }) => {
    const hydrated = await watchHydration(page);
    await page.goto("/en/plan/share?v=1&o=o");
    await hydrated();
    await page.getByRole("textbox", { name: /total foreign share/ }).fill("49");
    await page.getByRole("link", { name: /presenter mode/i }).click();
    await expect(page).toHaveURL(/[?&]present=1(&|$)/);
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49");
    await page.getByRole("link", { name: /presenter mode/i }).click();
    await expect(page).not.toHaveURL(/[?&]present=1(&|$)/);
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49");
  });

  test("survives a refresh, rows of facilities included", async ({ page }) => {
    const hydrated = await watchHydration(page);
    await page.goto("/en/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12");
    await hydrated();
    await page.getByRole("button", { name: /Add a facility/ }).click();
    const row = page.getByRole("group", { name: "Facility 1" });
    await row.getByLabel("Where is it?").selectOption({ label: "Shenzhen" });
    await row.getByLabel("How does the company hold it?").selectOption({ label: "Leased" });
    await expect(page).toHaveURL(/tenure=leased/);
    await page.reload();
    await expect(row.getByLabel("Where is it?")).toHaveValue("shenzhen");
    await expect(row.getByLabel("How does the company hold it?")).toHaveValue("leased");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a refused answer follows the user into the other language", async ({ page }) => {
      await page.goto("/en/plan/share?v=1&o=o");
      await page.getByRole("textbox", { name: /total foreign share/ }).fill("forty");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert")).toContainText("There is a problem");
      await page.getByRole("link", { name: /中文/ }).click();
      await expect(page).toHaveURL(/\/zh\/plan\/share\?/);
      await expect(page.getByRole("textbox", { name: /外资股比/ })).toHaveValue("forty");
      // Still in error, now in Chinese, and still not submitted.
      await expect(page.getByRole("alert")).toContainText("存在问题");
      await expect(page.getByRole("textbox", { name: /外资股比/ })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await page.getByRole("link", { name: /演示模式/ }).click();
      await expect(page.getByRole("alert")).toContainText("存在问题");
      await expect(page.getByRole("textbox", { name: /外资股比/ })).toHaveValue("forty");
    });
  });
});
