import { type NextRequest, NextResponse } from "next/server";

import { answersBeforeCut, decodeLink, type LinkProblem } from "@/lib/answers/codec";
import { readResultLink } from "@/lib/answers/result-link";
import { readComparison } from "@/lib/compare/link";
import { completeAnswers, parseStepId } from "@/lib/flow";
import { RULES_FACTS } from "@/lib/rules";
import { stepPage, whereACutLinkResumes, whereTheUserIs } from "@/lib/wizard/step-view";
import { PRIVATE_PAGE_HEADERS } from "@/lib/security/headers";
import { markedAsCut, readContext, unsealedResultHref } from "@/lib/wizard/urls";

import { redirectToExplicitLanguage } from "./explicit-language";
import { journeyPathInItsCase } from "./letter-case";
import { decodedPathname } from "./refuse";

const JOURNEY_PATH = /^\/(en|zh)\/(?:plan\/([^/]+)|(result)|(compare))\/?$/;
const START_PATH = /^\/(en|zh)\/?$/;

export type Decision = { response?: NextResponse; headers?: Record<string, string> };

function redirectTo(request: NextRequest, location: string): NextResponse {
  return NextResponse.redirect(new URL(location, request.url), 303);
}

/** Bad input gets the page that explains it, with the status that says so. */
const badRequest = () => NextResponse.next({ status: 400 });
/** A step that does not exist: the step page renders the not-found message under this 404. */
const notFound = () => NextResponse.next({ status: 404 });

/**
 * The app's own request handling, run by proxy.ts before next-intl: the journey's pages
 * (steps, check, result) are decided here from their addresses, because an App Router page
 * cannot choose its status. A submitted step is answered with a redirect (valid) or a 400
 * (the page then shows the errors); a step that cannot be reached yet, or an unfinished
 * wizard's result link, redirects to where the user really is, as does an address cut short
 * inside its last answer (ADR 0001 §8); a damaged link (a result link that lost answers
 * included) answers 400, and a step that does not exist 404. A journey address in other
 * capitals goes to the one in its own (lib/routing/letter-case.ts). An
 * address without a language prefix that asks for one with `lang` goes to it.
 */
export function routeRequest(request: NextRequest): Decision {
  // Matched as Next.js routes it: decoded, so `/en/%72esult` is the result page too.
  const { pathname, search } = request.nextUrl;
  const path = decodedPathname(pathname) ?? pathname;
  const inItsCase = journeyPathInItsCase(path);
  if (inItsCase) {
    // Permanent, as Next.js's own redirects to a canonical address (canonical-address.ts).
    const response = NextResponse.redirect(new URL(`${inItsCase}${search}`, request.url), 308);
    return { response, headers: PRIVATE_PAGE_HEADERS };
  }
  const match = JOURNEY_PATH.exec(path);
  if (!match) {
    const explicit = redirectToExplicitLanguage(request);
    if (explicit) return { response: explicit };
    // A start page with a query may hold a plan's answers (the first question's back link).
    return START_PATH.test(path) && search ? { headers: PRIVATE_PAGE_HEADERS } : {};
  }
  const [, locale = "en", segment, result, compare] = match;
  const query = request.nextUrl.searchParams;
  const headers = PRIVATE_PAGE_HEADERS;

  if (compare) {
    return readComparison(query, RULES_FACTS).ok
      ? { headers }
      : { response: badRequest(), headers };
  }

  if (result) {
    const link = readResultLink(query, RULES_FACTS);
    if (link.ok) return { headers };
    // A link without its ending that holds no whole plan (cut short, perhaps inside an
    // answer) goes to its next question, which says the link was incomplete (ADR 0001 §8);
    // with nothing left to ask, to the result of what it holds, which says to check them.
    // One that kept its ending but lost answers is damaged, and its page says so (and
    // offers that question).
    if (link.problem === "incomplete" && link.draft && !link.sealed) {
      const context = readContext(query);
      const answers = completeAnswers(link.draft);
      const next = answers
        ? unsealedResultHref(locale, answers, context)
        : whereACutLinkResumes(locale, link.draft, query, context);
      return { response: redirectTo(request, next), headers };
    }
    return { response: badRequest(), headers };
  }

  /**
   * A step's or Check your answers' address cut short inside its last answer (a bookmark,
   * or a link to a question shortened by the app it was sent in): the answers before the
   * cut are kept, and the page they lead to says that the address was incomplete.
   */
  const resumeBeforeCut = (problem: LinkProblem): NextResponse => {
    const draft = answersBeforeCut(query, problem);
    if (!draft) return badRequest();
    const next = whereTheUserIs(locale, draft, readContext(query));
    return redirectTo(request, markedAsCut(next, "address"));
  };

  if (segment === "check") {
    const decoded = decodeLink(query);
    if (!decoded.ok) return { response: resumeBeforeCut(decoded.problem), headers };
    if (!completeAnswers(decoded.draft)) {
      return {
        response: redirectTo(
          request,
          whereTheUserIs(locale, decoded.draft, { ...readContext(query), returnToCheck: true }),
        ),
        headers,
      };
    }
    return { headers };
  }

  const stepId = parseStepId(segment ?? "");
  if (!stepId) return { response: notFound(), headers };
  const page = stepPage(locale, stepId, query);
  switch (page.kind) {
    case "damaged":
      return { response: resumeBeforeCut(page.problem), headers };
    case "elsewhere":
      return { response: redirectTo(request, page.location), headers };
    case "step":
      return page.errors.length > 0 ? { response: badRequest(), headers } : { headers };
  }
}
