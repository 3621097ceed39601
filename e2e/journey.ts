import type { Page } from "@playwright/test";

import { expect } from "./fixtures";

/** Steps of the wizard as a user takes them, by the labels they read. */
export async function startPlan(page: Page) {
  await page.goto("/en/plan/origin?v=1");
}

export async function next(page: Page) {
  await page.getByRole("button", { name: "Continue" }).click();
}

export async function chooseOrigin(page: Page, label: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Where is the foreign investor established?",
  );
  await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

export async function enterShare(page: Page, share: string) {
  await page.getByRole("textbox", { name: /total foreign share/ }).fill(share);
  await next(page);
}

export async function chooseRegistration(page: Page, label: string) {
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Where is the operating company registered",
  );
  await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

export async function chooseServices(page: Page, labels: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Which value-added telecoms services",
  );
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

/** Adds facilities as the user would, with or without JavaScript (the "Add" button works both ways). */
export async function listFacilities(
  page: Page,
  facilities: Array<[location: string, tenure: string]>,
) {
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Where are the facilities");
  for (const [index, [location, tenure]] of facilities.entries()) {
    await page.getByRole("button", { name: /Add a facility/ }).click();
    const row = page.getByRole("group", { name: `Facility ${index + 1}` });
    await row.getByLabel("Where is it?").selectOption({ label: location });
    await row.getByLabel("How does the company hold it?").selectOption({ label: tenure });
  }
  await next(page);
}

export async function seeResult(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("link", { name: "See the result" }).click();
  await expect(page).toHaveURL(/\/en\/result\?v=1&/);
}

/** Wholly foreign-owned CDN registered in Shenzhen, one node owned there and one leased elsewhere. */
export async function cdnLeasingOutsideShenzhen(page: Page) {
  await startPlan(page);
  await chooseOrigin(page, "Another country or region");
  await enterShare(page, "100");
  await chooseRegistration(page, "Shenzhen");
  await chooseServices(page, ["Content delivery network (B12)"]);
  await listFacilities(page, [
    ["Shenzhen", "Owned"],
    ["Elsewhere in mainland China", "Leased"],
  ]);
  await seeResult(page);
}
