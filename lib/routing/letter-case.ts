/**
 * The journey's addresses in other capitals (`/en/Result?…`, `/EN/RESULT?…`,
 * `/en/plan/facilities-b12?…`): typed from a printed memo, or passed on by an app or a QR
 * code that changed their case. Paths are case-sensitive, and each would have been a 404
 * that lost the plan its query carries; the address in the site's own capitals is meant.
 */
import { parseStepId } from "@/lib/flow";

const JOURNEY = /^\/(en|zh)\/(?:(plan)\/([^/]+)|(result|compare))$/i;

/**
 * A step's segment in its own capitals, if it names one: `check`, and each step id, whose
 * words are small and whose service code is capital (`facilities-B12`).
 */
function stepSegment(segment: string): string | undefined {
  const [question = "", code, ...more] = segment.toLowerCase().split("-");
  if (more.length > 0) return undefined;
  const id = code === undefined ? question : `${question}-${code.toUpperCase()}`;
  return id === "check" || parseStepId(id) ? id : undefined;
}

/** The journey address meant by a path in other capitals, or undefined (also when it is one). */
export function journeyPathInItsCase(path: string): string | undefined {
  const match = JOURNEY.exec(path);
  if (!match) return undefined;
  const [, locale = "", plan, segment = "", page = ""] = match;
  const step = plan && stepSegment(segment);
  if (plan && !step) return undefined;
  const canonical = `/${locale.toLowerCase()}/${step ? `plan/${step}` : page.toLowerCase()}`;
  return canonical !== path ? canonical : undefined;
}
