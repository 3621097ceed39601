import { type NextRequest, NextResponse } from "next/server";

import { readResultLink } from "@/lib/answers/result-link";
import { RULES_FACTS } from "@/lib/rules";

const RESULT_PATH = /^\/(en|zh)\/result\/?$/;

/**
 * The app's own request handling, run by proxy.ts before next-intl. A result link that
 * cannot be read is answered here with HTTP 400 and the page that explains why (an App
 * Router page cannot set its own status); everything else returns `undefined`.
 */
export function routeRequest(request: NextRequest): NextResponse | undefined {
  const match = RESULT_PATH.exec(request.nextUrl.pathname);
  if (!match) return undefined;
  const link = readResultLink(request.nextUrl.searchParams, RULES_FACTS);
  if (link.ok) return undefined;
  return NextResponse.next({ status: 400 });
}
