import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect } from "./fixtures";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the product's accessibility bar. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Fails naming each rule axe finds broken and the elements that break it. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** Heading levels in document order. */
export async function headingLevels(page: Page): Promise<number[]> {
  return page
    .locator("h1, h2, h3, h4, h5, h6, [role=heading]")
    .evaluateAll((headings) =>
      headings
        .filter((h) => (h as HTMLElement).offsetParent !== null || h.getClientRects().length > 0)
        .map((h) => Number(h.getAttribute("aria-level") ?? h.tagName.slice(1))),
    );
}

/** Exactly one h1, and no level skipped on the way down (h2 then h4 would skip h3). */
export function expectHeadingsInOrder(levels: number[]) {
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  let previous = 1;
  for (const level of levels) {
    expect(level, `heading levels ${levels.join(", ")}`).toBeLessThanOrEqual(previous + 1);
    previous = level;
  }
}
