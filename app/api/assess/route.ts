import { handleAssess } from "@/lib/api/assess";

export const dynamic = "force-dynamic";

/** Any other method is answered 405 by proxy.ts (lib/routing/refuse.ts), with `Allow: POST`. */
export function POST(request: Request): Promise<Response> {
  return handleAssess(request);
}
