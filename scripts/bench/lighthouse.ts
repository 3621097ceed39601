/**
 * npm run bench:lighthouse: Lighthouse 12 (mobile, its default) on the start page, a step
 * and a result page of the built app, which this script starts with `next start` on a free
 * port and stops. Each page is measured `--runs` times (default 3) and the run with the
 * median performance score is reported, since performance varies by a few hundredths from
 * run to run on a shared machine.
 *
 * Targets: performance ≥ 0.95, accessibility 1, best practices 1. Prints the three scores
 * per page, and the audits that cost points where a target is missed; exits non-zero then.
 * The JSON reports are left in .bench/lighthouse/.
 *
 *   npm run bench:lighthouse [-- --runs=3] [-- --method=devtools]
 *
 * `--method` is Lighthouse's throttling method: `simulate` (its default: one fast load,
 * then an estimate of a slow phone on slow 4G) or `devtools` (the load itself run at 4× CPU
 * slowdown on slow 4G). A run that fails to record its trace (NO_NAVSTART, seen when the
 * machine is busy) is retried twice.
 *
 * Chromium: as the browser tests find it (scripts/chromium.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

import { assess, RULES_VERSION } from "@/lib/rules";
import { API_EXAMPLE } from "@/lib/rules/scenarios";
import { resultHref } from "@/lib/wizard/urls";

import { ROOT, startApp } from "../app-server";
import { CHROMIUM_ARGS, chromiumPath } from "../chromium";
import { benchArgs } from "./args";

const args = benchArgs();
const RUNS = Math.max(1, Number(args.get("runs") ?? 3));
const METHOD = args.get("method") === "devtools" ? "devtools" : "simulate";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS].join(" ");
const chromePath = chromiumPath();

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = {
  performance: 0.95,
  accessibility: 1,
  "best-practices": 1,
};

/** The API.md example: a result with a not-permitted service, findings, citations and a remedy. */
const example = API_EXAMPLE;
const PAGES = [
  { name: "start", path: "/en" },
  { name: "step", path: "/en/plan/origin?v=1" },
  {
    name: "result",
    path: resultHref(
      "en",
      example,
      RULES_VERSION,
      assess(example, { remedies: false }).services.map((s) => s.verdict),
    ),
  },
];

type Audit = {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
};
type Report = {
  categories: Record<
    Category,
    { score: number | null; auditRefs: Array<{ id: string; weight: number }> }
  >;
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
};

const outDir = path.join(ROOT, ".bench", "lighthouse");
mkdirSync(outDir, { recursive: true });
const lighthouseCli = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js");

function runOnce(url: string, file: string): Report {
  const result = spawnSync(
    process.execPath,
    [
      lighthouseCli,
      url,
      "--output=json",
      `--output-path=${file}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--throttling-method=${METHOD}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      "--quiet",
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...(chromePath && { CHROME_PATH: chromePath }) },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  if (result.status !== 0 || !existsSync(file)) {
    throw new Error(`lighthouse failed on ${url}: ${result.stderr || result.error?.message}`);
  }
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
  return report;
}

function runLighthouse(url: string, file: string): Report {
  for (let attempt = 1; ; attempt++) {
    try {
      return runOnce(url, file);
    } catch (error) {
      if (attempt >= 3 || !String(error).includes("NO_NAVSTART")) throw error;
      console.log(`  (no trace recorded on ${url}: trying again)`);
    }
  }
}

const score = (report: Report, category: Category) => report.categories[category].score ?? 0;

// The figures only mean something on an otherwise idle machine: say how busy it was.
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")} (1/5/15 min) before starting`,
);
const server = await startApp();
let failed = false;
const rows: string[] = [];
try {
  console.log(
    `lighthouse (mobile, ${METHOD} throttling), ${RUNS} run(s) per page, median by performance`,
  );
  for (const page of PAGES) {
    const reports: Array<{ report: Report; file: string }> = [];
    for (let run = 1; run <= RUNS; run++) {
      const file = path.join(outDir, `${page.name}-${run}.json`);
      reports.push({ report: runLighthouse(server.origin + page.path, file), file });
    }
    const sorted = [...reports].sort(
      (a, b) => score(a.report, "performance") - score(b.report, "performance"),
    );
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const { report } = median;
    const performances = reports.map((r) => score(r.report, "performance").toFixed(2)).join(" ");
    const misses = CATEGORIES.filter((c) => score(report, c) < TARGETS[c]);
    if (misses.length > 0) failed = true;
    rows.push(
      `${page.name.padEnd(8)} ${CATEGORIES.map((c) => score(report, c).toFixed(2).padStart(13)).join(" ")}   (performance runs: ${performances})${misses.length ? "  UNDER TARGET" : ""}`,
    );
    for (const category of misses) {
      const refs = report.categories[category].auditRefs;
      const losing = (weighted: boolean) =>
        refs
          .filter((ref) => ref.weight > 0 === weighted)
          .map((ref) => report.audits[ref.id])
          .filter(
            (audit): audit is Audit =>
              !!audit &&
              audit.score !== null &&
              audit.score < (weighted ? 1 : 0.9) &&
              !["notApplicable", "manual", "informative"].includes(audit.scoreDisplayMode),
          )
          .map(
            (a) => `${a.id} ${a.score?.toFixed(2)}${a.displayValue ? ` (${a.displayValue})` : ""}`,
          )
          .join(", ");
      rows.push(
        `         ${category} ${score(report, category).toFixed(2)} < ${TARGETS[category]}`,
      );
      rows.push(`           scored audits under 1: ${losing(true) || "none"}`);
      if (category === "performance")
        rows.push(`           opportunities/diagnostics: ${losing(false) || "none"}`);
    }
    console.log(`  ${page.name}: done (${path.relative(ROOT, median.file)})`);
  }
} finally {
  await server.stop();
}
console.log(
  `\n${"page".padEnd(8)} ${CATEGORIES.map((c) => c.padStart(13)).join(" ")}   targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(", ")}`,
);
for (const row of rows) console.log(row);
process.exit(failed ? 1 : 0);
