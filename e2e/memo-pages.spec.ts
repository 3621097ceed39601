import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";

/** Each page of the printed memo as pdftotext reads it, without spaces or line breaks. */
async function printedPages(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "memo-pages-"));
  const pdfPath = join(dir, "memo.pdf");
  writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
  const count = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" }))?.[1],
  );
  return Array.from({ length: count }, (_, i) =>
    execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-raw", pdfPath, "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, ""),
  );
}

const flat = (text: string) => text.replace(/\s+/g, "");

/** The memo's closing block, as each language prints it: heading, intro, list, disclaimer. */
const CLOSING = {
  en: [
    "What this assessment does not cover",
    "It answers one question",
    "security reviews, such as the network and information security review",
    "basic telecommunications services",
    "games or payments.",
    "This is not legal advice.",
  ],
  zh: [
    "本评估不涵盖的内容",
    "本评估只回答一个问题",
    "安全审查，例如网络与信息安全审查",
    "基础电信业务；",
    "游戏或支付方面的许可。",
    "本结果不构成法律意见。",
  ],
};

/** A wholly foreign-owned CDN in Shenzhen, one node owned there and one leased elsewhere. */
const CDN_SHENZHEN_LEASED_ELSEWHERE = `v=1&o=o&p=100&r=z&s=12&f12=zoml&rv=${RULES_VERSION}&d=n`;
/** A wholly foreign-owned IDC in Beijing, and an app store there that provides music. */
const IDC_AND_MUSIC_STORE_BEIJING = `v=1&o=o&p=100&r=b&s=11.25&f11=bo&t25=p&c25=m&f25=bl&rv=${RULES_VERSION}&d=cn`;
/** Processing in Shenzhen, and e-commerce by a Hong Kong investor elsewhere in the mainland. */
const EDI_SHENZHEN = `v=1&o=o&p=100&r=z&s=21&t21=d&f21=zo&rv=${RULES_VERSION}&d=c`;
const ECOMMERCE_HONG_KONG = `v=1&o=h&p=100&r=m&s=21&t21=e&f21=mo&rv=${RULES_VERSION}&d=p`;

function compareUrl(plans: string[], locale = "en"): string {
  const query = new URLSearchParams();
  for (const plan of plans) query.append("plan", plan);
  return `/${locale}/compare?${query}`;
}

/*
 * Each of these memos used to end on a sheet holding only the disclaimer, the line or two of
 * the closing block that did not fit on the page before.
 */
const MEMOS: Array<{ name: string; url: string; locale: "en" | "zh" }> = [
  {
    name: "the result of a CDN in Shenzhen with a node leased elsewhere",
    url: `/en/result?${CDN_SHENZHEN_LEASED_ELSEWHERE}`,
    locale: "en",
  },
  {
    name: "the Chinese result of an IDC and an app store with music in Beijing",
    url: `/zh/result?${IDC_AND_MUSIC_STORE_BEIJING}`,
    locale: "zh",
  },
  {
    name: "a comparison of processing in Shenzhen and e-commerce elsewhere",
    url: compareUrl([EDI_SHENZHEN, ECOMMERCE_HONG_KONG]),
    locale: "en",
  },
];

test.describe("the printed memo's last page", () => {
  for (const memo of MEMOS) {
    test(`holds the closing block whole, not the disclaimer alone: ${memo.name}`, async ({
      page,
    }) => {
      await page.goto(memo.url);
      const pages = await printedPages(page);
      const last = pages.at(-1) ?? "";
      // What this assessment leaves out and the disclaimer are printed together, on the last
      // page, never the disclaimer (or the end of the list) on a sheet of its own.
      for (const part of CLOSING[memo.locale]) expect(last, part).toContain(flat(part));
      // ...and for these memos the sheet the disclaimer used to take is saved: the closing
      // block shares the last page with the sources before it.
      const [title = ""] = CLOSING[memo.locale];
      expect(last.indexOf(flat(title))).toBeGreaterThan(0);
    });
  }
});

test.describe("the printed memo, page by page", () => {
  test("numbers every page of N, and says the link is read under the rules of its day", async ({
    page,
  }) => {
    await page.goto(`/en/result?${IDC_AND_MUSIC_STORE_BEIJING}`);
    const pages = await printedPages(page);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`${i + 1}/${pages.length}`));
    expect(pages.join("")).toContain(
      flat("is recomputed under the rules current when it is opened."),
    );
  });

  test("runs a finding's sources on as sentences: no two names without a stop between", async ({
    page,
  }) => {
    await page.goto(`/en/result?${EDI_SHENZHEN}`);
    const text = (await printedPages(page)).join("");
    // On the pilot, "Which authority grants the licence" cites two instruments, neither by an
    // article.
    expect(text).toContain(flat("The Licensing Measures (MIIT Order No. 42). MIIT Circular"));
    expect(text).not.toContain(flat("(MIIT Order No. 42) MIIT Circular"));
  });

  test("states a comparison's scope once, at its end, not once more for each plan", async ({
    page,
  }) => {
    await page.goto(compareUrl([EDI_SHENZHEN, ECOMMERCE_HONG_KONG]));
    const text = (await printedPages(page)).join("");
    const [title = ""] = CLOSING.en;
    // The heading, which is also the scope finding's title, each plan's findings carried.
    expect(text.split(flat(title)).length - 1).toBe(1);
  });
});
