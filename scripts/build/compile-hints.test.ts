import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT } from "./compile-hints.mjs";

let distDir = "";

async function write(relative: string, content: string) {
  const file = path.join(distDir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}
const read = (relative: string) => readFile(path.join(distDir, relative), "utf8");

beforeEach(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), "compile-hints-"));
  await write(
    "build-manifest.json",
    JSON.stringify({ polyfillFiles: ["static/chunks/polyfills.js"], rootMainFiles: [] }),
  );
  await write("static/chunks/framework.js", "(globalThis.TURBOPACK||[]).push([1]);");
  await write("static/chunks/app/page.js", '"use strict";console.log(1);');
  await write("static/chunks/polyfills.js", "!function(){}();");
  await write("static/chunks/styles.css", "body{margin:0}");
});
afterEach(() => rm(distDir, { recursive: true, force: true }));

describe("the compile hints added to a build", () => {
  it("marks every browser chunk, in subfolders too, and leaves its code unchanged after the hint", async () => {
    const { marked } = await addCompileHints({ distDir });
    expect(marked).toEqual(["static/chunks/app/page.js", "static/chunks/framework.js"]);
    expect(await read("static/chunks/framework.js")).toBe(
      `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`,
    );
    expect(await read("static/chunks/app/page.js")).toBe(
      `${COMPILE_HINT}"use strict";console.log(1);`,
    );
  });

  it("puts the hint on the first line, where V8 looks for it", () => {
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });

  it("leaves the polyfills for old browsers and files that are not JavaScript alone", async () => {
    const { skipped } = await addCompileHints({ distDir });
    expect(skipped).toEqual(["static/chunks/polyfills.js"]);
    expect(await read("static/chunks/polyfills.js")).toBe("!function(){}();");
    expect(await read("static/chunks/styles.css")).toBe("body{margin:0}");
  });

  it("marks a chunk once however many times the build step runs", async () => {
    await addCompileHints({ distDir });
    const second = await addCompileHints({ distDir });
    expect(second.marked).toEqual([]);
    expect(await read("static/chunks/framework.js")).toBe(
      `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`,
    );
  });
});
