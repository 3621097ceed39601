import { readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { ROOT_FILES } from "./known-addresses";
import { notFoundPage } from "./refuse";
import { isMissingRootFile } from "./root-files";

/** app/'s metadata files at its root, by the address Next.js serves them at. */
const METADATA_ROUTES: Record<string, string> = {
  "robots.ts": "/robots.txt",
  "icon.svg": "/icon.svg",
  "favicon.ico": "/favicon.ico",
  "sitemap.ts": "/sitemap.xml",
  "manifest.ts": "/manifest.webmanifest",
  "apple-icon.png": "/apple-icon.png",
};

describe("the files served at the root", () => {
  it("are every file in public/ and every metadata file of app/, and only those", () => {
    const root = process.cwd();
    const publicFiles = readdirSync(join(root, "public")).map((name) => `/${name}`);
    const metadata = readdirSync(join(root, "app")).flatMap((name) => METADATA_ROUTES[name] ?? []);
    expect([...ROOT_FILES].sort()).toEqual([...publicFiles, ...metadata].sort());
  });

  it("are served; any other one-segment address with a dot is missing", () => {
    for (const file of ROOT_FILES) expect(isMissingRootFile(file), file).toBe(false);
    for (const path of ["/sitemap.xml", "/apple-touch-icon.png", "/.env", "/x.", "/%2F%2Fa.b"])
      expect(isMissingRootFile(path), path).toBe(true);
  });

  it("leaves pages and deeper files to their routes", () => {
    for (const path of [
      "/",
      "/en",
      "/zh",
      "/en/result",
      "/og/result-en-permitted.png",
      "/api/x.json",
    ])
      expect(isMissingRootFile(path), path).toBe(false);
  });

  it("answers a missing one with a 404 page in the reader's language, with a way to start", async () => {
    const request = { method: "GET", pathname: "/sitemap.xml", acceptLanguage: "zh-CN,zh;q=0.9" };
    const answer = notFoundPage(request, "abc");
    expect(answer.status).toBe(404);
    const html = await answer.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("页面未找到");
    expect(html).toContain('<a href="/zh">');
  });
});
