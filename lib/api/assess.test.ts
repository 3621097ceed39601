import { describe, expect, it } from "vitest";

import { API_EXAMPLE } from "@/lib/rules/scenarios";

import { handleAssess } from "./assess";

function post(body: unknown): Promise<Response> {
  return handleAssess(
    new Request("https://check.test/api/assess", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

describe("handleAssess: invalid answers", () => {
  it("lists at most 100 issues, and says when there were more", async () => {
    const junk = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, 1]));
    const response = await post({ ...API_EXAMPLE, ...junk });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(10_000);
    const body = JSON.parse(text);
    expect(body.error).toBe("invalid-answers");
    expect(body.issues).toHaveLength(100);
    expect(body.issues[0]).toEqual({ path: "k0", message: "“k0” is not a field of the answers." });
    expect(body.truncated).toBe(true);
  });

  it("lists every issue, without truncated, when there are 100 or fewer", async () => {
    const junk = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 1]));
    const body = await (await post({ ...API_EXAMPLE, ...junk })).json();
    expect(body.issues).toHaveLength(100);
    expect(body).not.toHaveProperty("truncated");
  });
});

describe("handleAssess: a compressed body", () => {
  const send = (encoding: string, body: BodyInit) =>
    handleAssess(
      new Request("https://check.test/api/assess", {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": encoding },
        body,
      }),
    );

  // A gzipped plan was told it was not JSON, and a plain one labelled gzip was read as if
  // the label were not there (RFC 9110 §8.4.1, RFC 7694: 415 and Accept-Encoding).
  for (const encoding of ["gzip", "br", "deflate", "GZIP", "identity, gzip"]) {
    it(`${encoding}: 415, saying to send it uncompressed, with Accept-Encoding: identity`, async () => {
      const response = await send(encoding, JSON.stringify(API_EXAMPLE));
      expect(response.status).toBe(415);
      expect(response.headers.get("accept-encoding")).toBe("identity");
      const body = await response.json();
      expect(body.error).toBe("unsupported-media-type");
      expect(body.message).toMatch(/uncompressed/);
    });
  }

  it("a gzipped plan is not mistaken for bad JSON", async () => {
    const gzipped = await new Response(
      new Blob([JSON.stringify(API_EXAMPLE)]).stream().pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    const response = await send("gzip", gzipped);
    expect(response.status).toBe(415);
  });

  it("identity is no compression", async () => {
    expect((await send("identity", JSON.stringify(API_EXAMPLE))).status).toBe(200);
    expect((await send("Identity", JSON.stringify(API_EXAMPLE))).status).toBe(200);
  });
});
