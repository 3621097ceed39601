import { describe, expect, it } from "vitest";

import {
  buildCsp,
  createNonce,
  forwardRequestHeaders,
  isHttpsRequest,
  securityHeaders,
} from "./headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("buildCsp", () => {
  it("allows only nonce-bearing scripts in production", () => {
    const csp = directives(buildCsp("abc", { dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("never allows inline scripts, and eval only in development", () => {
    expect(buildCsp("n", { dev: false, https: true })).not.toMatch(/unsafe-(inline|eval)/);
    const dev = directives(buildCsp("n", { dev: true, https: false }));
    expect(dev.get("script-src")).toEqual([
      "'self'",
      "'nonce-n'",
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
  });

  it("allows inline styles only in development, for Next's dev overlay", () => {
    expect(directives(buildCsp("n", { dev: true, https: false })).get("style-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(
      directives(buildCsp("n", { dev: false, https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", dev: false, https: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
    expect(securityHeaders({ nonce: "n", dev: false, https: true })).toMatchObject({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    });
  });

  it("denies framing, sniffing, referrers and powerful features", () => {
    const headers = securityHeaders({ nonce: "n", dev: false, https: false });
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
    expect(headers["Permissions-Policy"]).toContain("geolocation=()");
    expect(headers["Permissions-Policy"]).not.toContain("interest-cohort");
  });
});

describe("createNonce", () => {
  it("is fresh base64 of 16 bytes", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("isHttpsRequest", () => {
  it("trusts the first X-Forwarded-Proto hop, else the URL", () => {
    expect(isHttpsRequest("http://x/", new Headers({ "x-forwarded-proto": "https, http" }))).toBe(
      true,
    );
    expect(isHttpsRequest("https://x/", new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttpsRequest("https://x/", new Headers())).toBe(true);
    expect(isHttpsRequest("http://x/", new Headers())).toBe(false);
  });
});

describe("forwardRequestHeaders", () => {
  const request = new Headers({ cookie: "a=1", accept: "text/html" });

  it("adds to the request headers a next() response forwards", () => {
    const response = new Response(null, { headers: { "x-middleware-next": "1" } });
    forwardRequestHeaders(response, request, { "x-nonce": "n" });
    expect(response.headers.get("x-middleware-override-headers")?.split(",").sort()).toEqual([
      "accept",
      "cookie",
      "x-nonce",
    ]);
    expect(response.headers.get("x-middleware-request-cookie")).toBe("a=1");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe("n");
  });

  it("keeps the overrides a rewrite already carries", () => {
    const response = new Response(null, {
      headers: {
        "x-middleware-rewrite": "http://x/en",
        "x-middleware-override-headers": "cookie,x-next-intl-locale",
        "x-middleware-request-cookie": "a=1",
        "x-middleware-request-x-next-intl-locale": "en",
      },
    });
    forwardRequestHeaders(response, request, { "x-nonce": "n" });
    expect(response.headers.get("x-middleware-override-headers")?.split(",").sort()).toEqual([
      "cookie",
      "x-next-intl-locale",
      "x-nonce",
    ]);
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBe("en");
  });

  it("leaves redirects alone", () => {
    const response = new Response(null, { status: 307, headers: { location: "http://x/en" } });
    forwardRequestHeaders(response, request, { "x-nonce": "n" });
    expect(response.headers.has("x-middleware-override-headers")).toBe(false);
  });
});
