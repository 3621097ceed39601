/**
 * npm run bench:fuzz: the fuzz cases of tests/fuzz in bulk. In-process: valid answers
 * through the link and back, valid and mutated bodies through the schema, assess() and the
 * result builder, damaged share links through the codec and the proxy's routing, and API
 * requests through the route handler. Over HTTP, against `next start` on a free port (the
 * last `npm run build`): API requests and page addresses with damaged links.
 *
 * Prints how many cases each kind ran and how many failed (with the first few), and exits
 * non-zero on any failure, including any error the server logged.
 *
 *   npm run bench:fuzz [-- --seed=20261128 --scale=1]
 *
 * `--scale` multiplies every count (the default runs 14,000 cases: 12,000 in-process and
 * 2,000 over HTTP).
 */
import fc from "fast-check";

import { answersArb, linkQueryArb, mutatedAnswersArb } from "../../tests/fuzz/arbitraries";
import {
  apiCaseArb,
  describeCase,
  type HttpCase,
  httpProblem,
  pageCaseArb,
} from "../../tests/fuzz/http";
import {
  bodyProblem,
  cutLinkProblem,
  handlerProblem,
  linkProblem,
  remedyProblem,
  roundTripProblem,
} from "../../tests/fuzz/properties";
import { startApp } from "../app-server";
import { benchArgs } from "./args";

const args = benchArgs();
const SEED = Number(args.get("seed") ?? 20261128);
const SCALE = Number(args.get("scale") ?? 1);
const BATCH = 250;
const CONCURRENCY = 8;
const SHOWN = 5;

type Tally = { name: string; cases: number; failures: number; examples: string[]; ms: number };
const tallies: Tally[] = [];

/** Draws `count` cases in seeded batches (bounded memory) and checks each. */
async function fuzz<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  count: number,
  check: (value: T) => Promise<string | undefined> | string | undefined,
  show: (value: T) => string,
  concurrency = 1,
): Promise<void> {
  const tally: Tally = { name, cases: 0, failures: 0, examples: [], ms: 0 };
  const started = performance.now();
  for (let batch = 0; tally.cases < count; batch++) {
    const size = Math.min(BATCH, count - tally.cases);
    const values = fc.sample(arbitrary, {
      seed: SEED + tallies.length * 100_003 + batch,
      numRuns: size,
    });
    let next = 0;
    const worker = async () => {
      while (next < values.length) {
        const value = values[next++] as T;
        const problem = await check(value);
        tally.cases += 1;
        if (problem) {
          tally.failures += 1;
          if (tally.examples.length < SHOWN) {
            const shown = show(value);
            tally.examples.push(
              `${problem}\n      case: ${shown.length > 400 ? `${shown.slice(0, 400)}…` : shown}`,
            );
          }
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  tally.ms = performance.now() - started;
  tallies.push(tally);
  console.log(
    `  ${name.padEnd(58)} ${String(tally.cases).padStart(6)} cases ${String(tally.failures).padStart(4)} failed  (${(tally.ms / 1000).toFixed(1)} s)`,
  );
}

const n = (count: number) => Math.max(1, Math.round(count * SCALE));
const json = (value: unknown) => JSON.stringify(value) ?? String(value);

console.log(`fuzz: seed ${SEED}\nin-process`);
await fuzz(
  "valid answers round-trip through the share link",
  answersArb,
  n(2_000),
  roundTripProblem,
  json,
);
await fuzz("valid answers: schema, assess(), result", answersArb, n(1_000), bodyProblem, json);
await fuzz("valid answers: every remedy verified", answersArb, n(2_000), remedyProblem, json);
await fuzz(
  "mutated answers: schema, assess(), messages",
  mutatedAnswersArb,
  n(2_000),
  bodyProblem,
  json,
);
await fuzz(
  "damaged share links: codec, result link, proxy routing",
  linkQueryArb,
  n(3_000),
  linkProblem,
  (q) => q,
);
await fuzz(
  "result links cut at every character: proxy routing",
  answersArb,
  n(1_000),
  cutLinkProblem,
  json,
);
await fuzz(
  "API requests through the route handler",
  apiCaseArb,
  n(2_000),
  handlerProblem,
  describeCase,
);

const server = await startApp();
console.log(`over HTTP (${server.origin})`);
const send = async (c: HttpCase): Promise<string | undefined> => {
  try {
    const init: RequestInit = { method: c.method, headers: c.headers, redirect: "manual" };
    if (c.body) init.body = c.body;
    const response = await fetch(server.origin + c.path, init);
    const body = c.method === "HEAD" ? "" : await response.text();
    return httpProblem(c, {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body,
    });
  } catch (error) {
    return `request failed: ${error instanceof Error ? error.message : String(error)}`;
  }
};
try {
  await fuzz(
    "POST /api/assess: bodies, content types, methods",
    apiCaseArb,
    n(1_000),
    send,
    describeCase,
    CONCURRENCY,
  );
  await fuzz(
    "pages: result, check and steps with damaged links",
    pageCaseArb,
    n(1_000),
    send,
    describeCase,
    CONCURRENCY,
  );
} finally {
  await server.stop();
}

// Anything the server logged as an error is a failure, a message missing from either
// catalogue (next-intl's MISSING_MESSAGE) included: both are complete.
const errorLines = server
  .output()
  .split("\n")
  .filter((line) => /error|exception|unhandled|MISSING_MESSAGE/i.test(line));
tallies.push({
  name: "server log: errors",
  cases: 0,
  failures: errorLines.length,
  examples: errorLines.slice(0, SHOWN),
  ms: 0,
});
console.log(`  server log: ${errorLines.length} errors`);

const cases = tallies.reduce((sum, t) => sum + t.cases, 0);
const failures = tallies.reduce((sum, t) => sum + t.failures, 0);
for (const tally of tallies.filter((t) => t.failures > 0)) {
  console.log(`\n${tally.name}: ${tally.failures} failed; first ${tally.examples.length}:`);
  for (const example of tally.examples) console.log(`  - ${example}`);
}
console.log(`\nfuzz: ${cases} cases, ${failures} failures (seed ${SEED})`);
process.exit(failures > 0 ? 1 : 0);
