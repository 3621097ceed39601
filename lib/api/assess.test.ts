import { describe, expect, it } from "vitest";

import { API_EXAMPLE } from "@/lib/rules/scenarios";

import { handleAssess, methodNotAllowed } from "./assess";

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

function send(text: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return handleAssess(
    new Request("https://check.test/api/assess", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: text,
    }),
  );
}

const EXAMPLE_TEXT = JSON.stringify(API_EXAMPLE);

async function issuesOf(response: Response): Promise<Array<{ path: string; message: string }>> {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error).toBe("invalid-answers");
  return body.issues;
}

describe("handleAssess: a member named twice in one object", () => {
  // JSON.parse keeps the last: this plan would have been assessed at 100% without a word.
  it("is refused, naming the member, rather than read as the last value", async () => {
    const text = EXAMPLE_TEXT.replace(
      '"foreignSharePercent":100',
      '"foreignSharePercent":49,"foreignSharePercent":100',
    );
    expect(text).not.toBe(EXAMPLE_TEXT);
    const issues = await issuesOf(await send(text));
    expect(issues).toEqual([
      {
        path: "investor.foreignSharePercent",
        message:
          "“foreignSharePercent” appears more than once in the same object, so which value is meant is unclear: give it once.",
      },
    ]);
  });

  it("is listed before the schema's issues, with those on other paths", async () => {
    const text = EXAMPLE_TEXT.replace('"code":"B12"', '"code":"B12","code":"B99"').replace(
      '"origin":"other"',
      '"origin":"mars"',
    );
    const issues = await issuesOf(await send(text));
    expect(issues.map((i) => i.path)).toEqual(["services.0.code", "investor.origin"]);
  });

  it("is named once however often it repeats, leaving room for the body's other issues", async () => {
    const body = await send(`{${'"a":1,'.repeat(5_000)}"a":1}`);
    const issues = await issuesOf(body);
    expect(issues.filter((i) => i.path === "a")).toHaveLength(1);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["investor", "company", "services"]),
    );
  });
});

describe("handleAssess: messages an API reader can act on", () => {
  it("names the allowed values where a field takes one of a list", async () => {
    const issues = await issuesOf(
      await send(JSON.stringify({ ...API_EXAMPLE, company: { registeredIn: "guangdong" } })),
    );
    expect(issues).toEqual([
      {
        path: "company.registeredIn",
        message:
          "Choose one of the listed places. Allowed values: “beijing”, “shanghai”, “hainan”, “shenzhen”, “mainland-other”, “outside-mainland”, “undecided”.",
      },
    ]);
  });

  it("names a sub-type's own service's values, in Chinese too", async () => {
    const plan = {
      ...API_EXAMPLE,
      services: [{ code: "B21", subtypes: ["search"], facilities: [] }],
    };
    const [wrongCode] = await issuesOf(await send(JSON.stringify(plan)));
    expect(wrongCode).toEqual({
      path: "services.0.subtypes.0",
      message:
        "This kind does not belong to this service. Allowed values: “ecommerce”, “transaction-processing”, “edi”, “device-data”.",
    });
    const unknown = { ...plan, services: [{ ...plan.services[0], subtypes: ["cloud"] }] };
    const [zh] = await issuesOf(
      await send(JSON.stringify(unknown), { "accept-language": "zh-CN" }),
    );
    expect(zh?.message).toBe(
      "请从所列业务类型中选择一项。可用的值：“ecommerce”、“transaction-processing”、“edi”、“device-data”。",
    );
  });

  it("calls a share beyond any double (1e400 reads as Infinity) out of range, not not-a-number", async () => {
    const text = EXAMPLE_TEXT.replace('"foreignSharePercent":100', '"foreignSharePercent":1e400');
    expect(await issuesOf(await send(text))).toEqual([
      { path: "investor.foreignSharePercent", message: "Enter a foreign share from 0 to 100." },
    ]);
  });

  it("takes a share only as a JSON number: not as a string, nor in full-width digits", async () => {
    for (const share of ['"100"', '"１００"', '"50%"']) {
      const text = EXAMPLE_TEXT.replace(
        '"foreignSharePercent":100',
        `"foreignSharePercent":${share}`,
      );
      expect(await issuesOf(await send(text)), share).toEqual([
        {
          path: "investor.foreignSharePercent",
          message: "Enter the total foreign share as a number, for example 49, 49.5 or 100.",
        },
      ]);
    }
  });

  it("names the body itself, with the empty path, when it is not an object", async () => {
    for (const text of ["[]", "null", '"answers"', "42"]) {
      expect(await issuesOf(await send(text)), text).toEqual([
        { path: "", message: "This must be an object of answers." },
      ]);
    }
  });
});

describe("handleAssess: what is JSON", () => {
  it("reads a body that starts with a UTF-8 byte order mark (RFC 8259 §8.1 allows ignoring it)", async () => {
    const response = await send(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), EXAMPLE_TEXT]));
    expect(response.status).toBe(200);
  });

  it("answers JSON in another charset 415, saying to send UTF-8", async () => {
    const response = await send(EXAMPLE_TEXT, {
      "content-type": "application/json; charset=iso-8859-1",
    });
    expect(response.status).toBe(415);
    const body = await response.json();
    expect(body.error).toBe("unsupported-media-type");
    expect(body.message).toContain("UTF-8");
  });

  it("reads a body of exactly 64 KiB, and answers one byte more 413", async () => {
    const padded = (size: number) => EXAMPLE_TEXT + " ".repeat(size - EXAMPLE_TEXT.length);
    expect((await send(padded(64 * 1024))).status).toBe(200);
    const over = await send(padded(64 * 1024 + 1));
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ error: "payload-too-large" });
  });
});

describe("the language of API answers", () => {
  it("says which language it is in, and that it varies with Accept-Language", async () => {
    const zh = await send(EXAMPLE_TEXT, { "accept-language": "zh-CN,zh;q=0.9" });
    expect(zh.headers.get("content-language")).toBe("zh");
    expect(zh.headers.get("vary")).toBe("Accept-Language");
    const refused = methodNotAllowed("zh", "POST");
    expect(refused.headers.get("content-language")).toBe("zh");
    expect(refused.headers.get("vary")).toBe("Accept-Language");
    expect((await refused.json()).message).toBe("请使用POST方法向此地址发送答案。");
  });
});
