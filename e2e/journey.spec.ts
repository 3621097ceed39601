import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";
import { watchHydration } from "./hydration";
import {
  cdnLeasingOutsideShenzhen,
  chooseOrigin,
  chooseRegistration,
  chooseServices,
  enterShare,
  listFacilities,
  next,
  seeResult,
  startPlan,
} from "./journey";

const CDN_FINDING = /One CDN node, leased elsewhere in mainland China, is outside Shenzhen/;
const CDN_REMEDY =
  /Move the facility of your content delivery network \(B12\) leased elsewhere in mainland China to Shenzhen/;

test("a wholly foreign-owned IDC in Beijing ends permitted with conditions", async ({ page }) => {
  await startPlan(page);
  await chooseOrigin(page, "Another country or region");
  await enterShare(page, "100");
  await chooseRegistration(page, "Beijing");
  await chooseServices(page, ["Internet data centre, including cloud (B11)"]);
  await listFacilities(page, [["Beijing", "Owned"]]);
  await seeResult(page);
  await expect(page.getByText("Permitted with conditions").first()).toBeVisible();
  await expect(page.getByText(/MIIT’s pilot approval/).first()).toBeVisible();
  await expect(page.getByText("Not permitted")).toHaveCount(0);
});

test("a CDN leasing a node outside Shenzhen ends not permitted, with the CDN rule explained and a remedy", async ({
  page,
}) => {
  await cdnLeasingOutsideShenzhen(page);
  await expect(page.getByText("Not permitted").first()).toBeVisible();
  await expect(page.getByText(CDN_FINDING)).toBeVisible();
  await expect(page.getByText(CDN_REMEDY).first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same CDN journey reaches the same result", async ({ page }) => {
    await cdnLeasingOutsideShenzhen(page);
    await expect(page.getByText("Not permitted").first()).toBeVisible();
    await expect(page.getByText(CDN_FINDING)).toBeVisible();
    await expect(page.getByText(CDN_REMEDY).first()).toBeVisible();
  });

  test("a wrong answer is explained on the page, with a 400, and keeps what was entered", async ({
    page,
  }) => {
    await startPlan(page);
    await chooseOrigin(page, "Hong Kong");
    await page.getByRole("textbox", { name: /total foreign share/ }).fill("150");
    const [response] = await Promise.all([page.waitForResponse(/submitted=1/), next(page)]);
    expect(response.status()).toBe(400);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter a foreign share from 0 to 100.",
    );
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("150");
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(page).toHaveTitle(/^Error: /);
    await enterShare(page, "４９．５％");
    await expect(page).toHaveURL(/\/en\/plan\/registration\?v=1&o=h&p=49\.5$/);
  });
});

test("with JavaScript, a wrong answer is caught before leaving the page and focus moves to the summary", async ({
  page,
}) => {
  // Before hydration the form is the server's, and the server would answer it (with a 400).
  const hydrated = await watchHydration(page);
  await startPlan(page);
  await hydrated();
  await next(page);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Select where the foreign investor is established");
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/en\/plan\/origin\?v=1$/);
});

/**
 * The facilities editor with an empty row waiting: "Add a facility" adds another, and
 * "Continue" names what each row lacks. The same with and without JavaScript.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`the facilities editor ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("adds a row each time and does not drop an empty one on Continue", async ({ page }) => {
      await page.goto("/en/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12");
      const add = page.getByRole("button", { name: "Add a facility" });
      await add.click();
      await expect(page.getByRole("group", { name: "Facility 1" })).toBeVisible();
      await add.click();
      await expect(page.getByRole("group", { name: "Facility 2" })).toBeVisible();
      const first = page.getByRole("group", { name: "Facility 1" });
      await first.getByLabel("Where is it?").selectOption({ label: "Shenzhen" });
      await first.getByLabel("How does the company hold it?").selectOption({ label: "Owned" });
      await next(page);
      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary).toBeVisible();
      expect(await summary.getByRole("listitem").allTextContents()).toEqual([
        "Facility 2: Choose where this facility is.",
        "Facility 2: Choose whether this facility is owned, leased or held in another way.",
      ]);
      await expect(page).toHaveURL(/\/en\/plan\/facilities-B12\?/);
      await expect(first.getByLabel("Where is it?")).toHaveValue("shenzhen");
    });
  });
}

test("refresh and back mid-journey lose nothing", async ({ page }) => {
  await startPlan(page);
  await chooseOrigin(page, "Macao");
  await enterShare(page, "49.99");
  await expect(page).toHaveURL(/\/plan\/registration\?/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Where is the operating company registered",
  );
  await page.goBack();
  await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49.99");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByLabel("Macao", { exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49.99");
  await page.goForward();
  await expect(page.getByLabel("Macao", { exact: true })).toBeChecked();
});

test("the first question's back link keeps the plan: the start page's Start button takes it on", async ({
  page,
}) => {
  await page.goto("/en/plan/origin?v=1&o=m&p=49.99&r=b&s=22");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/VATS|value-added/i);
  // The start page now holds the answers: kept out of indexes and caches as the steps are.
  const response = await page.reload();
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await page.getByRole("link", { name: "Start now" }).click();
  await expect(page.getByLabel("Macao", { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49.99");
});

test("a Change link on Check your answers goes to the question and comes back", async ({
  page,
}) => {
  await startPlan(page);
  await chooseOrigin(page, "Another country or region");
  await enterShare(page, "30");
  await chooseRegistration(page, "Elsewhere in mainland China");
  await chooseServices(page, ["Call centre (B24)"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("link", { name: /Change.*total foreign share/i }).click();
  await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("30");
  await enterShare(page, "100");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.getByText("100%")).toBeVisible();
});

test("a B22-only plan is done in five questions or fewer and asks nothing about facilities or internet access", async ({
  page,
}) => {
  const questions: string[] = [];
  page.on("framenavigated", (frame) => {
    const match = /\/plan\/([^?]+)/.exec(frame.url());
    if (
      frame === page.mainFrame() &&
      match?.[1] &&
      match[1] !== "check" &&
      questions.at(-1) !== match[1]
    ) {
      questions.push(match[1]);
    }
  });
  await startPlan(page);
  await chooseOrigin(page, "Another country or region");
  await enterShare(page, "100");
  await chooseRegistration(page, "Not decided yet");
  await chooseServices(page, ["Domestic multi-party communication (B22)"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  expect(questions).toEqual(["origin", "share", "registration", "services"]);
  await seeResult(page);
  await expect(page.getByText("Permitted").first()).toBeVisible();
});

test("the progress keeps one total from the first question to the facilities, and names what a plan does not need", async ({
  page,
}) => {
  const progress = page.getByRole("navigation", { name: "Progress" });
  const section = progress.getByText(/^Section \d of \d/);
  await startPlan(page);
  await expect(section).toHaveText("Section 1 of 5: Investor");
  await chooseOrigin(page, "Another country or region");
  await expect(page).toHaveURL(/\/plan\/share\?/);
  await expect(section).toHaveText("Section 1 of 5: Investor");
  await enterShare(page, "100");
  await expect(section).toHaveText("Section 2 of 5: Company");
  await chooseRegistration(page, "Shenzhen");
  await expect(section).toHaveText("Section 3 of 5: Services");
  await chooseServices(page, ["Content delivery network (B12)"]);
  await expect(section).toHaveText("Section 4 of 5: Facilities");
  // A CDN is asked nothing about internet access, and the list says so.
  await expect(progress.getByRole("listitem").last()).toHaveText(
    "5. Internet access (not needed for this plan)",
  );
});

test("a step opened ahead of its turn sends the user to the first unanswered question", async ({
  page,
}) => {
  await page.goto("/en/plan/services?v=1&o=o");
  await expect(page).toHaveURL(/\/en\/plan\/share\?v=1&o=o$/);
  // A result link too short for a plan: the question says why the reader is there.
  await page.goto("/en/result?v=1&o=o&p=100");
  await expect(page).toHaveURL(/\/en\/plan\/registration\?v=1&o=o&p=100&cut=1$/);
  await expect(page.getByRole("region", { name: "This link is incomplete" })).toBeVisible();
});

test("a damaged share link gives the 400 page with a way to start again", async ({ page }) => {
  const response = await page.goto("/en/result?v=1&o=o&p=100&r=z&s=12&f12=zq");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("link", { name: /start again/i }).first()).toBeVisible();
});

test("a share link with one damaged answer keeps the others while that question is asked again", async ({
  page,
}) => {
  // A CDN in Shenzhen, its share changed by hand to 149.
  const response = await page.goto(
    `/en/result?v=1&o=o&p=149&r=z&s=12&f12=zo&rv=${RULES_VERSION}&d=c`,
  );
  expect(response?.status()).toBe(400);
  await expect(page.getByText("one of its answers cannot be read")).toBeVisible();
  await page
    .getByRole("link", { name: "Answer the damaged question again, with the other answers kept" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "What will the total foreign share in the company be?",
  );
  await expect(
    page.getByRole("region", { name: "An answer in the link was damaged" }),
  ).toBeVisible();
  await enterShare(page, "100");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page).toHaveURL(/\/en\/plan\/check\?v=1&o=o&p=100&r=z&s=12&f12=zo(&|$)/);

  // In a comparison, the same, and back into the comparison.
  const plan = new URLSearchParams();
  plan.append("plan", `v=1&o=o&p=100&r=z&s=12&f12=zo&rv=${RULES_VERSION}&d=c`);
  plan.append("plan", `v=1&o=o&p=100&r=z&s=12&f12=zq&rv=${RULES_VERSION}&d=c`);
  expect((await page.goto(`/en/compare?${plan}`))?.status()).toBe(400);
  await page
    .getByRole("link", {
      name: "Answer the damaged question of Plan B again, then go back to the comparison",
    })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Where are the facilities of the content delivery network (B12)?",
  );
  await listFacilities(page, [["Shenzhen", "Owned"]]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("link", { name: "Back to the comparison" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
});

test("a share link whose services or verdict check are damaged says what of it can still be used", async ({
  page,
}) => {
  // A code no service has: the services are asked again, whatever the digest said.
  expect(
    (
      await page.goto(`/en/result?v=1&o=o&p=100&r=z&s=12.99&f12=zo&rv=${RULES_VERSION}&d=c`)
    )?.status(),
  ).toBe(400);
  await page
    .getByRole("link", { name: "Answer the damaged question again, with the other answers kept" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("services");
  await expect(
    page.getByRole("region", { name: "An answer in the link was damaged" }),
  ).toBeVisible();

  // A damaged verdict check, every answer whole: nothing to answer again, only to check.
  expect(
    (await page.goto(`/en/result?v=1&o=o&p=100&r=z&s=12&f12=zo&rv=${RULES_VERSION}&d=q`))?.status(),
  ).toBe(400);
  await expect(page.getByText("every answer it carries can still be read")).toBeVisible();
  await expect(page.getByText("answer that question again")).toHaveCount(0);
  await page
    .getByRole("link", { name: "Check the answers it carries and see their result" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
});

test.describe("without JavaScript, browser Back", () => {
  test.use({ javaScriptEnabled: false });

  test("returns to the previous question with its answer", async ({ page }) => {
    await startPlan(page);
    await chooseOrigin(page, "Taiwan");
    await enterShare(page, "12.5");
    await expect(page).toHaveURL(/\/plan\/registration\?/);
    await page.goBack();
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("12.5");
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page.getByLabel("Taiwan", { exact: true })).toBeChecked();
  });
});
