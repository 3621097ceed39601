import { json, methodNotAllowed, API_ALLOW } from "@/lib/api/assess";
import { openApiDocument } from "@/lib/api/openapi";
import { RULES_VERSION } from "@/lib/rules";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return json(openApiDocument(RULES_VERSION), 200);
}

const notAllowed = (request: Request) =>
  methodNotAllowed(request.headers.get("accept-language"), API_ALLOW["/api/openapi.json"]);
export {
  notAllowed as POST,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
  notAllowed as OPTIONS,
};
