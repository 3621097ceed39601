import { handleAssess, methodNotAllowed, API_ALLOW } from "@/lib/api/assess";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleAssess(request);
}

const notAllowed = (request: Request) =>
  methodNotAllowed(request.headers.get("accept-language"), API_ALLOW["/api/assess"]);
export {
  notAllowed as GET,
  notAllowed as HEAD,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
  notAllowed as OPTIONS,
};
