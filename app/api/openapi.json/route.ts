import { json } from "@/lib/api/assess";
import { openApiDocument } from "@/lib/api/openapi";
import { RULES_VERSION } from "@/lib/rules";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return json(openApiDocument(RULES_VERSION), 200);
}
