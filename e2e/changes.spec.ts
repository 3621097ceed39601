/**
 * Changing an answer from Check your answers: the way back when the change asks a new
 * question, and a result that uses exactly the answers the user can see.
 */
import type { Page } from "@playwright/test";

import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";
import { watchHydration } from "./hydration";
import { enterShare, next } from "./journey";

/** A B22-only plan, wholly foreign-owned, registered in Beijing: complete. */
const B22_CHECK = "/en/plan/check?v=1&o=o&p=100&r=b&s=22";

/**
 * B21 device data and B25 publishing at 100%, registered in Beijing, each with one owned
 * facility whose place is not decided yet: the result asks for them in Beijing.
 */
const UNDECIDED_FACILITIES =
  "/en/plan/check?v=1&o=o&p=100&r=b&s=21.25&t21=v&t25=p&c25=-&f21=uo&f25=uo";
const NO_LOCATION_YET = /has no location yet/;

async function open(page: Page, url: string, javaScriptEnabled: boolean) {
  const hydrated = javaScriptEnabled ? await watchHydration(page) : undefined;
  await page.goto(url);
  await hydrated?.();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a service added from Check your answers can be taken back: Back leads to the services question, not round to its facilities", async ({
      page,
    }) => {
      await open(page, B22_CHECK, javaScriptEnabled);
      await page.getByRole("link", { name: /Change.*services/i }).click();
      await page.getByLabel("Internet data centre, including cloud (B11)", { exact: true }).check();
      await next(page);
      await expect(page).toHaveURL(/\/en\/plan\/facilities-B11\?.*return=check/);

      // Check your answers would send the user straight back here, so Back does not go there.
      await expect(page.getByRole("link", { name: "Back to your answers" })).toHaveCount(0);
      await page.getByRole("link", { name: "Back", exact: true }).click();
      await expect(page).toHaveURL(/\/en\/plan\/services\?.*s=11\.22.*&return=check/);
      const hosting = page.getByLabel("Internet data centre, including cloud (B11)", {
        exact: true,
      });
      await expect(hosting).toBeChecked();

      // Taking the service back out returns to Check your answers.
      await hosting.uncheck();
      await next(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
      await expect(page).toHaveURL(/\/en\/plan\/check\?v=1&o=o&p=100&r=b&s=22$/);
    });

    test("answers to questions no longer asked are neither listed nor used, and come back when the change is undone", async ({
      page,
    }) => {
      await open(page, UNDECIDED_FACILITIES, javaScriptEnabled);
      const facilitiesRows = page.getByRole("term").filter({ hasText: /^Facilities of/ });
      await expect(facilitiesRows).toHaveCount(2);

      await page.getByRole("link", { name: /Change.*total foreign share/i }).click();
      await enterShare(page, "40");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
      await expect(page.getByText("40%")).toBeVisible();
      await expect(facilitiesRows).toHaveCount(0);

      // The link to the result carries no facility the check page did not list.
      const result = page.getByRole("link", { name: "See the result" });
      const href = new URL((await result.getAttribute("href")) ?? "", page.url());
      expect(href.searchParams.get("f21")).toBe("-");
      expect(href.searchParams.get("f25")).toBe("-");
      await result.click();
      await expect(page).toHaveURL(/\/en\/result\?/);
      await expect(page.getByText(NO_LOCATION_YET)).toHaveCount(0);
      await expect(page.getByRole("term").filter({ hasText: /^Facilities of/ })).toHaveCount(0);

      // The wizard kept them: back on Check your answers, restoring the share restores them.
      await page.goBack();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
      await page.getByRole("link", { name: /Change.*total foreign share/i }).click();
      await enterShare(page, "100");
      await expect(facilitiesRows).toHaveCount(2);
      await expect(
        page.getByRole("definition").filter({ hasText: "Not decided yet, owned" }),
      ).toHaveCount(2);
      await page.getByRole("link", { name: "See the result" }).click();
      await expect(page.getByText(NO_LOCATION_YET).first()).toBeVisible();
    });

    test("a plan made through the API with content on a service the wizard does not ask about keeps it, in view, through Check your answers", async ({
      page,
    }) => {
      // Device data at 30% that itself provides online audiovisual programmes: prohibited.
      await open(
        page,
        `/en/result?v=1&o=o&p=30&r=b&s=21&t21=v&c21=a&f21=-&rv=${RULES_VERSION}&d=n`,
        javaScriptEnabled,
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "This plan is not permitted as it stands",
      );
      await page
        .getByRole("navigation", { name: "Shortcuts" })
        .getByRole("link", { name: "Change your answers" })
        .click();
      const row = page.getByRole("term").filter({
        hasText:
          "Content the company itself provides through its online data and transaction processing service (B21)",
      });
      await expect(row).toBeVisible();
      await expect(page.getByText("Online audiovisual programmes")).toBeVisible();
      await page.getByRole("link", { name: "See the result" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "This plan is not permitted as it stands",
      );
      // Its question, in its own words, can take it away.
      await page
        .getByRole("navigation", { name: "Shortcuts" })
        .getByRole("link", { name: "Change your answers" })
        .click();
      await page
        .getByRole("link", { name: /Change.*content the company itself provides through/i })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Will the company itself provide any of these content services through its online data and transaction processing service (B21)?",
      );
      await page.getByLabel("Online audiovisual programmes", { exact: true }).uncheck();
      await page.getByLabel("None of these", { exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
      await expect(row).toHaveCount(0);
      await page.getByRole("link", { name: "See the result" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "This plan is permitted with a foreign share of 30%",
      );
    });

    test("from a result, raising the share so that a service's facilities count again asks for them, rather than reading the result's “none” as the answer", async ({
      page,
    }) => {
      // Device data at 50% in Beijing: within the nationwide maximum, so no facilities asked.
      await open(page, "/en/result?v=1&o=o&p=50&r=b&s=21&t21=v&f21=-", javaScriptEnabled);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("permitted");
      await page.getByRole("link", { name: /Change.*total foreign share/i }).click();
      await enterShare(page, "60");
      // Above 50% the pilot decides the service, and where its facilities are decides the pilot.
      await expect(page).toHaveURL(/\/en\/plan\/facilities-B21\?/);
      await expect(page).not.toHaveURL(/f21=/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("facilities");
    });
  });
}
