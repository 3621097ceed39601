import { RULES_VERSION } from "../lib/rules/version";

import { expectNoAxeViolations } from "./accessibility";
import { expect, test } from "./fixtures";

const EXAMPLE = `v=1&o=o&p=100&r=h&s=12.25&f12=homl&g12=n&t25=p&f25=hl&g25=n&rv=${RULES_VERSION}&d=nc`;

test.describe("a reader whose browser asks for Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("gets Chinese pages, a Chinese journey, and a Chinese result", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("link", { name: /开始/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("境外投资者在何处设立？");
    await page.getByLabel("香港特别行政区", { exact: true }).check();
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByRole("textbox", { name: /外资股比/ }).fill("１００％");
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByLabel("深圳", { exact: true }).check();
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByLabel("内容分发网络业务（B12）", { exact: true }).check();
    await page.getByRole("button", { name: "继续" }).click();
    await page.getByRole("button", { name: "添加设施" }).click();
    await page.getByLabel("位于何处？").selectOption({ label: "中国内地其他地方" });
    await page.getByLabel("公司以何种方式持有？").selectOption({ label: "租用" });
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("核对您的答案");
    await expect(page.getByText("香港特别行政区")).toBeVisible();
    await page.getByRole("link", { name: "查看结果" }).click();
    await expect(page).toHaveURL(/\/zh\/result\?/);
    await expect(page.getByText("不允许").first()).toBeVisible();
    await expect(page.getByText(/内容分发网络/).first()).toBeVisible();
    await expect(
      page
        .getByText("有1个租用且位于中国内地其他地方的CDN节点不在深圳范围内", { exact: false })
        .first(),
    ).toBeVisible();
  });

  test("an unprefixed share link opens in Chinese", async ({ page }) => {
    await page.goto(`/result?${EXAMPLE}`);
    await expect(page).toHaveURL(/\/zh\/result\?/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("the API answers in Chinese", async ({ request }) => {
    const response = await request.post("/api/assess", {
      headers: { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" },
      data: { investor: { origin: "other", foreignSharePercent: 150 } },
    });
    expect(response.status()).toBe(400);
    expect(response.headers()["content-language"]).toBe("zh");
    const body = await response.json();
    expect(body.issues[0].message).toMatch(/[\u4e00-\u9fff]/);
  });
});

test("a question's error is read out in Chinese, prefix and all", async ({ page }) => {
  await page.goto("/zh/plan/registration?v=1&o=o&p=100");
  await page.getByRole("button", { name: "继续" }).click();
  const question = page.getByRole("group", { name: /公司/ });
  await expect(question).toHaveAccessibleDescription(/错误：/);
  await expect(question).not.toHaveAccessibleDescription(/Error/);
});

test("the progress says what is done and not needed in Chinese, with no space before a full-width bracket", async ({
  page,
}) => {
  // A CDN in Shenzhen: investor, company and services done, facilities now, internet access never.
  await page.goto("/zh/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12");
  const sections = page.getByRole("navigation", { name: "进度" }).getByRole("listitem");
  await expect(sections.first()).toContainText("投资者（已完成）");
  await expect(sections.last()).toHaveText(/^5\. \S+（本方案无需填写）$/);
  for (const text of await sections.allTextContents()) expect(text).not.toMatch(/\s（/);
});

test("the Chinese result and comparison read as written in Chinese", async ({ page }) => {
  await page.goto(`/zh/result?${EXAMPLE}`);
  // The CDN may have no foreign share at all: said in words, not as "at most 0%".
  const cdn = page.getByRole("region", { name: /内容分发网络业务/ });
  await expect(cdn.getByText("不得有外资持股", { exact: true })).toBeVisible();
  // No Latin space after full-width punctuation, before a source's official text.
  const text = await page.locator("main").textContent();
  expect(text).toContain("官方文本");
  expect(text).not.toMatch(/[。》：] +官方文本/);
  await expect(
    page.getByText("在据此作出决定前，请就标注“请向律师核实”的要点及整个方案向律师核实。"),
  ).toBeVisible();

  const variant = EXAMPLE.replace("f12=homl", "f12=hohl").replace("d=nc", "d=cc");
  await page.goto(
    `/zh/compare?plan=${encodeURIComponent(EXAMPLE)}&plan=${encodeURIComponent(variant)}`,
  );
  const table = page.getByRole("table");
  const whole = table.getByRole("row", { name: /整个方案/ });
  await expect(whole.getByRole("term").first()).toHaveText("按当前方案，公司外资股比上限");
  await expect(whole.getByRole("definition").first()).toHaveText("不得有外资持股");
  const marks = await table.locator("mark").allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) {
    expect(mark).toContain("：");
    expect(mark).not.toContain(":");
  }
});

test("the answers name the pilot area, services and sub-types by their legal names in both languages", async ({
  page,
}) => {
  // Registered in Hainan: a CDN and an information service publishing others' content.
  const answers = (language: string) =>
    page.getByRole("region", { name: language === "zh" ? "您的答案" : "Your answers" });
  const row = (language: string, label: string) =>
    answers(language)
      .locator("div")
      .filter({ has: page.getByRole("term").getByText(label) });

  await page.goto(`/en/result?${EXAMPLE}`);
  const registeredIn = row("en", "Company registered in");
  await expect(registeredIn.getByRole("definition").first()).toContainText("Hainan");
  await expect(registeredIn.getByText("海南自由贸易港")).toHaveAttribute("lang", "zh-CN");
  const kinds = row("en", "Kinds of information service");
  await expect(kinds.getByText("Information publishing platforms and delivery")).toBeVisible();
  await expect(kinds.getByText("信息发布平台和递送服务")).toHaveAttribute("lang", "zh-CN");
  await expect(row("en", "Services").getByText("内容分发网络业务", { exact: true })).toBeVisible();

  await page.goto(`/zh/result?${EXAMPLE}`);
  const zhRegisteredIn = row("zh", "公司注册地");
  await expect(zhRegisteredIn.getByText("海南自由贸易港")).toBeVisible();
  await expect(zhRegisteredIn.getByText("Hainan Free Trade Port")).toHaveAttribute("lang", "en");
  const zhKinds = row("zh", "信息服务业务的类型");
  await expect(zhKinds.getByText("信息发布平台和递送服务")).toBeVisible();
  await expect(zhKinds.getByText("Information publishing platforms and delivery")).toHaveAttribute(
    "lang",
    "en",
  );

  // Check your answers says them the same way.
  await page.goto("/en/plan/check?v=1&o=o&p=100&r=z&s=12&f12=zoml");
  await expect(page.getByText("深圳中国特色社会主义先行示范区")).toHaveAttribute("lang", "zh-CN");
});

test("the language switch changes the language and keeps the answers", async ({ page }) => {
  await page.goto("/en/plan/share?v=1&o=h&p=49.99");
  await expect(page.getByRole("textbox", { name: /total foreign share/ })).toHaveValue("49.99");
  await page.getByRole("link", { name: /中文/ }).click();
  await expect(page).toHaveURL(/\/zh\/plan\/share\?v=1&o=h&p=49\.99$/);
  await expect(page.getByRole("textbox", { name: /外资股比/ })).toHaveValue("49.99");
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/plan\/share\?v=1&o=h&p=49\.99$/);
});

test.describe("accessibility in Chinese", () => {
  const pages: Array<[string, string]> = [
    ["the start page", "/zh"],
    ["a question", "/zh/plan/registration?v=1&o=o&p=100"],
    ["the facilities editor", "/zh/plan/facilities-B12?v=1&o=o&p=100&r=z&s=12&f12=zoml"],
    ["check your answers", "/zh/plan/check?v=1&o=o&p=100&r=z&s=12&f12=zoml"],
    ["a result", `/zh/result?${EXAMPLE}`],
    [
      "a comparison",
      `/zh/compare?plan=${encodeURIComponent(EXAMPLE)}&plan=${encodeURIComponent(EXAMPLE)}`,
    ],
  ];
  for (const [name, url] of pages) {
    test(`axe finds nothing on ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await expectNoAxeViolations(page);
    });
  }
});
