import type { APIRequestContext, ElementHandle, Locator, Page } from "@playwright/test";

import { smallControls, targets, tooSmall } from "./accessibility";
import { expect, test } from "./fixtures";
import { next } from "./journey";

/**
 * What axe cannot judge (e2e/accessibility.spec.ts runs axe on each kind of page): how the
 * pages reflow on a narrow screen and under a reader's text spacing, how they look in forced
 * colours, whether a keyboard alone gets through them with focus always in sight, and what a
 * screen reader hears out of context. Each kind of page, in both languages.
 */

type Locale = "en" | "zh";
const LOCALES: readonly Locale[] = ["en", "zh"];

/** Five services in Shanghai, four of them stopped: findings, remedies and sources aplenty. */
const MANY_FINDINGS =
  "v=1&o=o&p=100&r=s&s=11.12.14.21.25&f11=somlxo&f12=slmlxo&f14=so&g14=n&i14=o" +
  "&t21=etd&f21=so&t25=psc&c25=nm&f25=sl";
/** A CDN in Shenzhen leasing a node elsewhere; the same leasing it in Shenzhen; Hong Kong, 80%. */
const PLANS = [
  "v=1&o=o&p=100&r=z&s=11.12&f11=zo&f12=zoml",
  "v=1&o=o&p=100&r=z&s=11.12&f11=zo&f12=zozl",
  "v=1&o=h&p=80&r=b&s=11.25&f11=bo&t25=p&c25=pm&f25=bl",
];

/**
 * A plan's share-link query as the product seals it (rules version and verdicts), read from
 * "See the result" on its Check your answers page, so that no test spells out a digest that
 * a change to the rules would make stale.
 */
async function sealed(request: APIRequestContext, plan: string): Promise<string> {
  const html = await (await request.get(`/en/plan/check?${plan}`)).text();
  const href = /href="\/en\/result\?([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`no result link on the check page of ${plan}`);
  return href.replaceAll("&amp;", "&");
}

async function resultUrl(request: APIRequestContext, locale: Locale, extra = ""): Promise<string> {
  return `/${locale}/result?${await sealed(request, MANY_FINDINGS)}${extra}`;
}

async function compareUrl(request: APIRequestContext, locale: Locale): Promise<string> {
  const query = new URLSearchParams();
  for (const plan of PLANS) query.append("plan", await sealed(request, plan));
  return `/${locale}/compare?${query}`;
}

type Kind = { name: string; url: (request: APIRequestContext, locale: Locale) => Promise<string> };

/** Each kind of page a reader meets, as an address (a question in error is the server's). */
const KINDS: Kind[] = [
  { name: "the start page", url: async (_, l) => `/${l}` },
  { name: "a question", url: async (_, l) => `/${l}/plan/origin?v=1` },
  { name: "a question in error", url: async (_, l) => `/${l}/plan/origin?v=1&submitted=1` },
  {
    name: "the facilities question in error",
    url: async (_, l) =>
      `/${l}/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12&entered=1&submitted=1` +
      "&facilities.0.location=shenzhen&facilities.0.tenure=&facilities.1.location=&facilities.1.tenure=leased",
  },
  { name: "Check your answers", url: async (_, l) => `/${l}/plan/check?${MANY_FINDINGS}` },
  { name: "a result with many findings", url: (r, l) => resultUrl(r, l) },
  { name: "that result in presenter mode", url: (r, l) => resultUrl(r, l, "&present=1") },
  { name: "a comparison of three plans", url: compareUrl },
  { name: "a damaged link (400)", url: async (_, l) => `/${l}/result?v=1&o=zz` },
  { name: "a missing page (404)", url: async (_, l) => `/${l}/no-such-page` },
];

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect([200, 400, 404], url).toContain(response?.status());
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/**
 * The page does not scroll sideways; whatever is wider than its box scrolls inside a region
 * that is named and that the keyboard can focus (WCAG 1.4.10, 2.1.1).
 */
async function expectReflow(page: Page, what: string) {
  const result = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    const scrollers = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => {
        const style = getComputedStyle(el);
        return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => {
        const labelledBy = el.getAttribute("aria-labelledby");
        const name =
          el.getAttribute("aria-label") ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
          "";
        return `${el.tagName.toLowerCase()} role=${el.getAttribute("role")} tabindex=${el.getAttribute("tabindex")} name=${name.trim() !== ""}`;
      });
    return { page: root.scrollWidth - root.clientWidth, scrollers };
  });
  expect(result.page, `${what}: how far the page scrolls sideways, in px`).toBeLessThanOrEqual(0);
  for (const scroller of result.scrollers)
    expect(scroller, `${what}: a region that scrolls sideways`).toMatch(
      /role=region tabindex=0 name=true$/,
    );
}

/** WCAG 1.4.12's text spacing, as the usual bookmarklet applies it. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Boxes that clip what they hold (overflow hidden or clip) and hold more than they show. */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        // A visually hidden element (1 px, for screen readers) clips on purpose.
        if (rect.width <= 1 || rect.height <= 1 || !el.textContent?.trim()) return false;
        const clipsX = /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const clipsY = /hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return clipsX || clipsY;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`),
  );
}

test.describe("at 320 CSS px wide (1280 at 400% zoom), nothing scrolls sideways but a table's region", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const kind of KINDS) {
    test(`on ${kind.name}`, async ({ page, request }) => {
      for (const locale of LOCALES) {
        await open(page, await kind.url(request, locale));
        await expectReflow(page, `${kind.name} (${locale})`);
      }
    });
  }

  test("the comparison's table scrolls in a named region that the keyboard reaches and scrolls", async ({
    page,
    request,
  }) => {
    await open(page, await compareUrl(request, "en"));
    const region = page.getByRole("region", { name: "The plans side by side" });
    await expect(region.getByRole("table", { name: "The plans side by side" })).toBeVisible();
    const scroll = () =>
      region.evaluate((el) => ({ left: el.scrollLeft, room: el.scrollWidth - el.clientWidth }));
    expect((await scroll()).room, "three plans are wider than a phone").toBeGreaterThan(0);
    await tabTo(page, region);
    await page.keyboard.press("ArrowRight");
    await expect.poll(async () => (await scroll()).left).toBeGreaterThan(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("on a question in error and a damaged link", async ({ page }) => {
      for (const locale of LOCALES) {
        for (const url of [
          `/${locale}/plan/share?v=1&o=h&submitted=1&share=abc`,
          `/${locale}/result?v=1&o=zz`,
        ]) {
          await open(page, url);
          await expectReflow(page, url);
        }
      }
    });
  });
});

test.describe("with wider text spacing (WCAG 1.4.12), no text is cut off or pushed off the screen", () => {
  // The spacing is a style sheet the test adds, as a reader's bookmarklet or extension would.
  test.use({ bypassCSP: true });

  for (const width of [320, 1280]) {
    for (const kind of KINDS.filter((k) => !/start page|missing|damaged/.test(k.name))) {
      test(`on ${kind.name}, ${width} px wide`, async ({ page, request }) => {
        await page.setViewportSize({ width, height: 800 });
        for (const locale of LOCALES) {
          await open(page, await kind.url(request, locale));
          await page.addStyleTag({ content: TEXT_SPACING });
          await expectReflow(page, `${kind.name} (${locale}) with text spacing`);
          expect(await clippedText(page), `${kind.name} (${locale})`).toEqual([]);
        }
      });
    }
  }
});

/** What forced colours keep of a box's look: its edges, its weight, its text colour. */
type Look = { border: string; weight: string; color: string };

async function lookOf(locator: Locator): Promise<Look> {
  return locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      border: `${s.borderBottomStyle} ${s.borderBottomWidth} ${s.borderLeftStyle} ${s.borderLeftWidth} ${s.borderBottomColor}`,
      weight: s.fontWeight,
      color: s.color,
    };
  });
}

/** Every verdict and route a badge can say (labels.verdict and labels.route), in both languages. */
const BADGE_LABELS = [
  "Permitted",
  "Permitted with conditions",
  "Not permitted",
  "Through the 2024 pilot",
  "Open nationwide",
  "Capped at 50% nationwide",
  "Not available to foreign capital",
  "Prohibited to foreign investment",
  "允许",
  "附条件允许",
  "不允许",
  "通过2024年试点",
  "全国范围开放",
  "全国范围外资股比不超过50%",
  "不对外资开放",
  "禁止外商投资",
];

test.describe("in forced colours (Windows high contrast)", () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
  });

  test("every verdict and route badge keeps an edge, its background being gone", async ({
    page,
    request,
  }) => {
    for (const url of [await resultUrl(request, "en"), await compareUrl(request, "zh")]) {
      await open(page, url);
      const badges = await page
        .locator("main")
        .getByText(new RegExp(`^(${BADGE_LABELS.join("|")})$`))
        .evaluateAll((elements) =>
          elements.map((el) => {
            const s = getComputedStyle(el);
            return {
              text: el.textContent,
              edge:
                s.borderTopStyle === "solid" &&
                parseFloat(s.borderTopWidth) >= 1 &&
                s.borderTopColor !== s.backgroundColor,
            };
          }),
        );
      expect(badges.length, url).toBeGreaterThan(4);
      for (const badge of badges) expect(badge, url).toMatchObject({ edge: true });
    }
  });

  test("the progress tells the sections done from those to come by more than colour", async ({
    page,
  }) => {
    for (const [locale, done] of [
      ["en", "done"],
      ["zh", "已完成"],
    ] as const) {
      // Investor and company answered, services now, facilities and internet access to come.
      await open(page, `/${locale}/plan/services?v=1&o=o&p=100&r=h`);
      const sections = page
        .getByRole("navigation", { name: locale === "en" ? "Progress" : "进度" })
        .getByRole("listitem");
      await expect(sections).toHaveCount(5);
      const looks = await sections.evaluateAll((items) =>
        items.map((li) => {
          const s = getComputedStyle(li);
          return {
            text: li.textContent ?? "",
            current: li.getAttribute("aria-current") !== null,
            // What is drawn: its edge, weight, colour, and the mark its text starts with (a
            // number, the same for every section, unless a mark comes before it).
            look: [
              s.borderBottomStyle,
              s.borderBottomWidth,
              s.borderBottomColor,
              s.fontWeight,
              s.color,
              (li as HTMLElement).innerText.trim().charAt(0).replace(/\d/, "#"),
            ].join(" "),
          };
        }),
      );
      const doneLooks = looks.filter((l) => l.text.includes(done));
      const toCome = looks.filter((l) => !l.current && !l.text.includes(done));
      expect(doneLooks).toHaveLength(2);
      expect(toCome).toHaveLength(2);
      for (const d of doneLooks) for (const c of toCome) expect(d.look, locale).not.toBe(c.look);
    }
  });

  test("a question in error keeps its bar beside it, and its summary", async ({ page }) => {
    await open(page, "/en/plan/services?v=1&o=o&p=100&r=h");
    await next(page);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
    const bar = await page
      .getByRole("group", { name: /Which value-added telecoms services/ })
      .evaluate((fieldset) => {
        const s = getComputedStyle(fieldset.parentElement as HTMLElement, "::before");
        return {
          style: s.borderLeftStyle,
          width: parseFloat(s.borderLeftWidth),
          color: s.borderLeftColor,
        };
      });
    expect(bar.style).toBe("solid");
    expect(bar.width).toBeGreaterThanOrEqual(3);
    const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bar.color).not.toBe(canvas);
  });

  test("the pilot areas' key tells in, out and unsettled apart by their edges", async ({
    page,
  }) => {
    await open(page, "/en");
    const key = page
      .getByRole("figure", { name: "The four pilot areas" })
      .getByRole("list")
      .first();
    const swatches = await key.getByRole("listitem").evaluateAll((items) =>
      items.map((li) => {
        const s = getComputedStyle(li.firstElementChild as HTMLElement);
        return `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`;
      }),
    );
    expect(swatches).toHaveLength(3);
    expect(new Set(swatches).size, swatches.join(" / ")).toBe(3);
  });

  test("a plan's map draws the pilot area, what is outside it and what is undecided with different edges", async ({
    page,
  }) => {
    // IDC registered in Shanghai with a facility there, one elsewhere, one not decided.
    await open(page, "/en/result?v=1&o=o&p=100&r=s&s=11&f11=somlul");
    const service = page.getByRole("region", {
      name: "Internet data centre, including cloud (B11)",
    });
    const boxes = service.getByRole("figure").getByRole("list");
    await expect(boxes).toHaveCount(3);
    const looks = await Promise.all((await boxes.all()).map((list) => lookOf(list.locator(".."))));
    expect(new Set(looks.map((l) => l.border)).size, JSON.stringify(looks)).toBe(3);
  });

  test("focus stays visible on links, radios and buttons", async ({ page }) => {
    await open(page, "/en/plan/origin?v=1");
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const s = getComputedStyle(el);
        return {
          what: el.tagName.toLowerCase(),
          outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2,
          colour: s.outlineColor,
        };
      });
      if (focus.what === "body") break;
      seen.add(focus.what);
      expect(focus.outline, focus.what).toBe(true);
      expect(focus.colour, focus.what).not.toMatch(/^rgba\(.*, 0\)$|transparent/);
    }
    expect([...seen].sort()).toEqual(["a", "button", "input"]);
  });
});

/**
 * How the focused element shows its focus, and whether it can be seen: a visible outline or
 * the house's yellow, and its middle not under anything else once scrolled to (WCAG 2.4.7,
 * 2.4.11). `reached` says whether it is `target`: one evaluation per Tab, not two, as a long
 * keyboard journey presses it dozens of times.
 */
async function focusShown(page: Page, target: ElementHandle<Node>) {
  return page.evaluate((goal) => {
    const el = document.activeElement as HTMLElement | null;
    const reached = el !== null && el === goal;
    if (!el || el === document.body)
      return { what: "body", indicator: false, inSight: false, reached };
    const s = getComputedStyle(el);
    const seen = (colour: string) => !/^rgba\(.*, 0\)$|^transparent$/.test(colour);
    const indicator =
      (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && seen(s.outlineColor)) ||
      s.backgroundColor === "rgb(255, 221, 0)";
    const rect = el.getBoundingClientRect();
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    const onScreen = right > left && bottom > top;
    const hit = onScreen ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    const inSight = hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
    const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
    return { what: `${el.tagName.toLowerCase()} "${name}"`, indicator, inSight, reached };
  }, target);
}

/** Tabs (or, `back`, shift-tabs) to `target`, checking at each stop that focus can be seen. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  const goal = await target.elementHandle();
  try {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      const focus = await focusShown(page, goal);
      if (focus.what !== "body") {
        expect(focus.indicator, `focus indicator on ${focus.what}`).toBe(true);
        expect(focus.inSight, `${focus.what} in sight`).toBe(true);
      }
      if (focus.reached) return;
    }
  } finally {
    await goal.dispose();
  }
  throw new Error(`${max} tabs did not reach ${target.toString()}`);
}

/** WCAG's contrast ratio of two opaque `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    const channel = (c: number) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Presses the down arrow in the focused group of radios until `choice` is the one checked. */
async function arrowTo(page: Page, choice: Locator) {
  for (let i = 0; i < 10 && !(await choice.isChecked()); i++)
    await page.keyboard.press("ArrowDown");
  await expect(choice).toBeChecked();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with the keyboard alone, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a whole plan, from the start page to its result, with Tab, arrows, Space and Enter", async ({
      page,
    }) => {
      const heading = page.getByRole("heading", { level: 1 });
      const continueButton = page.getByRole("button", { name: "Continue" });
      await open(page, "/en");
      await tabTo(page, page.getByRole("link", { name: "Start now" }));
      await page.keyboard.press("Enter");

      await expect(heading).toHaveText("Where is the foreign investor established?");
      await tabTo(page, page.getByLabel("Hong Kong", { exact: true }));
      await arrowTo(page, page.getByLabel("Another country or region", { exact: true }));
      await tabTo(page, continueButton);
      await page.keyboard.press("Enter");

      await expect(heading).toContainText("total foreign share");
      await tabTo(page, page.getByRole("textbox", { name: /total foreign share/ }));
      await page.keyboard.type("100");
      await page.keyboard.press("Enter");

      await expect(heading).toContainText("Where is the operating company registered");
      await tabTo(page, page.getByRole("radio").first());
      await arrowTo(page, page.getByLabel("Shenzhen", { exact: true }));
      await tabTo(page, continueButton);
      await page.keyboard.press("Space");

      await expect(heading).toContainText("Which value-added telecoms services");
      const cdn = page.getByLabel("Content delivery network (B12)", { exact: true });
      await tabTo(page, cdn);
      await page.keyboard.press("Space");
      await expect(cdn).toBeChecked();
      await tabTo(page, continueButton);
      await page.keyboard.press("Enter");

      await expect(heading).toContainText("Where are the facilities");
      await tabTo(page, page.getByRole("button", { name: "Add a facility" }));
      await page.keyboard.press("Enter");
      const row = page.getByRole("group", { name: "Facility 1" });
      // With JavaScript the new row's first choice takes focus; without, the reloaded page
      // starts at the row, and Tab goes to it.
      const where = row.getByLabel("Where is it?");
      if (!(await where.evaluate((el) => el === document.activeElement))) await tabTo(page, where);
      await page.keyboard.type("Shenzhen");
      await expect(where).toHaveValue("shenzhen");
      await tabTo(page, row.getByLabel("How does the company hold it?"));
      await page.keyboard.type("Owned");
      await tabTo(page, continueButton);
      await page.keyboard.press("Enter");

      await expect(heading).toHaveText("Check your answers");
      await tabTo(page, page.getByRole("link", { name: "See the result" }));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/en\/result\?v=1&/);
      await expect(heading).toContainText("wholly foreign-owned");
    });

    test("a page in error starts at its summary, whose link takes focus to the field", async ({
      page,
    }) => {
      // The server's page in error (what a form submitted without JavaScript gets).
      await page.goto("/en/plan/origin?v=1&submitted=1");
      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary).toBeFocused();
      await tabTo(page, summary.getByRole("link"), { max: 1 });
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("Hong Kong", { exact: true })).toBeFocused();
    });

    test("the skip link comes first, shows itself, and takes focus to the main content", async ({
      page,
    }) => {
      await open(page, "/en/plan/origin?v=1");
      const skip = page.getByRole("link", { name: "Skip to main content" });
      await tabTo(page, skip, { max: 1 });
      const box = await skip.boundingBox();
      expect(box?.width).toBeGreaterThan(24);
      await page.keyboard.press("Enter");
      const main = page.getByRole("main");
      await expect(main).toBeFocused();
      await expect(main).not.toHaveCSS("outline-style", "none");
      await tabTo(page, page.getByRole("link", { name: "Back" }), { max: 1 });
      // A click on the page's text focuses the main area too (it is focusable, for the skip
      // link), but draws no outline round the whole page.
      await page.getByRole("heading", { level: 1 }).click();
      await expect(main).toBeFocused();
      await expect(main).toHaveCSS("outline-style", "none");
    });

    test("a focused link reads black on yellow, in the header and the error summary too", async ({
      page,
    }) => {
      await page.goto("/en/plan/origin?v=1&submitted=1");
      const links: Array<{ what: string; ratio: number }> = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return {
            tag: el.tagName,
            text: el.textContent?.trim() ?? "",
            fg: s.color,
            bg: s.backgroundColor,
          };
        });
        if (focus.tag === "A")
          links.push({ what: focus.text, ratio: contrast(focus.fg, focus.bg) });
      }
      expect(links.map((l) => l.what)).toEqual(
        expect.arrayContaining([
          "VATS Pilot Check",
          "中文 (switch language)",
          "Presenter mode",
          "Select where the foreign investor is established.",
        ]),
      );
      for (const link of links) expect(link.ratio, link.what).toBeGreaterThanOrEqual(4.5);
    });
  });
}

test("Shift+Tab goes back through Check your answers in the order Tab went", async ({ page }) => {
  await open(page, `/en/plan/check?${MANY_FINDINGS}`);
  const stop = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return `${el.tagName} ${el.getAttribute("href") ?? ""} ${el.textContent?.trim() ?? ""}`;
    });
  const forward: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const here = await stop();
    if (here.startsWith("BODY")) break;
    forward.push(here);
  }
  expect(forward.length).toBeGreaterThan(15);
  // Past the last stop focus has left the page; Shift+Tab comes back to the last stop first.
  const backward: string[] = [];
  for (let i = 0; i < forward.length; i++) {
    await page.keyboard.press("Shift+Tab");
    backward.push(await stop());
  }
  expect(backward).toEqual([...forward].reverse());
});

type Named = { role: string; name: string; href: string | null };

/**
 * Every link and button as the browser's accessibility tree names it (what a screen reader
 * lists out of context), with a link's address.
 */
async function controlsByName(page: Page): Promise<Named[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
      nodes: Array<{
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        backendDOMNodeId?: number;
      }>;
    };
    const found: Named[] = [];
    for (const node of nodes) {
      const role = node.role?.value ?? "";
      if (node.ignored || !["link", "button"].includes(role)) continue;
      let href: string | null = null;
      if (role === "link" && node.backendDOMNodeId !== undefined) {
        const { object } = await cdp.send("DOM.resolveNode", {
          backendNodeId: node.backendDOMNodeId,
        });
        const { result } = await cdp.send("Runtime.callFunctionOn", {
          objectId: object.objectId,
          functionDeclaration: "function () { return this.getAttribute('href'); }",
          returnByValue: true,
        });
        href = (result.value as string | null) ?? null;
      }
      found.push({ role, name: (node.name?.value ?? "").trim(), href });
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

/** Roles of the accessibility tree that stand for a picture. */
const PICTURES = ["image", "img", "figure", "graphics-document"];

test.describe("what a screen reader hears", () => {
  for (const kind of KINDS.filter((k) =>
    /Check|result with|comparison|question in error/.test(k.name),
  )) {
    test(`every link and button on ${kind.name} has a name that says where it goes, out of context`, async ({
      page,
      request,
    }) => {
      for (const locale of LOCALES) {
        await open(page, await kind.url(request, locale));
        const controls = await controlsByName(page);
        expect(controls.length).toBeGreaterThan(5);
        for (const control of controls) expect(control.name, JSON.stringify(control)).not.toBe("");
        // The same words for two different places would leave a listener guessing ("Change",
        // "Official text"): a name is shared only by links to the same address.
        const places = new Map<string, Set<string | null>>();
        for (const { role, name, href } of controls) {
          const key = `${role}: ${name}`;
          places.set(key, (places.get(key) ?? new Set()).add(role === "link" ? href : key));
        }
        const ambiguous = [...places].filter(([, hrefs]) => hrefs.size > 1).map(([key]) => key);
        expect(ambiguous, `${kind.name} (${locale})`).toEqual([]);
        const buttons = controls.filter((c) => c.role === "button").map((c) => c.name);
        expect(new Set(buttons).size, buttons.join(", ")).toBe(buttons.length);
      }
    });
  }

  test("no picture goes unnamed: the QR code is one named image", async ({ page, request }) => {
    for (const url of [await resultUrl(request, "en"), await compareUrl(request, "zh"), "/en"]) {
      await open(page, url);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
        nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
      };
      await cdp.detach();
      const unnamed = nodes
        .filter((n) => !n.ignored && PICTURES.includes(n.role?.value ?? ""))
        .filter((n) => !(n.name?.value ?? "").trim())
        .map((n) => n.role?.value);
      expect(unnamed, url).toEqual([]);
    }
    await open(page, await resultUrl(request, "en"));
    await expect(page.getByRole("img")).toHaveCount(1);
    await expect(page.getByRole("img", { name: "QR code of the link to this page" })).toBeVisible();
  });

  /**
   * Text in the page's other language, outside an element marked with that language. Chinese
   * is any CJK character; English, three Latin words in a row (a code like "B12" or "IDC" in a
   * Chinese sentence is not English to speak).
   */
  async function unmarked(page: Page, locale: Locale): Promise<string[]> {
    return page.evaluate((pageLocale) => {
      const other =
        pageLocale === "en" ? /[\u3400-\u9fff]/ : /[A-Za-z]{3,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{3,}/;
      const otherLang = pageLocale === "en" ? "zh" : "en";
      const marked = (el: Element | null) =>
        (el?.closest("[lang]")?.getAttribute("lang") ?? "").startsWith(otherLang);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent ?? "";
        const parent = walker.currentNode.parentElement;
        if (!parent || parent.closest("script, style, template")) continue;
        if (other.test(text) && !marked(parent))
          found.push(`${parent.tagName}: ${text.trim().slice(0, 60)}`);
      }
      for (const el of document.body.querySelectorAll("[aria-label]")) {
        const label = el.getAttribute("aria-label") ?? "";
        if (other.test(label) && !marked(el)) found.push(`aria-label: ${label.slice(0, 60)}`);
      }
      return found;
    }, locale);
  }

  test("Chinese in an English page, and English in a Chinese one, is marked with its language", async ({
    page,
    request,
  }) => {
    for (const locale of LOCALES) {
      for (const url of [
        `/${locale}`,
        `/${locale}/rules`,
        `/${locale}/plan/services?v=1&o=o&p=100&r=h`,
        `/${locale}/plan/check?${MANY_FINDINGS}`,
        await resultUrl(request, locale),
        await compareUrl(request, locale),
      ]) {
        await open(page, url);
        expect(await unmarked(page, locale), url).toEqual([]);
      }
    }
  });
});

test.describe("every control and standalone link, header and footer too, is at least 24 by 24 CSS px", () => {
  for (const kind of KINDS.filter((k) => !/question/.test(k.name))) {
    test(`on ${kind.name}`, async ({ page, request }) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const locale of LOCALES) {
          await open(page, await kind.url(request, locale));
          const all = await targets(page, "body");
          expect(all.filter((t) => !t.inline).length).toBeGreaterThan(2);
          expect(smallControls(all), `${locale}, ${width} px`).toEqual([]);
          expect(tooSmall(all), `${locale}, ${width} px`).toEqual([]);
        }
      }
    });
  }
});
