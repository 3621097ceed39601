import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import jsQR from "jsqr";
import { PNG } from "pngjs";

import { RULES_VERSION } from "../lib/rules/version";

import { expectNoAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";

/** The API.md example: CDN not permitted (node leased in Guangdong), app store with conditions. */
const EXAMPLE = "v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&f25=hl&g25=n";
/** A wholly foreign-owned IDC in Beijing, and the same as a 49% company elsewhere. */
const IDC_BEIJING = `v=1&o=o&p=100&r=b&s=11&f11=bo&rv=${RULES_VERSION}&d=c`;
const IDC_ELSEWHERE_49 = `v=1&o=o&p=49&r=m&s=11&f11=mo&rv=${RULES_VERSION}&d=n`;
/** A wholly foreign-owned CDN in Shenzhen, its one node owned in Shenzhen or elsewhere. */
const CDN_SHENZHEN = `v=1&o=o&p=100&r=z&s=12&f12=zo&rv=${RULES_VERSION}&d=c`;
const CDN_ELSEWHERE = `v=1&o=o&p=100&r=z&s=12&f12=mo&rv=${RULES_VERSION}&d=n`;

function compareUrl(...plans: string[]): string {
  const query = new URLSearchParams();
  for (const plan of plans) query.append("plan", plan);
  return `/en/compare?${query}`;
}

test.describe("comparing plans", () => {
  test("shows each plan's verdict per service and marks the rules that differ", async ({
    page,
  }) => {
    const response = await page.goto(compareUrl(IDC_BEIJING, IDC_ELSEWHERE_49));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    const table = page.getByRole("table", { name: "The plans side by side" });
    await expect(table.getByRole("columnheader", { name: "Plan A" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Plan B" })).toBeVisible();
    const idc = table.getByRole("row", { name: /Internet data centre/ });
    await expect(idc.getByText("Permitted with conditions")).toBeVisible();
    await expect(idc.getByText("Not permitted")).toBeVisible();
    await expect(idc.getByText("Differs between the plans")).toBeVisible();
    await expect(
      idc.locator("mark", { hasText: "Registration in a pilot area" }).first(),
    ).toBeVisible();
  });

  test("two plans that differ only in where a facility is: each card names it, the whole plan is marked, badges stay legible", async ({
    page,
  }) => {
    await page.goto(compareUrl(CDN_SHENZHEN, CDN_ELSEWHERE));
    const card = (name: string) =>
      page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    const places: Array<[string, string]> = [
      ["Plan A", "Shenzhen, owned"],
      ["Plan B", "Elsewhere in mainland China, owned"],
    ];
    for (const [name, place] of places) {
      await expect(card(name)).toContainText("Where its answers differ from the other plan:");
      await expect(card(name).getByRole("term")).toHaveText(
        "Facilities of the content delivery network (B12)",
      );
      await expect(card(name).getByRole("definition")).toHaveText(place);
    }
    const table = page.getByRole("table", { name: "The plans side by side" });
    const whole = table.getByRole("row", { name: /Whole plan/ });
    await expect(whole.getByText("Differs between the plans")).toBeVisible();
    // In the result page's words: its label, then its value.
    await expect(whole.getByRole("term").last()).toHaveText("Maximum for the company, as planned");
    await expect(whole.getByRole("definition").last()).toHaveText("No foreign shareholding");
    await expectNoAxeViolations(page);
  });

  test("a plan and its unchanged copy say they have the same answers", async ({ page }) => {
    await page.goto(compareUrl(CDN_SHENZHEN, CDN_SHENZHEN));
    await expect(
      page.getByText("The same answers as the other plan: change one of them to compare."),
    ).toHaveCount(2);
    const whole = page.getByRole("table").getByRole("row", { name: /Whole plan/ });
    await expect(whole.getByText("Differs between the plans")).toHaveCount(0);
  });

  test("its link round-trips: the share link reopens the same comparison", async ({ page }) => {
    await page.goto(compareUrl(IDC_BEIJING, IDC_ELSEWHERE_49));
    const share = await page
      .getByRole("link", { name: "Link to this comparison" })
      .getAttribute("href");
    expect(share).toMatch(/^\/compare\?plan=/);
    await page.goto(share ?? "");
    await expect(page).toHaveURL(/\/en\/compare\?plan=/);
    const plans = new URL(page.url()).searchParams.getAll("plan");
    expect(plans).toEqual([IDC_BEIJING, IDC_ELSEWHERE_49]);
  });

  test("starts from a result, and a variant changed in the wizard comes back into it", async ({
    page,
  }) => {
    await page.goto(`/en/result?${IDC_BEIJING}`);
    await page
      .getByRole("navigation", { name: "What you can do with this result" })
      .getByRole("link", { name: "Compare with a variant" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    await page.getByRole("link", { name: "Change Plan B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    // Which plan of the comparison these answers are, not "before you see the result".
    await expect(
      page.getByText("These are the answers of Plan B in your comparison."),
    ).toBeVisible();
    await page.getByRole("link", { name: /Change.*total foreign share/i }).click();
    await page.getByRole("textbox", { name: /total foreign share/ }).fill("49");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await expect(page.getByText(/answers of Plan B in your comparison/)).toBeVisible();
    await page.getByRole("link", { name: "Back to the comparison" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    const plans = new URL(page.url()).searchParams.getAll("plan");
    expect(plans[0]).toBe(IDC_BEIJING);
    expect(plans[1]).toContain("p=49&");
  });

  test("starts from a remedy: the plan as it stands beside the plan with the change", async ({
    page,
  }) => {
    await page.goto(`/en/result?${CDN_ELSEWHERE}`);
    await page
      .getByRole("region", { name: "What would change the result" })
      .getByRole("link", { name: /^Compare it with the plan as it stands: Move/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    // The node moved into Shenzhen: the change, and nothing else, sets the plans apart.
    expect(new URL(page.url()).searchParams.getAll("plan")).toEqual([CDN_ELSEWHERE, CDN_SHENZHEN]);
  });

  test("a damaged comparison answers 400", async ({ page }) => {
    const response = await page.goto(compareUrl(IDC_BEIJING, "v=1&o=zz"));
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This comparison cannot be opened",
    );
  });
});

test.describe("the printed memo", () => {
  test("is an A4 PDF with the verdict, every citation's address in full, the link and a QR code of it", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    const citationUrls = await page
      .locator("main a[target=_blank]")
      .evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).href))]);
    expect(citationUrls.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "memo-"));
    const pdfPath = join(dir, "memo.pdf");
    writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
    const text = execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      "",
    );
    expect(text).toContain("Thisplanisnotpermitted".slice(0, 8));
    expect(text).toContain("Notpermitted");
    for (const url of citationUrls) expect(text).toContain(url.replace(/\s+/g, ""));
    const link = `${baseURL}/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`;
    expect(text).toContain(link);
    // Every page of the memo as an image; one of them carries the QR code of the link.
    execFileSync("pdftoppm", ["-r", "110", "-png", pdfPath, join(dir, "page")]);
    const decoded = readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .map((f) => PNG.sync.read(readFileSync(join(dir, f))))
      .map((png) => jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data)
      .filter(Boolean);
    expect(decoded).toContain(link);
  });

  test("is a memo of five A4 pages at most: answers first, each address once, no screen-only words", async ({
    page,
  }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    const dir = mkdtempSync(join(tmpdir(), "memo-"));
    const pdfPath = join(dir, "memo.pdf");
    writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
    const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }));
    expect(Number(pages?.[1])).toBeLessThanOrEqual(5);
    const text = execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" });
    const flat = text.replace(/\s+/g, "");
    const count = (needle: string) => flat.split(needle.replace(/\s+/g, "")).length - 1;

    // Screen-only words and links that lead nowhere on paper.
    expect(text).not.toContain("opens in a new tab");
    expect(text).not.toContain("See the result with this change");
    expect(text).not.toMatch(/^Change$/m);
    expect(text).not.toContain("Copy link");
    // Each official text's address once per source (in the list of sources), not after every
    // finding; the disclaimer and rules version once.
    const inSources = await page
      .getByRole("region", { name: "Sources" })
      .locator("a[target=_blank]")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(inSources.length).toBeGreaterThan(0);
    for (const url of new Set(inSources))
      expect(count(url), url).toBe(inSources.filter((u) => u === url).length);
    expect(count("not legal advice")).toBe(1);
    expect(count(`Rules version ${RULES_VERSION}`)).toBe(1);
    // The answers come right after the verdict, before the findings.
    const answers = flat.indexOf("Youranswers");
    expect(answers).toBeGreaterThan(flat.indexOf("Thisplanisnotpermitted"));
    expect(answers).toBeLessThan(flat.indexOf("Whatstopsit"));
  });

  test("prints the share link in full as a link, so a PDF viewer opens it", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    const link = `${baseURL}/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`;
    await page.emulateMedia({ media: "print" });
    const printed = page.getByRole("region", { name: "Share this result" }).getByRole("link", {
      name: link,
      exact: true,
    });
    await expect(printed).toBeVisible();
    await expect(printed).toHaveAttribute("href", link);
    // In the PDF: the whole address, once, and a link annotation that opens it.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), "memo-"));
    const pdfPath = join(dir, "memo.pdf");
    writeFileSync(pdfPath, pdf);
    const text = execFileSync("pdftotext", ["-raw", pdfPath, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      "",
    );
    expect(text.split(link).length - 1).toBe(1);
    expect(pdf.toString("latin1")).toContain(`/URI (${link})`);
  });

  test("shows the QR code on screen too, for a phone to scan", async ({ page }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    await expect(page.getByRole("img", { name: "QR code of the link to this page" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  });
});

test.describe("presenter mode", () => {
  test("survives navigation, shows rule IDs and the steps, and stays out of the copied link", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/en");
    await page.getByRole("link", { name: "Presenter mode" }).click();
    await expect(page.locator("html")).toHaveClass(/presenter/);
    await page.getByRole("link", { name: /Start/ }).first().click();
    await expect(page).toHaveURL(/\/en\/plan\/origin\?v=1&present=1/);
    await expect(page.getByRole("navigation", { name: "Questions in this plan" })).toBeVisible();
    await page.getByLabel("Another country or region", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/present=1/);
    await expect(page.locator("html")).toHaveClass(/presenter/);
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc&present=1`);
    await expect(page.locator("code", { hasText: "PILOT-CDN-LOCAL-NODES" }).first()).toBeVisible();
    await page.getByRole("button", { name: "Copy link" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    expect(copied).not.toContain("present");
    await page.getByRole("link", { name: "Leave presenter mode" }).click();
    await expect(page.locator("html")).not.toHaveClass(/presenter/);
    await expect(page.locator("code", { hasText: "PILOT-CDN-LOCAL-NODES" })).toHaveCount(0);
  });
});

test.describe("presenter mode on a projector", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("shows the question being asked, and what would change a result, without scrolling past the list of questions", async ({
    page,
  }) => {
    // Five services, fourteen questions: the list is longer than the screen is high.
    const plan =
      "v=1&o=h&p=60&r=s&s=11.12.14.21.25&f11=so&f12=sl&f14=so&g14=a&i14=b&t21=ed&f21=xl&t25=ps&c25=-&f25=-&present=1";
    await page.goto(`/en/plan/share?${plan}`);
    const questions = page.getByRole("navigation", { name: "Questions in this plan" });
    await expect(questions.getByRole("listitem")).toHaveCount(14);
    await expect(questions).toBeInViewport();
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expect(page.getByRole("textbox", { name: /total foreign share/ })).toBeInViewport();
    await expect(page.getByRole("button", { name: "Continue" })).toBeInViewport();
    await page.goto(`/en/plan/facilities-B21?${plan}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
    await expect(page.getByRole("group", { name: "Facility 1" })).toBeInViewport();

    // On a result the list follows the remedies and the services, beside the answers.
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc&present=1`);
    const remedies = await page
      .getByRole("heading", { name: "What would change the result" })
      .boundingBox();
    const list = await page
      .getByRole("navigation", { name: "Questions in this plan" })
      .boundingBox();
    const answers = await page.getByRole("heading", { name: "Your answers" }).boundingBox();
    expect(remedies!.y).toBeLessThan(list!.y);
    expect(list!.y).toBeLessThan(answers!.y);
  });
});

test.describe("presenter mode on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("puts the verdict first, and a jump to one answer comes back to Check your answers", async ({
    page,
  }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc&present=1`);
    const verdict = page.getByRole("heading", { level: 1 });
    await expect(verdict).toHaveText("This plan is not permitted as it stands");
    await expect(verdict).toBeInViewport();
    const questions = page.getByRole("navigation", { name: "Questions in this plan" });
    await questions.getByRole("link", { name: "Total foreign share" }).click();
    await page.getByRole("textbox", { name: /total foreign share/ }).fill("49");
    await page.getByRole("button", { name: "Continue" }).click();
    // Straight back, not through the registration, services and facilities questions.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    await expect(page).toHaveURL(/present=1/);
    await expect(page.getByText("49%")).toBeVisible();
  });

  test("keeps each rule ID on one line and each comma after a source beside it, in Chinese", async ({
    page,
  }) => {
    await page.goto(`/zh/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc&present=1`);
    const ids = page.locator("code", { hasText: "SHARE-WITHIN-CAP" }).first();
    await expect(ids).toBeVisible();
    const lines = await page.locator("main code").evaluateAll((codes) =>
      codes.map((code) => {
        const range = document.createRange();
        range.selectNodeContents(code);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { id: code.textContent, lines: tops.size };
      }),
    );
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line, line.id ?? "").toMatchObject({ lines: 1 });

    // The text after a source's link (its provision, starting "，") starts on the link's line.
    const starts = await page.locator('main li:has(> a[href^="#source-"])').evaluateAll((items) =>
      items.flatMap((item) => {
        const link = item.querySelector("a") as HTMLAnchorElement;
        const text = link.nextSibling;
        // A source without a provision is followed by its official text's link, not text.
        if (text?.nodeType !== Node.TEXT_NODE || !text.textContent?.trim()) return [];
        const range = document.createRange();
        range.setStart(text as Node, 0);
        range.setEnd(text as Node, 1);
        const linkRects = link.getClientRects();
        return [
          {
            char: range.toString(),
            sameLine:
              Math.abs(
                (range.getClientRects()[0]?.top ?? 0) - (linkRects[linkRects.length - 1]?.top ?? 0),
              ) < 4,
          },
        ];
      }),
    );
    expect(starts.length).toBeGreaterThan(5);
    for (const start of starts) expect(start).toEqual({ char: "，", sameLine: true });
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });

  test("shows the whole of a long place in a facility's select, errors and all", async ({
    page,
  }) => {
    await page.goto(
      "/en/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12&present=1&facilities.0.location=shanghai&facilities.0.tenure=&submitted=1",
    );
    const select = page.getByLabel("Where is it?");
    await expect(select).toHaveValue("shanghai");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    const fit = await select.evaluate((element) => {
      const el = element as HTMLSelectElement;
      const style = getComputedStyle(el);
      const context = document.createElement("canvas").getContext("2d");
      if (!context) return { text: "", room: 0, width: Infinity };
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.selectedOptions[0]?.text ?? "";
      const room =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      return { text, room, width: context.measureText(text).width };
    });
    expect(fit.text).toMatch(/^Shanghai/);
    expect(fit.width, `“${fit.text}” in ${fit.room}px`).toBeLessThanOrEqual(fit.room);
  });
});

test.describe("a link made under older rules", () => {
  test("still opens, and names the services whose verdict changed and what changed since", async ({
    page,
  }) => {
    // Made under 2026.11.1, when (by its digest) the CDN was permitted: today it is not.
    const response = await page.goto(`/en/result?${EXAMPLE}&rv=2026.11.1&d=pc`);
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("region", {
      name: "The rules have changed since this link was made",
    });
    await expect(notice).toContainText(
      "content delivery network (B12): “Permitted” according to the link, “Not permitted” today",
    );
    await expect(notice).toContainText(`Version ${RULES_VERSION}`);
  });

  test("without a verdict digest, claims nothing of the verdicts but lists what changed", async ({
    page,
  }) => {
    // 2026.11.2, which begins no later version: a link ending in 2026.11.1 may be one of
    // 2026.11.10 to 2026.11.19 cut short, and opens as cut (ADR 0001 §8).
    await page.goto(`/en/result?${EXAMPLE}&rv=2026.11.2`);
    const notice = page.getByRole("region", {
      name: "The rules have changed since this link was made",
    });
    await expect(notice).toContainText(
      `This link was made under rules version 2026.11.2. The rules have changed since then (today’s version is ${RULES_VERSION})`,
    );
    await expect(notice).toContainText(`Version ${RULES_VERSION}`);
    await expect(page.getByText(/give the same verdicts/)).toHaveCount(0);
    await expect(notice).not.toContainText("the verdict is different for");
  });

  test("says so quietly when today's rules give the same verdicts", async ({ page }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=2026.11.1&d=nc`);
    await expect(
      page.getByText(
        /This link was made under rules version 2026\.11\.1\. Today’s rules .* give the same verdicts\./,
      ),
    ).toBeVisible();
  });
});

test.describe("link previews", () => {
  test("show the product and the verdict only, with an absolute image address", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(`/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toBe(`${baseURL}/og/en-not-permitted.png`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      "VATS Pilot Check: Not permitted",
    );
    const description =
      (await page.locator('meta[property="og:description"]').getAttribute("content")) ?? "";
    expect(description).not.toMatch(/Hainan|B12|100%/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    const png = await request.get("/og/zh-permitted-with-conditions.png");
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
  });
});

test.describe("link previews of pages about no single plan", () => {
  async function preview(page: import("@playwright/test").Page) {
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    return {
      title: (await meta('meta[property="og:title"]')) ?? "",
      description: (await meta('meta[property="og:description"]')) ?? "",
      image: (await meta('meta[property="og:image"]')) ?? "",
      alt: (await meta('meta[property="og:image:alt"]')) ?? "",
      twitterImage: (await meta('meta[name="twitter:image"]')) ?? "",
      twitterCard: (await meta('meta[name="twitter:card"]')) ?? "",
    };
  }

  test("the start page shows the product, with the neutral image at an absolute address", async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto("/en");
    expect(await preview(page)).toMatchObject({
      title: "VATS Pilot Check",
      image: `${baseURL}/og/en-product.png`,
      twitterImage: `${baseURL}/og/en-product.png`,
      twitterCard: "summary_large_image",
    });
    await page.goto("/zh");
    expect(await preview(page)).toMatchObject({
      title: "增值电信开放试点自查",
      image: `${baseURL}/og/zh-product.png`,
    });
    for (const locale of ["en", "zh"]) {
      const png = await request.get(`/og/${locale}-product.png`);
      expect(png.status()).toBe(200);
      expect(png.headers()["content-type"]).toBe("image/png");
    }
  });

  test("a comparison names the product and no plan's details or verdict", async ({
    page,
    baseURL,
  }) => {
    await page.goto(compareUrl(IDC_BEIJING, IDC_ELSEWHERE_49));
    const shown = await preview(page);
    expect(shown).toMatchObject({
      title: "VATS Pilot Check: plans compared",
      image: `${baseURL}/og/en-product.png`,
      twitterImage: `${baseURL}/og/en-product.png`,
    });
    const all = Object.values(shown).join(" ");
    expect(all).not.toMatch(/Beijing|Internet data cent|B11|49%|100%|[Pp]ermitted/);
  });

  test("a Chinese result's preview title uses the Chinese colon", async ({ page }) => {
    await page.goto(`/zh/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc`);
    expect((await preview(page)).title).toBe("增值电信开放试点自查：不允许");
  });
});

test.describe("accessibility of the advisors' pages", () => {
  const pages: Array<[string, string]> = [
    ["the comparison", compareUrl(IDC_BEIJING, IDC_ELSEWHERE_49)],
    ["a result in presenter mode", `/en/result?${EXAMPLE}&rv=${RULES_VERSION}&d=nc&present=1`],
    ["an old link's notice", `/en/result?${EXAMPLE}&rv=2026.11.1&d=pc`],
    ["a question in presenter mode", "/en/plan/share?v=1&o=o&present=1"],
  ];
  for (const [name, url] of pages) {
    test(`axe finds nothing on ${name}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});
