/**
 * Marks the app's browser chunks for eager compilation: V8's explicit compile hints, a
 * `//# allFunctionsCalledOnLoad` comment at the top of a script (Chromium 136 and later;
 * other engines ignore the comment).
 *
 * Why: without the hint V8 compiles a function on the main thread the first time it runs,
 * and nearly every function of the framework runs while a page hydrates. Lazy compilation
 * was more than half of the long task that evaluates the framework (measured in a trace of
 * the start page); with the hint V8 compiles while the script downloads, off the main thread,
 * and Lighthouse's Total Blocking Time fell by more than half (docs/PERFORMANCE.md).
 * It suits this app because every chunk runs when its page loads: the framework, the form
 * leaves and buttons of each route, and the step schema loaded once the form is interactive.
 * Next's legacy polyfills (loaded only by browsers without modules) are left alone.
 *
 * Wired into `next build` through `compiler.runAfterProductionCompile` (next.config.js), so
 * every build has it, whoever runs it. Idempotent: a chunk already marked is left as it is.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * @param {{ distDir: string }} build Next's build directory (`.next`), absolute.
 * @returns {Promise<{ marked: string[]; skipped: string[] }>} chunk paths relative to distDir.
 */
export async function addCompileHints({ distDir }) {
  const manifest = JSON.parse(await readFile(path.join(distDir, "build-manifest.json"), "utf8"));
  const polyfills = new Set(manifest.polyfillFiles ?? []);
  const chunksDir = path.join(distDir, "static", "chunks");
  const entries = await readdir(chunksDir, { recursive: true });
  const marked = [];
  const skipped = [];
  for (const entry of entries.sort()) {
    if (!entry.endsWith(".js")) continue;
    const relative = path.posix.join("static", "chunks", entry.split(path.sep).join("/"));
    if (polyfills.has(relative)) {
      skipped.push(relative);
      continue;
    }
    const file = path.join(chunksDir, entry);
    const code = await readFile(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, COMPILE_HINT + code);
    marked.push(relative);
  }
  return { marked, skipped };
}

/** `compiler.runAfterProductionCompile` in next.config.js. */
export async function runAfterProductionCompile({ distDir }) {
  const { marked } = await addCompileHints({ distDir });
  console.log(`   compile hints: ${marked.length} browser chunks marked for eager compilation`);
}
