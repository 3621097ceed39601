/**
 * How a pilot area is drawn wherever one is: the start page's schematic and a result's
 * picture of a plan share one key.
 *
 * In the pilot: a thick green edge on green; dashed where the boundary is not settled. Thick,
 * so that the key tells it from "not in the pilot" by its edge, not by colour alone, which a
 * reader's forced colours repaint (WCAG 1.4.1).
 */
export const IN_PILOT = "border-4 border-go bg-ok-bg";
export const NOT_IN_PILOT = "border-2 border-ink bg-panel";
export const UNSETTLED_EDGE = "border-dashed";
