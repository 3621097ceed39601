import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";
import { listFacilities } from "./journey";

/** A wholly foreign-owned CDN in Shenzhen, its one node owned in Shenzhen or elsewhere. */
const CDN_SHENZHEN = `v=1&o=o&p=100&r=z&s=12&f12=zo&rv=${RULES_VERSION}&d=c`;
const CDN_ELSEWHERE = `v=1&o=o&p=100&r=z&s=12&f12=mo&rv=${RULES_VERSION}&d=n`;
/** A wholly foreign-owned IDC in Beijing, and the same as a 49% company elsewhere. */
const IDC_BEIJING = `v=1&o=o&p=100&r=b&s=11&f11=bo&rv=${RULES_VERSION}&d=c`;
const IDC_ELSEWHERE_49 = `v=1&o=o&p=49&r=m&s=11&f11=mo&rv=${RULES_VERSION}&d=n`;
/** Made under rules 2026.11.1, when (by its digest) both its services were permitted with conditions. */
const OLD_IDC_EDI = "v=1&o=o&p=100&r=u&s=11.21&f11=bo&t21=d&f21=so&rv=2026.11.1&d=cc";
/** Processing in Shenzhen with a facility owned there, at 100% and at 49.5%. */
const EDI_SHENZHEN = "v=1&o=o&p=100&r=z&s=21&t21=d&f21=zo";
const EDI_SHENZHEN_49_5 = "v=1&o=o&p=49.5&r=z&s=21&t21=d&f21=zo";

function compareUrl(plans: string[], extra = "", locale = "en"): string {
  const query = new URLSearchParams();
  for (const plan of plans) query.append("plan", plan);
  return `/${locale}/compare?${query}${extra}`;
}

/** The page printed to an A4 PDF, as pdftotext reads it. */
async function printedText(page: Page): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "comparison-"));
  const pdfPath = join(dir, "comparison.pdf");
  writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
  return execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" });
}

/** The official texts a page links to, each once. */
async function officialTexts(page: Page): Promise<string[]> {
  return page
    .locator("main a[target=_blank]")
    .evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).href))]);
}

test.describe("the printed comparison", () => {
  test("is a memo: each plan's answers, remedies and findings, every address its results cite in full, the scope and the disclaimer once", async ({
    page,
  }) => {
    // What each plan's own result cites and proposes: the memo must carry all of it.
    const cited = new Set<string>();
    for (const plan of [CDN_SHENZHEN, CDN_ELSEWHERE]) {
      await page.goto(`/en/result?${plan}`);
      for (const url of await officialTexts(page)) cited.add(url);
    }
    const remedy = await page
      .getByRole("region", { name: "What would change the result" })
      .getByRole("listitem")
      .first()
      .locator("p")
      .nth(1)
      .innerText();
    expect(cited.size).toBeGreaterThan(0);

    await page.goto(compareUrl([CDN_SHENZHEN, CDN_ELSEWHERE]));
    const text = await printedText(page);
    const flat = text.replace(/\s+/g, "");
    const count = (needle: string) => flat.split(needle.replace(/\s+/g, "")).length - 1;

    for (const url of cited) expect(flat, url).toContain(url.replace(/\s+/g, ""));
    expect(flat).toContain("PlanAinfull");
    expect(flat).toContain("PlanBinfull");
    // Each plan's full answers, not only those that differ.
    expect(count("TheanswersofPlanA")).toBeGreaterThanOrEqual(1);
    expect(count("Foreigninvestorestablishedin")).toBe(2);
    expect(flat).toContain("Whatwouldchangetheresult");
    expect(flat).toContain(remedy.replace(/\s+/g, ""));
    expect(flat).toContain("Whatstopsit");
    expect(flat).toContain("Whatthisassessmentdoesnotcover");
    expect(flat).toContain("basictelecommunicationsservices");
    expect(count("This is not legal advice")).toBe(1);
    expect(count(`Rules version ${RULES_VERSION}`)).toBe(1);
    // The memo's title once, in its header: not again as a heading under it.
    expect(count("Compare plans")).toBe(1);
    // Nothing that only works on a screen.
    expect(text).not.toMatch(/^Change$/m);
    expect(text).not.toContain("See the result with this change");
    expect(text).not.toContain("Open the result of");
  });
});

test.describe("the printed comparison's table", () => {
  test("starts on the page its caption is printed on, not a page after it", async ({ page }) => {
    // Three plans whose cards, one with a notice, end low on the first page.
    const appStore = "v=1&o=o&p=100&r=b&s=11.25&f11=bo&t25=p&c25=m&f25=bl";
    const plans = [
      `${appStore}&rv=${RULES_VERSION}&d=cn`,
      appStore.replace("p=100", "p=50"),
      `v=1&o=o&p=100&r=z&s=12&f12=zoml&rv=${RULES_VERSION}&d=n`,
    ];
    await page.goto(compareUrl(plans));
    const dir = mkdtempSync(join(tmpdir(), "comparison-"));
    const pdfPath = join(dir, "comparison.pdf");
    writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }))?.[1],
    );
    const onPage = (n: number) =>
      execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-raw", pdfPath, "-"], {
        encoding: "utf8",
      });
    const captioned = Array.from({ length: pages }, (_, i) => onPage(i + 1)).filter((text) =>
      text.includes("The plans side by side"),
    );
    expect(captioned).toHaveLength(1);
    expect(captioned[0]).toContain("Whole plan");
  });
});

test.describe("a comparison in presenter mode", () => {
  test("stays in presenter mode through a plan's result link, and the header's, footer's and start page's links", async ({
    page,
  }) => {
    await page.goto(compareUrl([IDC_BEIJING, IDC_ELSEWHERE_49], "&present=1"));
    await expect(page.locator("html")).toHaveClass(/presenter/);
    // The table names the rules that differ by their IDs too, as a result does in this mode.
    const idc = page.getByRole("row").filter({ hasText: "Internet data centre" });
    await expect(idc.locator("code", { hasText: "SHARE-WITHIN-CAP" }).first()).toBeVisible();
    // The share link is for others: never in presenter mode.
    await expect(page.getByText(/^http.*\/compare\?plan=/)).not.toContainText("present");

    await page.getByRole("link", { name: "Open the result of Plan B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("not permitted");
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    await expect(page.locator("html")).toHaveClass(/presenter/);
    await expect(page.locator("code", { hasText: "SHARE-WITHIN-CAP" }).first()).toBeVisible();

    await page.getByRole("contentinfo").getByRole("link", { name: "The rules it applies" }).click();
    await expect(page).toHaveURL(/\/en\/rules\?present=1$/);
    await page.getByRole("contentinfo").getByRole("link", { name: "Start again" }).click();
    await expect(page).toHaveURL(/\/en\?present=1$/);
    await page.getByRole("link", { name: /^Every rule the check applies/ }).click();
    await expect(page).toHaveURL(/\/en\/rules\?present=1$/);
    await page.getByRole("banner").getByRole("link", { name: "VATS Pilot Check" }).click();
    await expect(page).toHaveURL(/\/en\?present=1$/);
    await expect(page.locator("html")).toHaveClass(/presenter/);
  });
});

test.describe("a comparison with a plan made under older rules", () => {
  test("tells, in that plan's card, which verdicts today's rules change and what changed", async ({
    page,
  }) => {
    const response = await page.goto(compareUrl([OLD_IDC_EDI, IDC_BEIJING]));
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("region", {
      name: "The rules have changed since this link was made",
    });
    await expect(notices).toHaveCount(1);
    const planA = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Plan A", exact: true }) });
    const notice = planA.getByRole("region", {
      name: "The rules have changed since this link was made",
    });
    await expect(notice).toContainText(
      "This link names rules version 2026.11.1 and the verdicts it gave then.",
    );
    // Since 2026.11.7 the IDC keeps the pilot in Beijing; the processing service in Shanghai cannot.
    await expect(notice).toContainText(
      "online data and transaction processing service (B21): “Permitted with conditions” according to the link, “Not permitted” today",
    );
    await expect(notice).not.toContainText("(B11): “");
    await expect(notice).toContainText(`Version ${RULES_VERSION}`);
  });

  test("tells, in that plan's card, that a plan's link lacks its ending and may have been cut short", async ({
    page,
  }) => {
    const response = await page.goto(compareUrl([IDC_BEIJING, EDI_SHENZHEN]));
    expect(response?.status()).toBe(200);
    const notices = page.getByRole("region", { name: "Check that this link is complete" });
    await expect(notices).toHaveCount(1);
    const planB = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Plan B", exact: true }) });
    await expect(
      planB.getByRole("region", { name: "Check that this link is complete" }),
    ).toContainText("This plan’s does not, so it may have been cut short");
  });
});

test.describe("a comparison link cut short inside its last plan", () => {
  // Cut between plan B's facility location and its tenure, as a chat app may cut it.
  const cut = compareUrl([IDC_BEIJING, "v=1&o=o&p=49&r=m&s=11&f11=m"]);

  test("cannot be opened (400), but still opens plan A and takes plan B's open question back into the comparison", async ({
    page,
  }) => {
    const response = await page.goto(cut);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This comparison cannot be opened",
    );
    await expect(page.getByText("The link of plan B is incomplete")).toBeVisible();
    await expect(page.getByRole("link", { name: "Open the result of Plan A" })).toHaveAttribute(
      "href",
      `/en/result?${IDC_BEIJING}`,
    );

    await page
      .getByRole("link", {
        name: "Answer the questions Plan B leaves open, then go back to the comparison",
      })
      .click();
    await listFacilities(page, [["Elsewhere in mainland China", "Owned"]]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await page.getByRole("link", { name: "Back to the comparison" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    await expect(page.getByRole("heading", { name: "Plan B", exact: true })).toBeVisible();
  });
});

test.describe("the comparison table", () => {
  test("marks a differing rule that is unsettled “Verify with counsel”, beside that rule, in the plan where it may matter", async ({
    page,
  }) => {
    await page.goto(compareUrl([IDC_BEIJING, IDC_ELSEWHERE_49]));
    const idc = page.getByRole("row").filter({ hasText: "Internet data centre" });
    const share = idc.getByRole("listitem").filter({ hasText: "Foreign share within the maximum" });
    await expect(share).toHaveCount(2);
    // How indirect holdings count cannot take a share above plan A's 100%, but may matter to
    // plan B's 49% against its 0%.
    await expect(share.nth(0)).not.toContainText("Verify with counsel");
    await expect(share.nth(1)).toContainText("Verify with counsel");
    // Not on a rule that is settled.
    await expect(
      idc
        .getByRole("listitem")
        .filter({ hasText: "Regulated like domestic operators" })
        .filter({ hasText: "Verify with counsel" }),
    ).toHaveCount(0);
  });

  test("does not call a question a difference when only one plan is asked it", async ({ page }) => {
    // Plan B's link still carries plan A's facility; at 49.5% it is not asked about it.
    await page.goto(compareUrl([EDI_SHENZHEN, EDI_SHENZHEN_49_5]));
    const planB = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Plan B", exact: true }) });
    await expect(planB).toContainText("Total foreign share");
    await expect(planB).not.toContainText("Facilities of");
    await expect(planB).not.toContainText("Not asked of this plan");
  });

  test("sends a plan to be changed without reading a question it was not asked as answered", async ({
    page,
  }) => {
    // Plan B at 49.5% was not asked about its facilities: raised above 50%, it must be.
    await page.goto(compareUrl([EDI_SHENZHEN, "v=1&o=o&p=49.5&r=z&s=21&t21=d&f21=-"]));
    const change = page.getByRole("link", { name: "Change Plan B" });
    const href = new URL((await change.getAttribute("href")) ?? "", page.url());
    expect(href.pathname).toBe("/en/plan/check");
    expect(href.searchParams.get("p")).toBe("49.5");
    expect(href.searchParams.has("f21")).toBe(false);
    // Plan A was asked, and keeps its answer.
    const changeA = page.getByRole("link", { name: "Change Plan A" });
    expect(
      new URL((await changeA.getAttribute("href")) ?? "", page.url()).searchParams.get("f21"),
    ).toBe("zo");
  });
});
