import { API_ALLOW, json, methodNotAllowed } from "@/lib/api/assess";
import { RULES_VERSION } from "@/lib/rules";

export const dynamic = "force-dynamic";

/** For load balancers and the test server's readiness check: the process answers. */
export function GET(): Response {
  return json({ status: "ok", rulesVersion: RULES_VERSION }, 200);
}

const notAllowed = (request: Request) =>
  methodNotAllowed(request.headers.get("accept-language"), API_ALLOW["/api/health"]);
export {
  notAllowed as POST,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
  notAllowed as OPTIONS,
};
