import type { Page } from "@playwright/test";

import { INSTRUMENTS, type Instrument } from "../lib/rules/instruments";
import { expect, test } from "./fixtures";
import {
  chooseOrigin,
  chooseRegistration,
  chooseServices,
  enterShare,
  next,
  seeResult,
} from "./journey";

/**
 * Nothing is loaded from another host on any kind of page. The `page` fixture already fails
 * a test on any request off the app's origin; this spec makes sure every page kind is
 * visited (start, each kind of question, a question in error, check, result, 400, 404), and
 * reads each page's markup for addresses on other hosts, which only plain links to the
 * official texts of the law may have.
 */

/** Hosts of the official texts the result page cites. */
const OFFICIAL_HOSTS = new Set(
  Object.values<Instrument>(INSTRUMENTS).flatMap((instrument) =>
    instrument.url ? [new URL(instrument.url).host] : [],
  ),
);

type Reference = { tag: string; attribute: string; url: string };

/** Every URL-bearing attribute in the live DOM that resolves to another origin. */
async function foreignReferencesInDom(page: Page): Promise<Reference[]> {
  return page.evaluate(() => {
    const ATTRIBUTES = [
      "src",
      "href",
      "xlink:href",
      "srcset",
      "imagesrcset",
      "action",
      "formaction",
      "poster",
      "data",
      "background",
      "manifest",
    ];
    const found: Reference[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        if (!value) continue;
        const candidates = attribute.endsWith("srcset")
          ? value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")
          : [value];
        for (const candidate of candidates) {
          let url: URL;
          try {
            url = new URL(candidate, document.baseURI);
          } catch {
            continue;
          }
          if (url.origin !== location.origin && /^(https?|wss?|ftp):$/.test(url.protocol)) {
            found.push({ tag: element.tagName.toLowerCase(), attribute, url: url.href });
          }
        }
      }
      // CSS in style attributes could load from elsewhere too.
      const style = element.getAttribute("style") ?? "";
      if (/url\(\s*['"]?\s*(?:https?:)?\/\//i.test(style)) {
        found.push({ tag: element.tagName.toLowerCase(), attribute: "style", url: style });
      }
    }
    return found;
  });
}

const TAG_WITH_URL =
  /<([a-zA-Z][\w-]*)\b[^>]*?\s(src|href|srcset|action|formaction|poster|data)\s*=\s*(["'])\s*((?:https?:|wss?:)?\/\/[^"']*)\3/g;

/** The same, read from the server's HTML before any script runs. */
function foreignReferencesInHtml(html: string, origin: string): Reference[] {
  const found: Reference[] = [];
  for (const match of html.matchAll(TAG_WITH_URL)) {
    const [, tag = "", attribute = "", , value = ""] = match;
    const url = new URL(value.replaceAll("&amp;", "&"), origin);
    if (url.origin !== origin) found.push({ tag: tag.toLowerCase(), attribute, url: url.href });
  }
  return found;
}

function isOfficialLink(reference: Reference): boolean {
  const url = new URL(reference.url);
  return (
    reference.tag === "a" &&
    reference.attribute === "href" &&
    url.protocol === "https:" &&
    OFFICIAL_HOSTS.has(url.host)
  );
}

/** Checks the page as it stands (DOM) and as the server sent it (HTML); returns its kind. */
async function expectOnlyOwnResources(page: Page, kind: string): Promise<string> {
  const origin = new URL(page.url()).origin;
  const dom = await foreignReferencesInDom(page);
  const html = await (await page.request.get(page.url(), { maxRedirects: 0 })).text();
  const fromHtml = foreignReferencesInHtml(html, origin);
  expect(html.length, `${kind}: the HTML was read`).toBeGreaterThan(500);
  for (const reference of [...dom, ...fromHtml]) {
    expect(isOfficialLink(reference), `${kind}: ${JSON.stringify(reference)}`).toBe(true);
  }
  // No element that loads something (script, stylesheet, image, frame…) names another host.
  expect(
    [...dom, ...fromHtml].filter((reference) => reference.tag !== "a"),
    `${kind}: resources from other hosts`,
  ).toEqual([]);
  return kind;
}

async function expectStep(page: Page, step: string) {
  await expect(page).toHaveURL(new RegExp(`/en/plan/${step}\\?`));
}

async function check(page: Page, labels: string[]) {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await next(page);
}

async function addFacility(page: Page, location: string, tenure: string) {
  await page.getByRole("button", { name: /Add a facility/ }).click();
  const row = page.getByRole("group", { name: "Facility 1" });
  await row.getByLabel("Where is it?").selectOption({ label: location });
  await row.getByLabel("How does the company hold it?").selectOption({ label: tenure });
  await next(page);
}

test("every page of a journey through each kind of question loads nothing from another host", async ({
  page,
}) => {
  test.slow();
  const visited: string[] = [];
  const visit = async (kind: string) => visited.push(await expectOnlyOwnResources(page, kind));

  await page.goto("/en");
  await visit("start");
  await page.getByRole("link", { name: "Start now" }).click();

  await expectStep(page, "origin");
  await visit("origin (radios)");
  await chooseOrigin(page, "Another country or region");

  await expectStep(page, "share");
  await visit("share (number)");
  await enterShare(page, "100");

  await expectStep(page, "registration");
  await visit("registration (radios)");
  await chooseRegistration(page, "Hainan");

  await expectStep(page, "services");
  await visit("services (checkboxes)");
  await chooseServices(page, ["Internet access (B14)", "Information services (B25)"]);

  await expectStep(page, "subtypes-B25");
  await visit("sub-types (checkboxes)");
  await check(page, ["Information publishing platforms and delivery"]);

  await expectStep(page, "content-B25");
  await visit("content (checkboxes with none)");
  await check(page, ["None of these"]);

  await expectStep(page, "facilities-B14");
  await visit("facilities (rows)");
  await addFacility(page, "Hainan", "Owned");

  await expectStep(page, "facilities-B25");
  await addFacility(page, "Hainan", "Leased");

  await expectStep(page, "coverage-B14");
  await visit("coverage (radios)");
  await check(page, ["Only inside one pilot area, where the company is or will be registered"]);

  await expectStep(page, "access-B14");
  await visit("access (radios)");
  await check(page, ["Through basic telecommunications operators’ access equipment"]);

  await expect(page).toHaveURL(/\/en\/plan\/check\?/);
  await visit("check");
  await seeResult(page);
  await expect(page.getByRole("link", { name: /^Official text/ }).first()).toBeVisible();
  await visit("result");

  expect(visited).toHaveLength(12);
});

test("the error pages load nothing from another host: a question in error, 400 and 404", async ({
  page,
}) => {
  let response = await page.goto("/en/plan/share?v=1&o=o&share=150&submitted=1");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectOnlyOwnResources(page, "a question in error");

  response = await page.goto("/en/result?v=1&o=o&p=100&r=z&s=12&f12=zq");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be opened");
  await expectOnlyOwnResources(page, "400");

  response = await page.goto("/zh/no-such-page");
  expect(response?.status()).toBe(404);
  await expectOnlyOwnResources(page, "404");
});

test("the rules page loads nothing from another host, and links only to official texts", async ({
  page,
}) => {
  for (const locale of ["en", "zh"]) {
    const response = await page.goto(`/${locale}/rules`);
    expect(response?.status()).toBe(200);
    await expectOnlyOwnResources(page, `the rules page (${locale})`);
  }
});

test("the markup check catches a resource from another host", async ({ page }) => {
  await page.goto("/en");
  // `<link rel="help">` loads nothing, so the fixture's request watch stays quiet.
  await page.evaluate(() => {
    const anchor = document.createElement("a");
    anchor.href = "https://www.gov.cn/zhengce/";
    const link = document.createElement("link");
    link.setAttribute("rel", "help");
    link.setAttribute("href", "https://cdn.example.com/x.css");
    document.body.append(anchor, link);
  });
  const found = await foreignReferencesInDom(page);
  expect(found.slice(-2).map(isOfficialLink)).toEqual([true, false]);
  expect(
    foreignReferencesInHtml(
      '<img alt="" src="https://cdn.example.com/a.png"><a href="/en">x</a>',
      new URL(page.url()).origin,
    ),
  ).toHaveLength(1);
});
