import type { Page } from "@playwright/test";

import { RULES_CHECKED_ON, RULES_VERSION } from "../lib/rules/version";

import { expectNoAxeViolations } from "./accessibility";
import { longDate } from "./dates";
import { expect, test } from "./fixtures";

/** The API.md example: the CDN leases a node outside Hainan, the app store is in Hainan. */
const EXAMPLE_QUERY = "v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&f25=hl&g25=n";
const EXAMPLE = `/en/result?${EXAMPLE_QUERY}&rv=${RULES_VERSION}&d=nc`;
/** The same plan as the wizard leaves it: "no content" answered explicitly (`c25=-`). */
const CHECK = `/en/plan/check?${EXAMPLE_QUERY.replace("&f25", "&c25=-&f25")}`;

/** What a reader of the example's result relies on, whether or not JavaScript runs. */
async function expectExampleResult(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "This plan is not permitted as it stands",
  );
  await expect(
    page.getByText(
      "As planned, the company may have no foreign share at all, because of its content delivery network (B12).",
    ),
  ).toBeVisible();

  const cdn = page.getByRole("region", { name: "Content delivery network (B12)" });
  await expect(cdn.getByText("Not permitted", { exact: true })).toBeVisible();
  await expect(cdn.getByText("Not available to foreign capital")).toBeVisible();
  await expect(cdn.getByText("No foreign shareholding", { exact: true })).toBeVisible();
  const stops = cdn.getByRole("list", { name: "What stops it" });
  await expect(
    stops.getByText(
      "One CDN node, leased elsewhere in mainland China, is outside Hainan. A pilot CDN operator may not buy or lease CDN nodes outside its pilot area for its acceleration service.",
    ),
  ).toBeVisible();
  // Each blocker says it is not met, with a cross, not only by the list it is in.
  for (const blocker of await stops.locator(":scope > li").all()) {
    await expect(blocker.getByText("✗")).toBeVisible();
    await expect(blocker).toContainText(/^✗Not met /);
  }
  // The schematic: the leased node is drawn outside the pilot area, the company inside.
  await expect(cdn.getByRole("list", { name: "Inside the pilot area: Hainan" })).toContainText(
    "The company, registered in Hainan",
  );
  await expect(cdn.getByRole("list", { name: "Outside Hainan" })).toHaveText(
    "Facility 2: leased elsewhere in mainland China",
  );
  // In the start page's key: Hainan's edge is dashed, as its boundary is not settled, and says why.
  await expect(
    cdn
      .getByRole("figure")
      .getByText("Not settled: whether Sansha is included. Verify with counsel."),
  ).toBeVisible();

  // A citation with the official text, opening in a new tab and saying so: the circular's.
  const official = cdn.getByRole("link", {
    name: "Official text (opens in a new tab): MIIT Circular on Launching the Pilot Program for Expanding the Opening-up of Value-Added Telecommunications Services (MIIT Tongxinhan [2024] No. 107)",
  });
  await expect(official.first()).toHaveAttribute("href", /^https:\/\/www\.gov\.cn\//);
  await expect(official.first()).toHaveAttribute("target", "_blank");
  await expect(official.first()).toHaveAttribute("rel", "noopener noreferrer");
  // The CDN rule rests on the pilot plan, whose text was not available: no link, and the list
  // of sources says why (RULES.md §7).
  await expect(stops.getByRole("link", { name: /^Official text/ })).toHaveCount(0);
  await expect(page.locator('[id="source-MIIT-2024-107-ANNEX"]')).toContainText(
    "Its text was not available when the rules were last checked",
  );
  await expect(cdn.getByText("Verify with counsel").first()).toBeVisible();

  const information = page.getByRole("region", { name: "Information services (B25)" });
  await expect(information.getByText("Permitted with conditions", { exact: true })).toBeVisible();
  await expect(information.getByText("Through the 2024 pilot")).toBeVisible();

  const remedies = page.getByRole("region", { name: "What would change the result" });
  await expect(
    remedies.getByText(
      "Move the facility of your content delivery network (B12) leased elsewhere in mainland China to Hainan.",
      { exact: true },
    ),
  ).toBeVisible();
  await expect(
    remedies.getByText("The whole plan would then be: Permitted with conditions"),
  ).toBeVisible();

  const scope = page.getByRole("region", { name: "What this assessment does not cover" });
  await expect(scope).toContainText("data export and personal information rules");
  await expect(scope).toContainText("basic telecommunications services");
  await expect(scope).toContainText("This is not legal advice.");
  await expect(scope).toContainText(
    `Rules version ${RULES_VERSION}, last checked on ${longDate(RULES_CHECKED_ON)}.`,
  );

  await expect(page.getByText("Anyone with this link can read the answers in it")).toBeVisible();
}

/** The numbered steps of "What to do next" (each a paragraph, not the licence facts under one). */
const nextSteps = (page: Page) =>
  page
    .getByRole("region", { name: "What to do next" })
    .getByRole("listitem")
    .filter({ has: page.locator("p") });

test.describe("the result page", () => {
  test("shows the API.md example's verdict, reasons, sources, remedy and scope", async ({
    page,
  }) => {
    const response = await page.goto(EXAMPLE);
    expect(response?.status()).toBe(200);
    await expectExampleResult(page);
    await expectNoAxeViolations(page);
  });

  test("on a plan that is not permitted, says to change it first and only then to apply", async ({
    page,
  }) => {
    await page.goto(EXAMPLE);
    const steps = nextSteps(page);
    await expect(steps.first()).toContainText(
      "Adopt one of the changes that would make the plan possible",
    );
    await expect(steps.first()).toContainText("as it stands, the plan is not permitted");
    // The approvals are the changed plan's: a remedy may bring another service under the pilot.
    await expect(steps.first()).toContainText(
      "the changed plan’s result lists the approvals it needs",
    );
    await expect(steps.filter({ hasText: "Apply to MIIT for the pilot approval" })).toHaveCount(0);
    await expect(
      page.getByText(
        "Then, once the changed plan is permitted, apply for the value-added telecoms business operating licence.",
      ),
    ).toBeVisible();
    await expect(
      page.getByText("Apply for the value-added telecoms business operating licence.", {
        exact: true,
      }),
    ).toHaveCount(0);
  });

  test("marks the Chinese name a finding quotes as Chinese, so that a screen reader speaks it so", async ({
    page,
  }) => {
    await page.goto(EXAMPLE);
    const approval = page
      .getByRole("region", { name: "Information services (B25)" })
      .getByRole("list", { name: "Conditions to keep" })
      .getByText(/the company needs MIIT’s pilot approval \(电信业务经营试点批复\)/);
    await expect(approval).toBeVisible();
    // WCAG 3.1.2: the term is read in Chinese, the sentence around it in English.
    await expect(approval.locator('[lang="zh-CN"]')).toHaveText("电信业务经营试点批复");
    await expect(approval.locator('[lang="zh-CN"]')).toHaveCount(1);
  });

  test("on a permitted plan, says to apply for the licence", async ({ page }) => {
    await page.goto(EXAMPLE.replace("f12=homl", "f12=hohl").replace("d=nc", "d=cc"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan may be wholly foreign-owned, on conditions",
    );
    const next = page.getByRole("region", { name: "What to do next" });
    await expect(
      next.getByText("Apply for the value-added telecoms business operating licence.", {
        exact: true,
      }),
    ).toBeVisible();
    await expect(next).not.toContainText("Adopt one of the changes");
  });

  test("on a plan no change of place could permit, does not suggest moving the company or its facilities", async ({
    page,
  }) => {
    // An IP-VPN at 50% in Beijing: the pilot does not open B13, and no share above 0% is allowed.
    await page.goto("/en/result?v=1&o=o&p=50&r=b&s=13&f13=bl");
    const first = nextSteps(page).first();
    await expect(first).toContainText("for example its foreign share or the services and content");
    await expect(first).toContainText("moving the company or its facilities would not change that");
    await expect(first).not.toContainText("where the company and its facilities are");

    // Registered abroad, the company itself must move too.
    await page.goto("/en/result?v=1&o=o&p=50&r=x&s=13&f13=-");
    await expect(nextSteps(page).first()).toContainText(
      "for example its foreign share or where the company and its facilities are",
    );
  });

  test("on a plan whose company has no place yet, says to settle where it and its facilities will be", async ({
    page,
  }) => {
    await page.goto("/en/result?v=1&o=o&p=100&r=u&s=11&f11=ul");
    const steps = nextSteps(page);
    await expect(steps.first()).toContainText(
      "Decide where the company will be registered and where the facilities will be",
    );
    await expect(steps.nth(1)).toContainText(
      "Apply to MIIT for the pilot approval of your internet data centre",
    );
    // Once placed, the step is gone.
    await page.goto("/en/result?v=1&o=o&p=100&r=b&s=11&f11=bl");
    await expect(page.getByRole("region", { name: "What to do next" })).not.toContainText(
      "Decide where the company will be registered",
    );
  });

  test("keeps what a reader does next within reach of the verdict", async ({ page }) => {
    await page.goto(EXAMPLE);
    const shortcuts = page.getByRole("navigation", { name: "Shortcuts" });
    await expect(shortcuts.getByRole("link")).toHaveText([
      "Change your answers",
      "Compare with a variant",
      "Share or print this result",
    ]);
    await shortcuts.getByRole("link", { name: "Share or print this result" }).click();
    await expect(page.getByRole("heading", { name: "Share this result" })).toBeInViewport();
  });

  test("on a plan it has no change to suggest for, says so rather than promising one", async ({
    page,
  }) => {
    // IP-VPN, closed to foreign capital nationwide, by a company registered abroad.
    await page.goto("/en/result?v=1&o=o&p=60&r=x&s=13");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
    await expect(page.getByText("the check has no change of its own to suggest")).toBeVisible();
    await expect(page.getByRole("heading", { name: "What would change the result" })).toHaveCount(
      0,
    );
    // What stops it is the registration, which no shareholding overcomes, not the share.
    await expect(
      page
        .getByRole("region", { name: "Domestic IP-VPN (B13)" })
        .getByText("a company registered outside mainland China may not run your"),
    ).toBeVisible();
  });

  test("on a plan registered outside mainland China, blames the registration, not the share or a service", async ({
    page,
  }) => {
    // B22 is open nationwide and the share is 0%: only the registration stands in the way.
    const query = "v=1&o=o&p=0&r=x&s=22&f22=-";
    await page.goto(`/en/result?${query}`);
    const banner = page.getByRole("heading", { level: 1 }).locator("..");
    await expect(banner).toContainText(
      "A company registered outside mainland China cannot hold a value-added telecoms permit, whatever its foreign share, so none of its services can be provided as planned.",
    );
    await expect(banner).toContainText(
      "the company could not hold the permit at any foreign share, none included, because it would be registered outside mainland China",
    );
    await expect(banner).not.toContainText("at the planned foreign share");
    await expect(banner).not.toContainText("because of its");
    await page.goto(`/zh/result?${query}`);
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText(
      "在中国内地以外注册的公司不能取得增值电信业务经营许可证",
    );
  });

  test("on a plan with no foreign share, does not call a prohibited service open", async ({
    page,
  }) => {
    await page.goto("/en/result?v=1&o=o&p=0&r=b&s=25&t25=p&c25=n");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is permitted, with no foreign share",
    );
    await expect(
      page.getByText("With no foreign share, the limits on foreign investment do not restrict it"),
    ).toBeVisible();
    await expect(page.getByText("open at the planned foreign share")).toHaveCount(0);
  });

  test("says beside a pilot route that a share within the nationwide maximum does not need it", async ({
    page,
  }) => {
    const processing = (share: string, digest: string) =>
      `/en/result?v=1&o=o&p=${share}&r=b&s=21&t21=d&f21=bo&rv=${RULES_VERSION}&d=${digest}`;
    await page.goto(processing("49.99", "p"));
    const service = page.getByRole("region", {
      name: "Online data and transaction processing (B21)",
    });
    await expect(service.getByText("Through the 2024 pilot")).toBeVisible();
    await expect(
      service.getByText(
        "At this share, this service does not need the pilot; only a share above 50% would.",
      ),
    ).toBeVisible();

    await page.goto(processing("100", "c"));
    await expect(service.getByText("Through the 2024 pilot")).toBeVisible();
    await expect(service.getByText("does not need the pilot; only")).toHaveCount(0);
  });

  test("says a change offered to several services alike once, for all of them", async ({
    page,
  }) => {
    // Processing, search and coding at 100% outside the pilot: each may be cut to 50%.
    await page.goto(
      `/en/result?v=1&o=o&p=100&r=m&s=21.25.26&t21=d&f21=-&t25=s&f25=-&f26=-&rv=${RULES_VERSION}&d=nnn`,
    );
    const remedies = page.getByRole("region", { name: "What would change the result" });
    const cut = remedies.getByRole("listitem").filter({
      has: page.getByText("Reduce the foreign share to 50%.", { exact: true }),
    });
    await expect(cut).toHaveCount(1);
    await expect(cut).toContainText(
      "For the online data and transaction processing service (B21), information service (B25) and coding and protocol conversion service (B26)",
    );
    for (const service of ["(B21)", "(B25)", "(B26)"])
      await expect(cut.getByText(`${service} would then be: Permitted`)).toBeVisible();
  });

  test("opens the result of a remedy, which it says the plan would become", async ({ page }) => {
    await page.goto(EXAMPLE);
    await page
      .getByRole("region", { name: "What would change the result" })
      .getByRole("link", { name: /^See the result with this change: Move the facility/ })
      .click();
    await expect(page).toHaveURL(/\/en\/result\?.*f12=hohl/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan may be wholly foreign-owned, on conditions",
    );
  });

  test("says why its picture of a service draws no pilot area, as the plan stands", async ({
    page,
  }) => {
    const caption = (page: Page) =>
      page
        .getByRole("region", { name: "Internet data centre, including cloud (B11)" })
        .getByRole("figure");
    // Nothing placed yet: not a facility "not all in one pilot area".
    await page.goto("/en/result?v=1&o=o&p=100&r=u&s=11&f11=uo");
    await expect(caption(page)).toHaveAccessibleName(
      /Which one is not settled yet: the company’s registration is not decided, and no facility of this service is in a pilot area\.$/,
    );
    await page.goto("/en/result?v=1&o=o&p=100&r=u&s=11&f11=bozo");
    await expect(caption(page)).toHaveAccessibleName(
      /the company’s registration is not decided yet, and the facilities are in more than one pilot area\.$/,
    );
    await page.goto("/en/result?v=1&o=o&p=100&r=m&s=11&f11=mo");
    await expect(caption(page)).toHaveAccessibleName(
      /No pilot area can hold them: the company is registered elsewhere in mainland China\.$/,
    );
  });

  test("copies the absolute share link and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(EXAMPLE);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status")).toHaveText("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/result?${EXAMPLE_QUERY}&rv=${RULES_VERSION}&d=nc`);
  });

  test("copies the very link it shows, even when opened at another address than the public one", async ({
    browser,
    baseURL,
  }) => {
    // The server's PUBLIC_ORIGIN is baseURL (127.0.0.1); the reader came in by `localhost`.
    const other = new URL(baseURL ?? "");
    other.hostname = "localhost";
    const context = await browser.newContext({
      baseURL: other.origin,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await page.goto(EXAMPLE);
    const shown = page.getByText(/^Link: /);
    await expect(shown).toHaveText(
      `Link: ${baseURL}/result?${EXAMPLE_QUERY}&rv=${RULES_VERSION}&d=nc`,
    );
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status")).toHaveText("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(`Link: ${copied}`).toBe(await shown.textContent());
    await context.close();
  });

  test("lists the answers with Change links that come back through Check your answers", async ({
    page,
  }) => {
    await page.goto(EXAMPLE);
    const change = page.getByRole("link", { name: "Change Total foreign share" });
    await expect(change).toHaveAttribute("href", /^\/en\/plan\/share\?.*return=check/);
    // The link carries no content answer; it is stated as the contract's default, "None".
    await expect(
      page.getByRole("link", {
        name: "Change Content the company itself provides through its information service (B25)",
      }),
    ).toBeVisible();
    await page
      .getByRole("navigation", { name: "Shortcuts" })
      .getByRole("link", { name: "Change your answers" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  });

  test("answers a damaged link with 400 and explains it", async ({ page }) => {
    const response = await page.goto("/en/result?v=1&o=zz");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be opened");
    await expect(
      page.getByText("Part of the link is damaged or was changed by hand"),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Start again with new answers" })).toHaveAttribute(
      "href",
      "/en",
    );
    await expectNoAxeViolations(page);
  });

  test("at no foreign share, says that its pilot services reach 100% only through the pilot and its conditions", async ({
    page,
  }) => {
    // An IDC and a CDN in Shenzhen at 0%: facilities are not asked, as no share needs the pilot.
    await page.goto(`/en/result?v=1&o=h&p=0&r=z&s=11.12&f11=-&f12=-&rv=${RULES_VERSION}&d=pp`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is permitted, with no foreign share",
    );
    await expect(
      page.getByText(
        "As planned, every service allows the company to be wholly foreign-owned, its internet data centre and cloud service (B11) and content delivery network (B12) only through the 2024 pilot and on the conditions its findings below set out.",
      ),
    ).toBeVisible();
    // A plan open nationwide has nothing to add.
    await page.goto(`/en/result?v=1&o=h&p=0&r=z&s=22&f22=-&rv=${RULES_VERSION}&d=p`);
    await expect(
      page.getByText("As planned, every service allows the company to be wholly foreign-owned."),
    ).toBeVisible();
  });

  test("answers a link that gives the foreign share twice, differently, with 400 rather than the first share", async ({
    page,
  }) => {
    const response = await page.goto(
      `/en/result?v=1&o=o&p=49.99&r=b&s=25&t25=s&f25=bo&rv=${RULES_VERSION}&d=p&p=100`,
    );
    expect(response?.status()).toBe(400);
    await expect(
      page.getByText("Part of the link is damaged or was changed by hand"),
    ).toBeVisible();
    await expect(page.getByText("49.99%")).toHaveCount(0);
  });

  test("tells the reader of a link cut short before its ending to check the answers it holds", async ({
    page,
  }) => {
    // A CDN's link cut inside its facilities ("homl" → "ho"): still a valid plan, without the
    // node leased outside Hainan and so with a better result; only the missing rules version
    // and digest give it away.
    const response = await page.goto("/en/result?v=1&o=o&p=100&r=h&s=12&f12=ho");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("region", { name: "Check that this link is complete" });
    await expect(notice).toContainText("it may have been cut short or changed on the way");
    await notice.getByRole("link", { name: "Go to the answers this link holds" }).click();
    await expect(page).toHaveURL(/#answers-title$/);
    // The link it shares is whole again, ending and all.
    await expect(page.getByRole("region", { name: "Share this result" })).toContainText(
      `&rv=${RULES_VERSION}&d=`,
    );
    await expectNoAxeViolations(page);

    await page.goto(EXAMPLE);
    await expect(
      page.getByRole("heading", { name: "Check that this link is complete" }),
    ).toHaveCount(0);
  });

  test("opens a link cut inside its ending with the answers it holds, not as changed by hand", async ({
    page,
  }) => {
    // Cut inside the version, or inside its name: `&r` is not a second registration.
    for (const cut of [`&rv=${RULES_VERSION.slice(0, 5)}`, "&r"]) {
      expect((await page.goto(`/en/result?${EXAMPLE_QUERY}${cut}`))?.status(), cut).toBe(200);
      await expect(
        page.getByRole("region", { name: "Check that this link is complete" }),
      ).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "This plan is not permitted as it stands",
      );
    }

    // Cut inside the digest, the answers and the rules version are whole: nothing to check.
    expect((await page.goto(EXAMPLE.replace("d=nc", "d=n")))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
    await expect(
      page.getByRole("heading", { name: "Check that this link is complete" }),
    ).toHaveCount(0);
  });

  test("offers the answers of a link whose verdicts were changed by hand", async ({ page }) => {
    const response = await page.goto(EXAMPLE.replace("d=nc", "d=pp"));
    expect(response?.status()).toBe(400);
    await expect(page.getByText("it was changed after it was made")).toBeVisible();
    const check = page.getByRole("link", {
      name: "Check the answers it carries and see their result",
    });
    await expect(check).toHaveAttribute("href", /^\/en\/plan\/check\?v=1&/);
  });
});

test.describe("the result page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the whole result, and the share link as a plain link", async ({ page }) => {
    await page.goto(EXAMPLE);
    await expectExampleResult(page);
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Link to this result" })).toHaveAttribute(
      "href",
      `/result?${EXAMPLE_QUERY}&rv=${RULES_VERSION}&d=nc`,
    );
  });

  test("follows a remedy to its result", async ({ page }) => {
    await page.goto(EXAMPLE);
    await page.getByRole("link", { name: /^See the result with this change/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan may be wholly foreign-owned, on conditions",
    );
  });
});

test.describe("a result made through the API", () => {
  test("lists the facilities the questions do not ask, which count in it, without a Change link", async ({
    page,
  }) => {
    // An IDC at 0% is not asked its facilities; this plan, sent to the API, gave one outside
    // Beijing, which leaves the company no foreign share.
    await page.goto(`/en/result?v=1&o=o&p=0&r=b&s=11&f11=so&rv=${RULES_VERSION}&d=p`);
    const answers = page.getByRole("region", { name: "Your answers" });
    const label = "Facilities of the internet data centre and cloud service (B11)";
    await expect(answers.getByRole("term").filter({ hasText: label })).toBeVisible();
    await expect(
      answers.getByText("Shanghai (Pudong New Area or the Lin-gang Special Area), owned"),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: `Change ${label}` })).toHaveCount(0);
    await expect(answers.getByText("Not asked", { exact: true })).toBeVisible();
    await expect(answers).toContainText(
      "This link also holds the facilities of your internet data centre and cloud service (B11)",
    );
    await expectNoAxeViolations(page);
  });
});

test.describe("Check your answers", () => {
  test("lists the answers with Change links to the right step", async ({ page }) => {
    await page.goto(CHECK);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
    const answers = page.locator("dl");
    await expect(
      answers.getByRole("definition").filter({ hasText: "Hainan" }).first(),
    ).toBeVisible();
    // A facility reads as a phrase: "Hainan, owned", not the select's "Owned".
    await expect(answers.getByText("Hainan, owned", { exact: true }).first()).toBeVisible();
    await expect(answers.getByText(/, (Owned|Leased)$/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Back" })).toHaveAttribute(
      "href",
      /^\/en\/plan\/facilities-B25\?/,
    );
    await expectNoAxeViolations(page);

    const facilities = page.getByRole("link", {
      name: "Change Facilities of the content delivery network (B12)",
    });
    await expect(facilities).toHaveAttribute("href", /^\/en\/plan\/facilities-B12\?/);
    await facilities.click();
    await expect(page).toHaveURL(/\/en\/plan\/facilities-B12\?(.*&)?return=check(&|$)/);
  });

  test("sees the result of the answers", async ({ page }) => {
    await page.goto(CHECK);
    await page.getByRole("link", { name: "See the result" }).click();
    await expect(page).toHaveURL(
      new RegExp(`/en/result\\?.*rv=${RULES_VERSION.replaceAll(".", "\\.")}&d=nc`),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
  });

  test("explains a damaged draft", async ({ page }) => {
    await page.goto("/en/plan/check?v=1&r=q");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be opened");
  });
});

test.describe("Check your answers without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reaches the result", async ({ page }) => {
    await page.goto(CHECK);
    await page.getByRole("link", { name: "See the result" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "This plan is not permitted as it stands",
    );
  });
});
