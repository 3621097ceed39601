import { request as httpRequest } from "node:http";
import { gzipSync } from "node:zlib";

import type { APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import { API_EXAMPLE as EXAMPLE, SCENARIOS } from "../lib/rules/scenarios";
import { RULES_VERSION } from "../lib/rules/version";

import { expect, test } from "./fixtures";

type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A POST streamed in chunks with no Content-Length, which Playwright's client cannot send. */
function postChunked(
  url: string,
  chunks: string[],
  contentType = "application/json",
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", headers: { "content-type": contentType, "transfer-encoding": "chunked" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

test.describe("POST /api/assess", () => {
  test("answers 200 with the result API.md describes for its example", async ({ request }) => {
    const response = await request.post("/api/assess", { data: EXAMPLE });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const result = await response.json();
    expect(result.overall).toBe("not-permitted");
    const [cdn, store] = result.services;
    expect(cdn).toMatchObject({
      code: "B12",
      route: "not-available",
      maxForeignSharePercent: 0,
      verdict: "not-permitted",
    });
    const notMet = cdn.findings
      .filter((f: { outcome: string }) => f.outcome === "not-met")
      .map((f: { ruleId: string }) => f.ruleId);
    expect(notMet).toEqual(
      expect.arrayContaining(["PILOT-SAME-AREA", "PILOT-CDN-LOCAL-NODES", "SHARE-WITHIN-CAP"]),
    );
    expect(cdn.findings).toContainEqual(
      expect.objectContaining({ ruleId: "HAINAN-FTP", outcome: "info" }),
    );
    expect(store).toMatchObject({
      code: "B25",
      route: "pilot",
      maxForeignSharePercent: 100,
      verdict: "permitted-with-conditions",
    });
    expect(result.remedies[0]).toMatchObject({
      serviceCode: "B12",
      resultingOverall: "permitted-with-conditions",
    });
    expect(result.remedies[0].changes).toEqual([
      { op: "replace", path: "/services/0/facilities/1/location", value: "hainan" },
    ]);
    // RULES.md §6 on every result, the API's included.
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "SCOPE-NOT-COVERED",
        outcome: "info",
        message: expect.stringContaining("not legal advice"),
      }),
    );
  });

  test("returns a share link that opens the same result in a browser", async ({
    request,
    page,
  }) => {
    const result = await (await request.post("/api/assess", { data: EXAMPLE })).json();
    expect(result.links.result).toMatch(/^\/result\?v=1&/);
    const response = await page.goto(result.links.result);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/result\?v=1&/);
    await expect(page.getByText("Not permitted").first()).toBeVisible();
    await expect(
      page.getByText(/CDN nodes?, leased elsewhere in mainland China, is outside Hainan/),
    ).toBeVisible();
  });

  test("writes a share of -0 as 0 in the share link", async ({ request }) => {
    // JSON.stringify would write 0, so the -0 is written by hand.
    const body = JSON.stringify(EXAMPLE).replace(
      '"foreignSharePercent":100',
      '"foreignSharePercent":-0',
    );
    expect(body).toContain(":-0");
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json" },
      data: body,
    });
    expect(response.status()).toBe(200);
    const { links } = await response.json();
    expect(links.result).toMatch(/[?&]p=0&/);
  });

  test("accepts JSON with a charset parameter", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json; charset=utf-8" },
      data: JSON.stringify(EXAMPLE),
    });
    expect(response.status()).toBe(200);
  });

  test("answers 400 invalid-answers naming each bad field by its dotted path", async ({
    request,
  }) => {
    const response = await request.post("/api/assess", {
      data: {
        ...EXAMPLE,
        investor: { origin: "mars", foreignSharePercent: 150 },
        services: [{ code: "B99", facilities: [] }],
      },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid-answers");
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(["investor.origin", "investor.foreignSharePercent", "services.0.code"]);
    for (const issue of body.issues) expect(issue.message.length).toBeGreaterThan(10);
    expect(body.issues[1].message).toBe("Enter a foreign share from 0 to 100.");
  });

  test("answers 400 invalid-answers for unknown fields and duplicate codes", async ({
    request,
  }) => {
    const response = await request.post("/api/assess", {
      data: {
        ...EXAMPLE,
        services: [EXAMPLE.services[0], { ...EXAMPLE.services[0], colour: "red" }],
      },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.issues.map((i: { path: string }) => i.path)).toEqual([
      "services.1.colour",
      "services.1.code",
    ]);
  });

  test("lists at most 100 issues, with truncated: true, for 6,000 unknown fields", async ({
    request,
  }) => {
    const junk = Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, 1]));
    const response = await request.post("/api/assess", { data: { ...EXAMPLE, ...junk } });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.issues).toHaveLength(100);
    expect(body.truncated).toBe(true);
  });

  test("answers 400 invalid-json for a body that is not JSON", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{investor:"),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid-json" });
  });

  test("answers 400 invalid-json for an empty body", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json" },
      data: Buffer.alloc(0),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid-json" });
  });

  test("answers 415 for another content type", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify(EXAMPLE),
    });
    expect(response.status()).toBe(415);
    expect(await response.json()).toMatchObject({ error: "unsupported-media-type" });
    const form = await request.post("/api/assess", { form: { investor: "x" } });
    expect(form.status()).toBe(415);
  });

  test("answers 415 for a compressed body, naming the encoding it takes", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      data: gzipSync(JSON.stringify(EXAMPLE)),
    });
    expect(response.status()).toBe(415);
    expect(response.headers()["accept-encoding"]).toBe("identity");
    expect(await response.json()).toMatchObject({ error: "unsupported-media-type" });
  });

  test("answers 413 for a body over 64 KiB with Content-Length", async ({ request }) => {
    const big = JSON.stringify({ ...EXAMPLE, padding: "x".repeat(70 * 1024) });
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json" },
      data: big,
    });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ error: "payload-too-large" });
  });

  test("answers 413 for a body over 64 KiB streamed without Content-Length", async ({
    baseURL,
  }) => {
    const chunk = "x".repeat(16 * 1024);
    const response = await postChunked(`${baseURL}/api/assess`, [
      '{"padding":"',
      chunk,
      chunk,
      chunk,
      chunk,
      chunk,
      '"}',
    ]);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: "payload-too-large" });
  });

  test("reads a body under 64 KiB streamed without Content-Length", async ({ baseURL }) => {
    const text = JSON.stringify(EXAMPLE);
    const response = await postChunked(`${baseURL}/api/assess`, [
      text.slice(0, 50),
      text.slice(50),
    ]);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).overall).toBe("not-permitted");
  });

  for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
    test(`answers 405 with Allow: POST to ${method}`, async ({ request }) => {
      const response = await request.fetch("/api/assess", { method });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("POST");
    });
  }
});

test.describe("the other API routes", () => {
  test("GET /api/rules lists every rule with its ID, title, summary and citations", async ({
    request,
  }) => {
    const response = await request.get("/api/rules");
    expect(response.status()).toBe(200);
    const catalogue = await response.json();
    expect(catalogue.rulesVersion).toBeTruthy();
    expect(catalogue.rulesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The 25 rules of RULES.md §4 and the scope note of §6.
    expect(catalogue.rules).toHaveLength(26);
    for (const rule of catalogue.rules) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.summary.length).toBeGreaterThan(rule.title.length);
      expect(rule.citations.length).toBeGreaterThan(0);
    }
    expect(catalogue.rules.map((r: { id: string }) => r.id)).toContain("PILOT-CDN-LOCAL-NODES");
    const capital = catalogue.rules.find((r: { id: string }) => r.id === "LIC-CAPITAL");
    expect(capital.unconfirmed).toBe(true);
    expect(capital.citations.map((c: { id: string }) => c.id)).toContain("HAINAN-GUIDE-2024");
    expect(capital.summary).toContain("RMB 10,000,000");
  });

  test("GET /api/openapi.json is an OpenAPI 3.1 document", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.schemas.Answers.properties.investor).toBeTruthy();
  });

  for (const path of ["/api/rules", "/api/openapi.json", "/api/health"]) {
    test(`POST ${path} answers 405 with Allow: GET, HEAD and says to read it`, async ({
      request,
    }) => {
      const response = await request.post(path, { data: {} });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
      const body = await response.json();
      expect(body.error).toBe("method-not-allowed");
      expect(body.message).toContain("GET");
      expect(body.message).not.toContain("POST");
    });
  }

  test("GET /api/health answers ok", async ({ request }) => {
    expect(await (await request.get("/api/health")).json()).toMatchObject({ status: "ok" });
  });
});

test.describe("a damaged share link", () => {
  for (const [name, query] of [
    ["with no format version", "o=o&p=100"],
    ["from an unknown format version", "v=9&o=o"],
    ["with a damaged value", "v=1&o=o&p=1000&r=b&s=11&f11=bo"],
    ["naming rules that never existed", "v=1&o=o&p=100&r=b&s=11&f11=bo&rv=1999.1.1"],
    ["whose verdicts were tampered with", `v=1&o=o&p=100&r=b&s=11&f11=bo&rv=${RULES_VERSION}&d=p`],
    [
      "made by a later release, under rules this one does not have",
      "v=1&o=o&p=100&r=b&s=11&f11=bo&rv=2099.1.1&d=c",
    ],
    ["with no answers at all", "v=1"],
  ]) {
    test(`${name} answers 400 with an explanation`, async ({ page }) => {
      const response = await page.goto(`/en/result?${query}`);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(/cannot be opened/i);
    });
  }
});

test("a link made by a later release offers its answers, to be assessed under this one's rules", async ({
  page,
}) => {
  const response = await page.goto("/en/result?v=1&o=o&p=100&r=b&s=11&f11=bo&rv=2099.1.1&d=c");
  expect(response?.status()).toBe(400);
  await expect(page.getByText("made under a newer version of the rules")).toBeVisible();
  await page
    .getByRole("link", { name: "Check the answers it carries and see their result" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("link", { name: "See the result" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`rv=${RULES_VERSION.replaceAll(".", "\\.")}&d=c$`));
});

type Issue = { path: string; message: string };
type Finding = { ruleId: string; message: string };
type Json = Record<string, unknown>;

async function issuesOf(response: APIResponse): Promise<Issue[]> {
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error).toBe("invalid-answers");
  return body.issues;
}

const EXAMPLE_TEXT = JSON.stringify(EXAMPLE);
const json = { "content-type": "application/json" };

test.describe("POST /api/assess: input the contract leaves to judgement (ADR 0003)", () => {
  test("a member named twice is refused, not read as its last value", async ({ request }) => {
    const data = EXAMPLE_TEXT.replace(
      '"foreignSharePercent":100',
      '"foreignSharePercent":49,"foreignSharePercent":100',
    );
    const issues = await issuesOf(await request.post("/api/assess", { headers: json, data }));
    expect(issues.map((i) => i.path)).toEqual(["investor.foreignSharePercent"]);
    expect(issues[0]?.message).toContain("more than once");
  });

  test("a body that starts with a byte order mark is read", async ({ request }) => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXAMPLE_TEXT)]);
    const response = await request.post("/api/assess", { headers: json, data });
    expect(response.status()).toBe(200);
    expect((await response.json()).overall).toBe("not-permitted");
  });

  test("a share sent as a string, in ASCII or full-width digits, is not a number", async ({
    request,
  }) => {
    for (const share of ['"100"', '"１００"']) {
      const data = EXAMPLE_TEXT.replace(
        '"foreignSharePercent":100',
        `"foreignSharePercent":${share}`,
      );
      const issues = await issuesOf(await request.post("/api/assess", { headers: json, data }));
      expect(issues, share).toEqual([
        {
          path: "investor.foreignSharePercent",
          message: "Enter the total foreign share as a number, for example 49, 49.5 or 100.",
        },
      ]);
    }
  });

  test("a value outside its list is told the values it may take", async ({ request }) => {
    const services = [{ ...EXAMPLE.services[0], code: "B99" }];
    const issues = await issuesOf(
      await request.post("/api/assess", { data: { ...EXAMPLE, services } }),
    );
    expect(issues).toEqual([
      {
        path: "services.0.code",
        message: expect.stringMatching(
          /^Choose one of the listed services\. Allowed values: “B11”, .*“B26”\.$/,
        ),
      },
    ]);
  });

  test("JSON in another charset than UTF-8 is 415, saying so", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "content-type": "application/json; charset=utf-16" },
      data: EXAMPLE_TEXT,
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).message).toContain("UTF-8");
  });

  test("answers say their language and that it follows Accept-Language", async ({ request }) => {
    for (const response of [
      await request.post("/api/assess", { headers: { "accept-language": "zh" }, data: EXAMPLE }),
      await request.get("/api/rules", { headers: { "accept-language": "zh" } }),
      await request.delete("/api/assess", { headers: { "accept-language": "zh" } }),
    ]) {
      expect(response.headers()["content-language"]).toBe("zh");
      expect(response.headers()["vary"]).toMatch(/(^|, )Accept-Language(,|$)/);
    }
  });

  test("an API address whose percent-encoding is broken gets a JSON 400", async ({ request }) => {
    const response = await request.post("/api/assess%FF", { data: EXAMPLE });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid-address" });
  });
});

test.describe("the served OpenAPI document describes what the server sends", () => {
  test("every response of every kind validates against the schema its status names", async ({
    request,
  }) => {
    const doc = await (await request.get("/api/openapi.json")).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi", components: doc.components });
    const check = (name: string, body: unknown, what: string) => {
      const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)!;
      expect(validate(body), `${what}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    /** The schema the document names for this path, method and status. */
    const documented = (path: string, method: string, status: number): string => {
      const answer = doc.paths[path]?.[method]?.responses?.[String(status)];
      expect(answer, `${method.toUpperCase()} ${path} ${status} is documented`).toBeDefined();
      const ref: string | undefined = answer.content?.["application/json"]?.schema?.$ref;
      return ref?.split("/").at(-1) ?? "";
    };
    const cases: Array<[string, string, APIResponse]> = [
      ["/api/assess", "post", await request.post("/api/assess", { data: EXAMPLE })],
      ["/api/assess", "post", await request.post("/api/assess", { data: { services: 1 } })],
      ["/api/assess", "post", await request.post("/api/assess", { headers: json, data: "{" })],
      [
        "/api/assess",
        "post",
        await request.post("/api/assess", { headers: json, data: "x".repeat(70_000) }),
      ],
      [
        "/api/assess",
        "post",
        await request.post("/api/assess", { headers: { "content-type": "text/plain" }, data: "" }),
      ],
      ["/api/assess", "post", await request.get("/api/assess")],
      ["/api/rules", "get", await request.get("/api/rules")],
      ["/api/rules", "get", await request.post("/api/rules", { data: {} })],
      ["/api/health", "get", await request.get("/api/health")],
    ];
    for (const [path, method, response] of cases) {
      const name = documented(path, method, response.status());
      check(name, await response.json(), `${path} ${response.status()}`);
      if (response.status() === 405) {
        const allow = doc.paths[path][method].responses["405"].headers.Allow.schema.const;
        expect(response.headers()["allow"]).toBe(allow);
      }
    }
    // Answers for no documented route are errors of the same shape.
    for (const response of [
      await request.get("/api/nothing"),
      await request.get("/api/assess%FF"),
    ]) {
      check("Error", await response.json(), `${response.url()} ${response.status()}`);
    }
    // A few more results: the document is generated, so one plan could hide a gap.
    for (const scenario of SCENARIOS.slice(0, 12)) {
      const result = await (await request.post("/api/assess", { data: scenario.answers })).json();
      check("Result", result, scenario.name);
    }
  });
});

for (const language of ["en", "zh"] as const) {
  test.describe(`links.result reopens exactly the result the JSON gave (${language})`, () => {
    test.use({ javaScriptEnabled: false, locale: language === "en" ? "en-GB" : "zh-CN" });

    test(`without JavaScript, in ${language}: every finding, remedy and the link itself`, async ({
      page,
      request,
    }) => {
      for (const scenario of SCENARIOS.slice(0, 4)) {
        const result = await (
          await request.post("/api/assess", {
            headers: { "accept-language": language },
            data: scenario.answers,
          })
        ).json();
        const response = await page.goto(result.links.result);
        expect(response?.status(), scenario.name).toBe(200);
        await expect(page).toHaveURL(new RegExp(`/${language}/result\\?`));
        const text = (await page.locator("main").textContent()) ?? "";
        const findings: Finding[] = [
          ...result.services.flatMap((s: { findings: Finding[] }) => s.findings),
          ...result.findings,
        ];
        // The scope is a section of its own on the page (ADR 0002 §20).
        for (const finding of findings.filter((f) => f.ruleId !== "SCOPE-NOT-COVERED"))
          expect(text, `${scenario.name}: ${finding.ruleId}`).toContain(finding.message);
        for (const remedy of result.remedies as Json[])
          expect(text, scenario.name).toContain(remedy.description as string);
        const shared = page.getByRole("link", {
          name: language === "en" ? "Link to this result" : "此结果的链接",
        });
        await expect(shared.first(), scenario.name).toHaveAttribute("href", result.links.result);
      }
    });
  });
}

test.describe("the share link's explicit lang parameter (API.md)", () => {
  const link = async (request: import("@playwright/test").APIRequestContext) =>
    (await (await request.post("/api/assess", { data: EXAMPLE })).json()).links.result as string;

  test("chooses the language over the browser's, and is dropped from the address", async ({
    request,
  }) => {
    const result = await link(request);
    expect(result).not.toContain("lang=");
    for (const [lang, browser, prefix] of [
      ["zh", "en-GB,en;q=0.9", "zh"],
      ["en", "zh-CN,zh;q=0.9", "en"],
      ["zh-Hans-CN", "en", "zh"],
    ]) {
      const response = await request.get(`${result}&lang=${lang}&utm_source=x`, {
        headers: { "accept-language": browser! },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toBe(`/${prefix}${result}&utm_source=x`);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
    }
  });

  test("opens the result in that language", async ({ page, request }) => {
    await page.goto(`${await link(request)}&lang=zh`);
    await expect(page).toHaveURL(/\/zh\/result\?/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("a prefix spelt as a full tag (/zh-CN/…) opens under the site's own prefix", async ({
    page,
    request,
  }) => {
    const result = await link(request);
    const response = await request.get(`/zh-CN${result}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toBe(`/zh${result}`);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    await page.goto(`/en-GB${result}`);
    await expect(page).toHaveURL(/\/en\/result\?/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("is ignored with a language the site is not written in, and under a prefix", async ({
    request,
  }) => {
    const result = await link(request);
    const french = await request.get(`${result}&lang=fr`, {
      headers: { "accept-language": "zh" },
      maxRedirects: 0,
    });
    expect(french.headers()["location"]).toMatch(/^\/zh\/result\?/);
    const prefixed = await request.get(`/en${result}&lang=zh`, { maxRedirects: 0 });
    expect(prefixed.status()).toBe(200);
  });
});
