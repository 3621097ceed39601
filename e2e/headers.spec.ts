import type { APIRequestContext, APIResponse } from "@playwright/test";

import { PERMISSIONS_POLICY } from "../lib/security/permissions-policy.js";
import { expect, test } from "./fixtures";

/**
 * The security header set on every kind of response the app gives, read from the real
 * server: each route once over plain HTTP and once as if behind a TLS-terminating proxy
 * (`X-Forwarded-Proto: https`), which is when HSTS must be sent, and only then.
 */

const PLAN = {
  investor: { origin: "other", foreignSharePercent: 100 },
  company: { registeredIn: "shenzhen" },
  services: [{ code: "B11", facilities: [{ location: "shenzhen", tenure: "owned" }] }],
};
const ANSWERS_QUERY = "v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&c25=-&f25=hl&g25=n";
const RESULT_QUERY = `${ANSWERS_QUERY}&rv=2026.11.1&d=nc`;

type Route = {
  name: string;
  method?: string;
  path: string;
  status: number;
  headers?: Record<string, string>;
  data?: string | Buffer;
};

const PAGES: Route[] = [
  { name: "the start page", path: "/en", status: 200 },
  { name: "the rules page", path: "/zh/rules", status: 200 },
  { name: "a step", path: "/en/plan/origin?v=1", status: 200 },
  {
    name: "a step in error",
    path: "/en/plan/share?v=1&o=o&share=150&submitted=1",
    status: 400,
  },
  {
    name: "a step answered (redirect)",
    path: "/en/plan/origin?v=1&origin=other&submitted=1",
    status: 303,
  },
  { name: "Check your answers", path: `/en/plan/check?${ANSWERS_QUERY}`, status: 200 },
  { name: "a result", path: `/en/result?${RESULT_QUERY}`, status: 200 },
  { name: "the 400 page of a damaged link", path: "/en/result?v=1&o=zz", status: 400 },
  { name: "the 404 page", path: "/en/no-such-page", status: 404 },
  { name: "the 404 page of an unknown step", path: "/en/plan/nope?v=1", status: 404 },
  { name: "robots.txt", path: "/robots.txt", status: 200 },
  { name: "the favicon, from public/", path: "/favicon.ico", status: 200 },
  { name: "the 404 page of a file-like address", path: "/apple-touch-icon.png", status: 404 },
  { name: "the 404 page of a dot-file", path: "/.env", status: 404 },
  { name: "the 400 page of a badly encoded address", path: "/en/plan/%C0%AF", status: 400 },
  { name: "the 400 page of a badly encoded file address", path: "/og/%FF.png", status: 400 },
  { name: "an address without a locale (redirect)", path: "/result?v=1", status: 307 },
  { name: "an address with a trailing slash (redirect)", path: "/en/result/?v=1", status: 308 },
  { name: "an address with a doubled slash (redirect)", path: "/en//rules", status: 308 },
];

const JSON_TYPE = { "content-type": "application/json" };

const API: Route[] = [
  {
    name: "POST /api/assess, 200",
    method: "POST",
    path: "/api/assess",
    status: 200,
    headers: JSON_TYPE,
    data: JSON.stringify(PLAN),
  },
  {
    name: "POST /api/assess, 400",
    method: "POST",
    path: "/api/assess",
    status: 400,
    headers: JSON_TYPE,
    data: "{",
  },
  { name: "GET /api/assess, 405", method: "GET", path: "/api/assess", status: 405 },
  { name: "POST /api/nope, 404", method: "POST", path: "/api/nope", status: 404 },
  {
    name: "POST /api/assess, 413",
    method: "POST",
    path: "/api/assess",
    status: 413,
    headers: JSON_TYPE,
    data: JSON.stringify({ padding: "x".repeat(65 * 1024) }),
  },
  {
    name: "POST /api/assess, 415",
    method: "POST",
    path: "/api/assess",
    status: 415,
    headers: { "content-type": "text/plain" },
    data: JSON.stringify(PLAN),
  },
  {
    name: "POST /api/assess/ (redirect)",
    method: "POST",
    path: "/api/assess/",
    status: 308,
    headers: JSON_TYPE,
    data: JSON.stringify(PLAN),
  },
  { name: "GET /api/rules", path: "/api/rules", status: 200 },
  { name: "GET /api/openapi.json", path: "/api/openapi.json", status: 200 },
  { name: "GET /api/health", path: "/api/health", status: 200 },
];

function send(request: APIRequestContext, route: Route, extra: Record<string, string> = {}) {
  return request.fetch(route.path, {
    method: route.method ?? "GET",
    headers: { ...route.headers, ...extra },
    ...(route.data !== undefined && { data: route.data }),
    maxRedirects: 0,
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", ...values] = part.split(/\s+/);
        return [name.toLowerCase(), values];
      }),
  );
}

/** What any response may carry, static files included. */
function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toBe(PERMISSIONS_POLICY);
  expect(headers["x-powered-by"]).toBeUndefined();
}

/** The whole set of a page or API response. */
function expectSecurityHeaders(response: APIResponse, https: boolean) {
  expectBaseHeaders(response);
  const headers = response.headers();
  const csp = directives(headers["content-security-policy"] ?? "");
  const scripts = csp.get("script-src") ?? csp.get("default-src");
  expect(scripts, "a script-src directive").toBeDefined();
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts?.some((source) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(source))).toBe(true);
  expect(headers["content-security-policy"]).not.toMatch(/unsafe-(inline|eval)/);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(headers["x-frame-options"]).toBe("DENY");
  if (https) {
    expect(headers["strict-transport-security"]).toMatch(/^max-age=(\d+)/);
    const maxAge = Number(/^max-age=(\d+)/.exec(headers["strict-transport-security"] ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
  } else {
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  }
}

for (const [kind, routes] of [
  ["page", PAGES],
  ["API", API],
] as const) {
  test.describe(`security headers: ${kind}`, () => {
    for (const route of routes) {
      test(`${route.name} (${route.status}) carries the set, HSTS only over HTTPS`, async ({
        request,
      }) => {
        const plain = await send(request, route);
        expect(plain.status()).toBe(route.status);
        expectSecurityHeaders(plain, false);

        const https = await send(request, route, { "x-forwarded-proto": "https" });
        expect(https.status()).toBe(route.status);
        expectSecurityHeaders(https, true);
      });
    }
  });
}

test.describe("security headers: static files", () => {
  test("a script under /_next/static and /icon.svg carry nosniff and the base set", async ({
    request,
  }) => {
    const html = await (await request.get("/en")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, "a /_next/static script on the start page").toBeDefined();
    const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet, "a /_next/static stylesheet on the start page").toBeDefined();

    for (const path of [script!, stylesheet!, "/icon.svg"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectBaseHeaders(response);
    }
  });

  test("the page Next.js answers for a missing file under /_next may run no script and be framed by no one", async ({
    request,
  }) => {
    for (const path of ["/_next/anything", "/_next/static/chunks/missing.js"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectBaseHeaders(response);
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain("unsafe");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
    }
  });
});
