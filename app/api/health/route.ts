import { json } from "@/lib/api/assess";
import { RULES_VERSION } from "@/lib/rules";

export const dynamic = "force-dynamic";

/** For load balancers and the test server's readiness check: the process answers. */
export function GET(): Response {
  return json({ status: "ok", rulesVersion: RULES_VERSION }, 200);
}
