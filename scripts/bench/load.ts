/**
 * npm run bench:load: throughput and p99 latency of the built app under load (autocannon),
 * on the start page, on result pages (30 share links in rotation) and on POST /api/assess
 * (30 plans in rotation), against one `next start` this script starts on a free port and
 * stops.
 *
 * Client and server share the machine's cores, so absolute figures say little; the ratios
 * to the start page, measured in the same run, are what the targets are about: result pages
 * and the API each at least 0.5 times the start page's requests per second. Every non-2xx
 * response counts as an error. Exits non-zero on any error or a missed target.
 *
 * The targets take turns: each gets its 30 s in rounds of a few seconds (start page, result
 * pages, API, start page, …), so that whatever else the machine is doing falls on all of them
 * alike rather than on whichever target happened to run during it. Each window sends a fixed
 * number of requests (about the window's length at the rate its warm-up measured) and waits for
 * every answer, so no window leaves work unfinished for the next one to pay for, or is counted
 * short for requests still in flight when it stopped.
 *
 *   npm run bench:load [-- --duration=30 --rounds=6 --connections=50 --cpu-prof]
 *
 * `--cpu-prof` starts the server with `node --cpu-prof` and leaves its profile in
 * .bench/cpu-prof/ (open it in Chrome DevTools' Performance panel).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

import autocannon, { aggregateResult, type RawResult, type Request } from "autocannon";

import { AnswersSchema } from "@/lib/answers/schema";
import { assess, RULES_VERSION } from "@/lib/rules";
import { SCENARIOS } from "@/lib/rules/scenarios";
import { resultHref } from "@/lib/wizard/urls";

import { ROOT, startApp } from "../app-server";
import { benchArgs } from "./args";

const args = benchArgs();
const DURATION = Number(args.get("duration") ?? 30);
const CONNECTIONS = Number(args.get("connections") ?? 50);
const WARM_UP = Number(args.get("warm-up") ?? 3);
const ROUNDS = Math.max(1, Math.floor(Number(args.get("rounds") ?? 6)));
const WINDOW = DURATION / ROUNDS;
const PLANS = 30;
const TARGET_RATIO = 0.5;

/** 30 plans from the scenario tests, spread over the list so they differ in size and verdict. */
const plans = Array.from({ length: PLANS }, (_, i) => {
  const scenario = SCENARIOS[Math.floor((i * SCENARIOS.length) / PLANS)];
  if (!scenario) throw new Error("fewer scenarios than plans");
  return AnswersSchema.parse(scenario.answers);
});
if (new Set(plans.map((plan) => JSON.stringify(plan))).size !== PLANS) {
  throw new Error(`the ${PLANS} plans are not all different`);
}

const resultPaths = plans.map((answers) =>
  resultHref(
    "en",
    answers,
    RULES_VERSION,
    assess(answers, { remedies: false }).services.map((s) => s.verdict),
  ),
);

type Target = { key: string; name: string; requests: Request[] };

const TARGETS: Target[] = [
  { key: "start", name: "start page  GET /en", requests: [{ method: "GET", path: "/en" }] },
  {
    key: "result",
    name: "result pages GET /en/result?… (30 links)",
    requests: resultPaths.map((p) => ({ method: "GET", path: p })),
  },
  {
    key: "api",
    name: "API         POST /api/assess (30 plans)",
    requests: plans.map((plan) => ({
      method: "POST",
      path: "/api/assess",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(plan),
    })),
  },
];

/** `--only=result,api` runs some targets (the ratios need the start page among them). */
const only = args.get("only")?.split(",");
const selected = only ? TARGETS.filter((t) => only.includes(t.key)) : TARGETS;

async function sizes(origin: string, target: Target): Promise<number> {
  let total = 0;
  for (const request of target.requests) {
    const init: RequestInit = { method: request.method ?? "GET" };
    if (request.headers) init.headers = request.headers;
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(origin + (request.path ?? "/"), init);
    const body = await response.arrayBuffer();
    if (!response.ok) {
      throw new Error(`${request.method} ${request.path} answered ${response.status}`);
    }
    total += body.byteLength;
  }
  return total / target.requests.length;
}

type Totals = {
  raw: RawResult[];
  /** Seconds from each window's start to its last answer, summed. */
  seconds: number;
  /** Server CPU (ms) from the start of each window until the server was idle again. */
  cpuMs: number;
};

/** Runs `amount` requests through `connections` connections; resolves once all are answered. */
function runWindow(
  origin: string,
  target: Target,
  amount: number,
): Promise<{ raw: RawResult; seconds: number }> {
  const started = performance.now();
  let last = started;
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url: origin,
        connections: CONNECTIONS,
        amount,
        requests: target.requests,
        skipAggregateResult: true,
      },
      (error, raw) => {
        if (error) reject(error);
        // autocannon notices the end at its next 1 s sample: time the window by its last answer.
        else resolve({ raw, seconds: (last - started) / 1000 });
      },
    );
    tracker.on("response", () => {
      last = performance.now();
    });
  });
}

/** Waits until the server has finished what it was sent: its CPU time stops growing. */
async function drained(pid: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  const first = serverCpuMs(pid);
  if (first === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return;
  }
  let last: number = first;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now: number = serverCpuMs(pid) ?? last;
    // Under 5% of one core over the last quarter second: nothing left in its queue.
    if (now - last <= 12) return;
    last = now;
  }
}

/**
 * CPU time (ms) used so far by the server and its child processes, from /proc (Linux), or
 * undefined elsewhere. CPU per request barely depends on what else runs on the machine,
 * unlike requests per second, so it is the steadier measure of what each route costs.
 */
function serverCpuMs(pid: number): number | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const stat = (id: number) => {
    try {
      // Fields after the command name (which may contain spaces): state is field 3.
      const text = readFileSync(`/proc/${id}/stat`, "utf8");
      return text.slice(text.lastIndexOf(")") + 2).split(" ");
    } catch {
      return undefined;
    }
  };
  const pids = [pid];
  for (const entry of readdirSync("/proc")) {
    if (/^\d+$/.test(entry) && stat(Number(entry))?.[1] === String(pid)) pids.push(Number(entry));
  }
  // utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
  return pids.reduce((sum, id) => {
    const fields = stat(id);
    return sum + (fields ? (Number(fields[11]) + Number(fields[12])) * 10 : 0);
  }, 0);
}

const profile = args.has("cpu-prof");
const profileDir = path.join(ROOT, ".bench", "cpu-prof");
if (profile) mkdirSync(profileDir, { recursive: true });

// The figures only mean something on an otherwise idle machine: say how busy it was.
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")} (1/5/15 min) before starting`,
);
const server = await startApp(
  profile ? { nodeOptions: ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] } : {},
);
const totals = new Map<Target, Totals>(selected.map((t) => [t, { raw: [], seconds: 0, cpuMs: 0 }]));
const bytesOf = new Map<Target, number>();
try {
  console.log(
    `load: ${CONNECTIONS} connections, ${DURATION} s per target in ${ROUNDS} rounds of about ${WINDOW.toFixed(1)} s taken in turns (after a ${WARM_UP} s warm-up each), against ${server.origin}`,
  );
  const amounts = new Map<Target, number>();
  for (const target of selected) {
    bytesOf.set(target, await sizes(server.origin, target));
    const warm = await autocannon({
      url: server.origin,
      connections: CONNECTIONS,
      duration: WARM_UP,
      requests: target.requests,
    });
    const rate = warm.requests.total / WARM_UP;
    amounts.set(target, Math.max(CONNECTIONS, Math.round(rate * WINDOW)));
    await drained(server.pid);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of selected) {
      const sum = totals.get(target)!;
      const cpuBefore = serverCpuMs(server.pid);
      const { raw, seconds } = await runWindow(server.origin, target, amounts.get(target)!);
      await drained(server.pid);
      const cpuAfter = serverCpuMs(server.pid);
      sum.raw.push(raw);
      sum.seconds += seconds;
      if (cpuBefore !== undefined && cpuAfter !== undefined) sum.cpuMs += cpuAfter - cpuBefore;
    }
  }
} finally {
  await server.stop(profile ? 30_000 : 5_000);
}

const rows = selected.map((target) => {
  const sum = totals.get(target)!;
  const result = aggregateResult(sum.raw, { url: server.origin, connections: CONNECTIONS });
  const completed = sum.raw.reduce((n, r) => n + r.totalCompletedRequests, 0);
  const row = {
    target,
    result,
    bytes: bytesOf.get(target) ?? 0,
    perSecond: completed / sum.seconds,
    cpu: existsSync("/proc/self/stat") && completed > 0 ? sum.cpuMs / completed : undefined,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  console.log(
    `  ${target.name}: ${row.perSecond.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${row.errors} errors`,
  );
  return row;
});

const base = rows[0]!.perSecond;
const baseCpu = rows[0]!.cpu;
let failed = false;
console.log("");
console.log(
  `${"target".padEnd(42)} ${"req/s".padStart(7)} ${"ratio".padStart(6)} ${"p99 ms".padStart(7)} ${"ratio".padStart(6)} ${"CPU ms/req".padStart(10)} ${"ratio".padStart(6)} ${"body kB".padStart(8)} ${"errors".padStart(6)}`,
);
for (const [index, { target, result, bytes, cpu, perSecond, errors }] of rows.entries()) {
  const ratio = perSecond / base;
  const p99Ratio = result.latency.p99 / rows[0]!.result.latency.p99;
  const cpuRatio = cpu !== undefined && baseCpu ? cpu / baseCpu : undefined;
  const verdict =
    index === 0
      ? ""
      : ratio >= TARGET_RATIO
        ? `  target ≥${TARGET_RATIO}: met`
        : `  target ≥${TARGET_RATIO}: MISSED`;
  if (errors > 0 || (index > 0 && ratio < TARGET_RATIO)) failed = true;
  console.log(
    [
      target.name.padEnd(42),
      perSecond.toFixed(0).padStart(7),
      ratio.toFixed(2).padStart(6),
      String(result.latency.p99).padStart(7),
      p99Ratio.toFixed(2).padStart(6),
      (cpu === undefined ? "n/a" : cpu.toFixed(2)).padStart(10),
      (cpuRatio === undefined ? "" : cpuRatio.toFixed(2)).padStart(6),
      (bytes / 1024).toFixed(1).padStart(8),
      String(errors).padStart(6),
    ].join(" ") + verdict,
  );
  if (errors > 0) {
    console.log(
      `    errors: ${result.errors} connection, ${result.timeouts} timeouts, ${result.non2xx} non-2xx (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
}
console.log(
  `\nmachine load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ")}`,
);
if (profile) console.log(`\nserver CPU profile in ${path.relative(ROOT, profileDir)}/`);
process.exit(failed ? 1 : 0);
