import { request as httpRequest } from "node:http";

import { B21_SUBTYPES, B25_SUBTYPES, SERVICE_CODES } from "../lib/answers/options";

import { expect, test } from "./fixtures";

/**
 * The product rule for bad input, from the audit of the production build: whatever arrives
 * (a form field, a damaged or overlong link, an odd request), the user gets a clear message
 * and the right status, never a 500, and keeps what they entered.
 */

/** The largest plan there is: all ten services, each with fifty facilities. */
function largestPlan(share: number) {
  const facilities = Array.from({ length: 50 }, (_, i) => ({
    location: i % 2 === 0 ? "shenzhen" : "mainland-other",
    tenure: i % 3 === 0 ? "owned" : "leased",
  }));
  return {
    investor: { origin: "other", foreignSharePercent: share },
    company: { registeredIn: "shenzhen" },
    services: SERVICE_CODES.map((code) => ({
      code,
      facilities,
      ...(code === "B21" && { subtypes: [...B21_SUBTYPES] }),
      ...(code === "B25" && { subtypes: [...B25_SUBTYPES] }),
      ...(code === "B14" && { coverage: "nationwide", ispAccess: "basic-operator" }),
    })),
  };
}

test.describe("a link too long for a QR code", () => {
  const QR = "QR code of the link to this page";
  const TOO_LONG = "This link is too long for a QR code.";
  let plans: string[] = [];

  test.beforeAll(async ({ request }) => {
    plans = [];
    for (const share of [100, 49, 50, 30]) {
      const response = await request.post("/api/assess", { data: largestPlan(share) });
      expect(response.status()).toBe(200);
      const { links } = (await response.json()) as { links: { result: string } };
      plans.push(links.result.slice(links.result.indexOf("?") + 1));
    }
  });

  const compareUrl = (count: number) => {
    const query = new URLSearchParams();
    for (const plan of plans.slice(0, count)) query.append("plan", plan);
    return `/en/compare?${query}`;
  };

  test("the largest plan's result still has its QR code", async ({ page }) => {
    const response = await page.goto(`/en/result?${plans[0]}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("img", { name: QR })).toBeVisible();
  });

  test("a comparison too long for level M gets its QR code at a lower level", async ({ page }) => {
    const response = await page.goto(compareUrl(2));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("img", { name: QR })).toBeVisible();
  });

  test("a comparison too long for any QR code says so and still prints its link", async ({
    page,
  }) => {
    const response = await page.goto(compareUrl(4));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
    await expect(page.getByRole("img", { name: QR })).toHaveCount(0);
    await expect(page.getByText(TOO_LONG)).toBeVisible();
    await expect(page.getByText(/\/compare\?plan=/)).toBeVisible();
  });
});

test.describe("a no-JavaScript step with a checkbox value sent twice", () => {
  const ASKED = "v=1&o=o&p=100&r=h&s=25.21&t25=p&t21=e&submitted=1";
  for (const [step, fields, answer] of [
    ["content-B25", "content=news&content=news", "c25=n"],
    ["subtypes-B25", "subtypes=search&subtypes=search", "t25=s"],
    ["subtypes-B21", "subtypes=edi&subtypes=ecommerce&subtypes=edi", "t21=de"],
  ]) {
    test(`${step} goes on with the answer once`, async ({ request, page }) => {
      const response = await request.get(`/en/plan/${step}?${ASKED}&${fields}`, {
        maxRedirects: 0,
      });
      expect(response.status()).toBe(303);
      const location = response.headers()["location"] ?? "";
      expect(location).toContain(answer);
      expect(location).toContain("o=o&p=100&r=h");
      expect((await page.goto(location))?.status()).toBe(200);
    });
  }
});

test.describe("an address whose percent-encoding is broken", () => {
  for (const path of [
    "/en/plan/%FF",
    "/en/plan/%C0%AF",
    "/en/plan/%",
    "/en/plan/%E4",
    "/%FF",
    "/result%FF?v=1",
    "/og/%FF.png",
    "/x%FF.txt",
  ]) {
    test(`${path} answers 400 with an explanation`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(400);
      expect(response.headers()["x-frame-options"]).toBe("DENY");
      expect(await response.text()).toContain("This address cannot be read");
    });
  }

  test("is explained in the language of its prefix, in the browser too", async ({ page }) => {
    const response = await page.goto("/zh/plan/%C0%AF");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("无法读取此地址");
    await page.getByRole("link", { name: "重新开始自查" }).click();
    await expect(page).toHaveURL(/\/zh$/);
  });
});

type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined> };

/**
 * Any method, TRACE included, and any Host header: what a browser or Playwright's client
 * may refuse to send.
 */
function sendRaw(
  baseURL: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseURL), { method, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.describe("a method the address does not answer", () => {
  const ROUTES: Array<[path: string, allow: string]> = [
    ["/api/assess", "POST"],
    ["/api/rules", "GET, HEAD"],
    ["/api/openapi.json", "GET, HEAD"],
    ["/api/health", "GET, HEAD"],
    ["/en", "GET, HEAD"],
    ["/en/result?v=1&o=o", "GET, HEAD"],
  ];
  const METHODS = [
    "TRACE",
    "TRACK",
    "PROPFIND",
    "PURGE",
    "SEARCH",
    "MKCOL",
    "LINK",
    "QUERY",
    "OPTIONS",
  ];

  for (const [path, allow] of ROUTES) {
    test(`${path}: 405 with Allow: ${allow} and the security headers`, async ({ baseURL }) => {
      for (const method of METHODS) {
        const answer = await sendRaw(baseURL!, method, path);
        expect(answer.status, method).toBe(405);
        expect(answer.headers["allow"], method).toBe(allow);
        expect(answer.headers["x-frame-options"], method).toBe("DENY");
        expect(answer.headers["content-security-policy"], method).toContain("frame-ancestors");
      }
    });
  }

  test("a form POSTed to a page gets 405, not the wizard's start without its answers", async ({
    request,
  }) => {
    for (const path of [
      "/en/plan/check?v=1&o=o&p=100",
      "/en/result?v=1&o=o",
      "/zh/plan/origin?v=1",
    ]) {
      const response = await request.post(path, {
        form: { origin: "other" },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(405);
      expect(response.headers()["allow"], path).toBe("GET, HEAD");
    }
  });

  test("a form POSTed to an address with no page gets the 404 page, as GET would", async ({
    request,
  }) => {
    for (const path of ["/en/nope", "/zh/plan/facilities-B99?v=1", "/sitemap.xml"]) {
      const response = await request.post(path, { form: { origin: "other" }, maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["allow"], path).toBeUndefined();
      expect(await response.text(), path).toMatch(/Page not found|页面未找到/);
    }
  });
});

test.describe("a result link that lost some of its answers", () => {
  // The share link of a complete plan (B12 and B25 in Hainan), without B25's facilities.
  const cut = "/en/result?v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&g25=n&rv=2026.11.3&d=nc";

  test("is damaged: 400, said so, with the question it leaves open and a fresh start", async ({
    page,
  }) => {
    const response = await page.goto(cut);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be opened");
    await expect(page.getByText("does not carry a complete set of answers")).toBeVisible();
    await page.getByRole("link", { name: "Answer the questions it leaves open" }).click();
    await expect(page).toHaveURL(/\/en\/plan\/content-B25\?/);
  });

  test("while one that lost its ending too goes on to its next question, which says the link is incomplete", async ({
    page,
    request,
  }) => {
    const unfinished = cut.replace("&rv=2026.11.3&d=nc", "");
    const response = await request.get(unfinished, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toMatch(/\/en\/plan\/content-B25\?.*&cut=1$/);

    await page.goto(unfinished);
    await expect(page).toHaveURL(/\/en\/plan\/content-B25\?/);
    const notice = page.getByRole("region", { name: "This link is incomplete" });
    await expect(notice).toContainText(
      "it has brought you to the first question it does not answer",
    );
    // The answers it held are kept, and answering leaves the notice behind.
    await page.getByRole("checkbox", { name: /Internet news information/ }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).not.toHaveURL(/content-B25/);
    await expect(page).not.toHaveURL(/cut=1/);
    await expect(page.getByRole("region", { name: "This link is incomplete" })).toHaveCount(0);
    await page.getByRole("link", { name: "Back", exact: true }).click();
    await expect(page.getByRole("region", { name: "This link is incomplete" })).toHaveCount(0);
  });
});

test.describe("a result link cut short inside an answer, before its ending", () => {
  test("goes to the question of the answer it cut, which says the link is incomplete", async ({
    page,
    request,
  }) => {
    // Cut between a facility's location and its tenure: B12's facilities must be asked again.
    const cut = "/en/result?v=1&o=o&p=100&r=h&s=12&f12=hom";
    const response = await request.get(cut, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toMatch(/\/en\/plan\/facilities-B12\?.*&cut=1$/);

    await page.goto(cut);
    await expect(page.getByRole("region", { name: "This link is incomplete" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Where are the facilities of the content delivery network (B12)?",
    );
    // The answers before the cut are kept.
    expect(new URL(page.url()).searchParams.get("r")).toBe("h");
    expect(new URL(page.url()).searchParams.get("s")).toBe("12");
  });

  test("that a cut may have shortened and left valid, goes to its question to check it", async ({
    page,
    request,
  }) => {
    // 49.99% cut to 4%, and three services cut to the first: whole-looking, but not whole.
    for (const [cut, question] of [
      ["/en/result?v=1&o=h&p=4", "/en/plan/share?"],
      ["/en/result?v=1&o=h&p=49.99&r=b&s=11", "/en/plan/services?"],
    ] as const) {
      const response = await request.get(cut, { maxRedirects: 0 });
      expect(response.status(), cut).toBe(303);
      expect(response.headers()["location"], cut).toContain(question);
      expect(response.headers()["location"], cut).toMatch(/&cut=l$/);
    }

    await page.goto("/en/result?v=1&o=h&p=4");
    const notice = page.getByRole("region", { name: "This link is incomplete" });
    await expect(notice).toContainText("perhaps inside its last answer, which this question asks");
    const share = page.getByRole("textbox", { name: /total foreign share/ });
    await expect(share).toHaveValue("4");
    await share.fill("49.99");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveURL(/\/en\/plan\/registration\?v=1&o=h&p=49\.99(&|$)/);
    await expect(notice).toHaveCount(0);

    // B12's facilities, written before B25's sub-types but asked after them: the first open
    // question's notice names them, to check on the way.
    await page.goto("/en/result?v=1&o=o&p=100&r=h&s=12.25&f12=ho");
    await expect(page).toHaveURL(/\/en\/plan\/subtypes-B25\?.*&cut=1&cutq=facilities-B12$/);
    await expect(notice).toContainText(
      "The cut may also have shortened its last answer, to “Where are the facilities of the content delivery network (B12)?”",
    );

    // A whole share of 100 is not asked again, nor an empty list: the next question is.
    const whole = await request.get("/en/result?v=1&o=h&p=100", { maxRedirects: 0 });
    expect(whole.headers()["location"]).toMatch(/\/en\/plan\/registration\?.*&cut=1$/);
    const none = await request.get("/en/result?v=1&o=o&p=100&r=h&s=25&t25=p&c25=-", {
      maxRedirects: 0,
    });
    expect(none.headers()["location"]).toMatch(/\/en\/plan\/facilities-B25\?.*&cut=1$/);
  });

  test("or, when that answer is one nobody is asked, to the result, which says to check its answers", async ({
    page,
  }) => {
    const response = await page.goto("/en/result?v=1&o=o&p=100&r=b&s=11.22&f11=bo&f22=bom");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/result\?v=1&o=o&p=100&r=b&s=11\.22&f11=bo(&|$)/);
    await expect(
      page.getByRole("region", { name: "Check that this link is complete" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("but a link whose last answer was changed, not cut, is damaged", async ({ request }) => {
    const response = await request.get("/en/result?v=1&o=o&p=100&r=h&s=12.25&f12=hq", {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("This link cannot be opened");
  });
});

test.describe("a question's or Check your answers' address cut short inside its last answer", () => {
  test("goes on from the answers before the cut, to the question they leave open, which says so", async ({
    page,
    request,
  }) => {
    const cut = "/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&f12=hom";
    const response = await request.get(cut, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toMatch(/\/en\/plan\/facilities-B12\?.*&cut=a$/);
    expect(response.headers()["cache-control"]).toBe("private, no-store");

    await page.goto(cut);
    await expect(page.getByRole("region", { name: "This address was incomplete" })).toContainText(
      "The answers before the cut are kept",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Where are the facilities of the content delivery network (B12)?",
    );
    expect(new URL(page.url()).searchParams.get("r")).toBe("h");
    expect(new URL(page.url()).searchParams.get("s")).toBe("12");
  });

  test("or, when the answers before it are whole, to Check your answers, which says to check them", async ({
    page,
  }) => {
    await page.goto("/zh/plan/check?v=1&o=o&p=100&r=b&s=11.22&f11=bo&f22=bom");
    await expect(page).toHaveURL(/\/zh\/plan\/check\?v=1&o=o&p=100&r=b&s=11\.22&f11=bo&cut=a$/);
    await expect(page.getByRole("region", { name: "此地址不完整" })).toContainText("请在下方核对");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("核对您的答案");
  });

  test("but one whose last answer was changed, not cut, is damaged", async ({ request }) => {
    const response = await request.get("/en/plan/facilities-B12?v=1&o=o&p=100&r=h&s=12&f12=hq", {
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("This link cannot be opened");
  });
});

test("a share link without its language is redirected privately: its Location carries the answers", async ({
  request,
}) => {
  const response = await request.get("/result?v=1&o=o&p=100&r=b&s=11&f11=bo", {
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toContain("/en/result?v=1&o=o&p=100");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
});

test("a share link with a trailing slash is redirected privately too", async ({ request }) => {
  const response = await request.get("/en/result/?v=1&o=o&p=100&r=b&s=11&f11=bo", {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/en/result?v=1&o=o&p=100&r=b&s=11&f11=bo");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
});

test.describe("a link too long for the server to read", () => {
  const runaway = `/zh/result?v=1&o=o&p=100&r=b&s=11&f11=bo&x=${"%E4%B8%AD".repeat(2_000)}`;

  test("is explained in the browser, in the language of its prefix, with a way back", async ({
    page,
  }) => {
    const response = await page.goto(runaway);
    expect(response?.status()).toBe(431);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("此地址过长");
    await page.getByRole("link", { name: "重新开始自查" }).click();
    await expect(page).toHaveURL(/\/zh$/);
  });

  test("carries the security headers, on the API too", async ({ baseURL }) => {
    for (const path of [runaway, `/api/rules?x=${"a".repeat(20_000)}`]) {
      const answer = await sendRaw(baseURL!, "GET", path);
      expect(answer.status, path.slice(0, 12)).toBe(431);
      expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(answer.headers["referrer-policy"]).toBe("no-referrer");
    }
  });
});

test("a share link whose & became &amp; (copied from an e-mail) opens its result", async ({
  page,
}) => {
  const link = "/en/result?v=1&o=o&p=100&r=b&s=11&f11=bo".replaceAll("&", "&amp;");
  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/en\/result\?/);
  await expect(page.getByText("Permitted with conditions").first()).toBeVisible();
});

test.describe("a step that does not exist, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ["/en/plan/nope?v=1", "/en/plan/facilities-B99?v=1"]) {
    test(`${path} shows the 404 page from the server`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Start the check again" })).toBeVisible();
    });
  }

  test("in Chinese too", async ({ page }) => {
    const response = await page.goto("/zh/plan/nope");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面未找到");
  });

  // Asked for unprompted by crawlers and phones; they once reached the [locale] layout as a
  // language and got a blank page.
  for (const path of ["/sitemap.xml", "/apple-touch-icon.png"]) {
    test(`${path}, a file the site does not have, shows the 404 page from the server`, async ({
      page,
      request,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Start the check again" })).toBeVisible();

      const chinese = await request.get(path, { headers: { "accept-language": "zh-CN" } });
      expect(chinese.status()).toBe(404);
      expect(await chinese.text()).toContain("页面未找到");
    });
  }
});

test("robots.txt keeps crawlers off the pages that carry answers", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  for (const path of ["/en/plan/", "/zh/plan/", "/en/result", "/zh/compare", "/result", "/api/"])
    expect(text).toContain(`Disallow: ${path}\n`);
  expect(text).toContain("Allow: /\n");
});

test("no response header names a host the request made up", async ({ baseURL }) => {
  const foreign = { host: "evil.example", "x-forwarded-host": "evil2.example" };
  for (const path of [
    "/",
    "/en",
    "/zh/rules",
    "/result?v=1&o=o&p=100&r=b&s=11&f11=bo",
    "/en/result?v=1&o=o&p=100&r=b&s=11&f11=bo",
    "/en/result?v=1&o=o",
    "/en/plan/origin?v=1&origin=other&submitted=1",
    "/en/plan/check?v=1&o=o",
    "/en/nope",
    "/api/health",
  ]) {
    const answer = await sendRaw(baseURL!, "GET", path, foreign);
    expect(answer.status, path).toBeLessThan(500);
    for (const [name, value] of Object.entries(answer.headers))
      expect(String(value), `${path}: ${name}`).not.toContain("evil");
  }
});

test.describe("a share out of range, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { typed, name } of [
    { typed: "-1", name: "-1" },
    { typed: "9".repeat(5000), name: "a 5,000-digit number" },
  ]) {
    test(`${name} gets the range message and stays in the field`, async ({ page }) => {
      await page.goto("/en/plan/share?v=1&o=o");
      await page.getByRole("textbox").fill(typed);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText("Enter a foreign share from 0 to 100.").first()).toBeVisible();
      await expect(page.getByText(/as a number/)).toHaveCount(0);
      await expect(page.getByRole("textbox")).toHaveValue(typed);
    });
  }
});

test("a junk comparison context is ignored: Check your answers leads to the result", async ({
  page,
}) => {
  const answers = "v=1&o=o&p=100&r=b&s=11&f11=bo";
  const response = await page.goto(`/en/plan/check?${answers}&cmp=1:plan%3Dx%26plan%3Dy`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Back to the comparison" })).toHaveCount(0);
  await page.getByRole("link", { name: "See the result" }).click();
  await expect(page).toHaveURL(/\/en\/result\?/);
  await expect(page.getByText("Permitted with conditions").first()).toBeVisible();
});

test("a link that cannot be opened is titled so, whichever page it names", async ({ page }) => {
  const damaged: Array<[string, string]> = [
    ["/en/result?v=1&o=o&p=150", "This link cannot be opened – VATS Pilot Check"],
    ["/en/plan/check?v=1&o=zz", "This link cannot be opened – VATS Pilot Check"],
    ["/en/plan/share?v=1&o=zz", "This link cannot be opened – VATS Pilot Check"],
    ["/en/compare?plan=v%3D1%26o%3Dzz", "This comparison cannot be opened – VATS Pilot Check"],
    ["/zh/result?v=1&o=o&p=150", "无法打开此链接——增值电信开放试点自查"],
    ["/zh/plan/check?v=1&o=zz", "无法打开此链接——增值电信开放试点自查"],
  ];
  for (const [path, title] of damaged) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(400);
    // The tab, the history and a screen reader's first words say what the page says.
    await expect(page, path).toHaveTitle(title);
  }
});
