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

export type Target = {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
  link: boolean;
  /** A link in a sentence: exempt under WCAG 2.5.8 (it still counts as a neighbour). */
  inline: boolean;
};

/**
 * Every control and link inside `main` (or `root`), with its box. A link is inline when the
 * block it sits in holds more text than the link itself. A link hidden until it is focused
 * (the skip link, 1 px square until then) is left out.
 */
export async function targets(page: Page, root = "main"): Promise<Target[]> {
  return page.locator(root).evaluate((main) => {
    const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const isInline = (link: Element) => {
      let block = link.parentElement;
      while (block && getComputedStyle(block).display.startsWith("inline"))
        block = block.parentElement;
      return block !== null && text(block) !== text(link);
    };
    const found: Target[] = [];
    for (const el of main.querySelectorAll("input, select, textarea, button, a[href], summary")) {
      if (el instanceof HTMLInputElement && el.type === "hidden") continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) continue;
      found.push({
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${text(el).slice(0, 50)}"`,
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
        link: el.tagName === "A",
        inline: el.tagName === "A" && isInline(el),
      });
    }
    return found;
  });
}

const MIN = 24;

function centre(t: Target) {
  return { x: t.x + t.width / 2, y: t.y + t.height / 2 };
}

/** Whether a circle of diameter 24 on `t`'s centre reaches into `other`'s box. */
function circleMeetsBox(t: Target, other: Target): boolean {
  const c = centre(t);
  const dx = Math.max(other.x - c.x, 0, c.x - (other.x + other.width));
  const dy = Math.max(other.y - c.y, 0, c.y - (other.y + other.height));
  return Math.hypot(dx, dy) < MIN / 2;
}

/**
 * Targets that fail WCAG 2.5.8: smaller than 24 by 24 and not saved by its spacing
 * exception (a 24 px circle on the target meets no other target, nor another small
 * target's circle). Inline links in sentences are exempt.
 */
export function tooSmall(all: Target[]): string[] {
  const small = (t: Target) => t.width < MIN || t.height < MIN;
  return all
    .filter((t) => !t.inline && small(t))
    .filter((t) =>
      all.some(
        (other) =>
          other !== t &&
          (circleMeetsBox(t, other) ||
            (small(other) &&
              Math.hypot(centre(t).x - centre(other).x, centre(t).y - centre(other).y) < MIN)),
      ),
    )
    .map((t) => `${t.what}: ${t.width}×${t.height}`);
}

/** Controls (not links) must be 24 by 24 outright: they are the page's own buttons and fields. */
export function smallControls(all: Target[]): string[] {
  return all
    .filter((t) => !t.link && (t.width < MIN || t.height < MIN))
    .map((t) => `${t.what}: ${t.width}×${t.height}`);
}
