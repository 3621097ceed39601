import { json, languageHeaders } from "@/lib/api/assess";
import { rulesCatalogue } from "@/lib/api/rules";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { translatorFor } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return json(rulesCatalogue(translatorFor(locale)), 200, languageHeaders(locale));
}
