import fc from "fast-check";

import {
  apiCaseArb,
  describeCase,
  type HttpCase,
  httpProblem,
  pageCaseArb,
} from "../tests/fuzz/http";
import { expect, test } from "./fixtures";

/**
 * A seeded sample of the HTTP fuzz cases (tests/fuzz/http.ts) against the built app: random
 * and mutated API bodies, content types and methods, and damaged, truncated and
 * percent-garbled share links on the result, check and step pages. No response may be a
 * 5xx, and each must have the status the contract gives its case. `npm run bench:fuzz`
 * sends thousands more.
 */
const SEED = 20261128;
const API_CASES = 100;
const PAGE_CASES = 100;
const CONCURRENCY = 4;

async function run(
  cases: HttpCase[],
  send: (c: HttpCase) => Promise<{ status: number; contentType: string; body: string }>,
): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      let problem: string | undefined;
      try {
        problem = httpProblem(c, await send(c));
      } catch (error) {
        problem = `request failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (problem) failures.push(`${problem}: ${describeCase(c)}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return failures;
}

for (const [name, arbitrary, count, seed] of [
  [
    "POST /api/assess with random and mutated bodies, types and methods",
    apiCaseArb,
    API_CASES,
    SEED,
  ],
  ["result, check and step pages with damaged share links", pageCaseArb, PAGE_CASES, SEED + 1],
] as const) {
  test(`fuzz: ${name} (${count} seeded cases)`, async ({ request }) => {
    const cases = fc.sample(arbitrary, { seed, numRuns: count });
    const failures = await run(cases, async (c) => {
      const response = await request.fetch(c.path, {
        method: c.method,
        headers: c.headers,
        ...(c.body && { data: Buffer.from(c.body) }),
        maxRedirects: 0,
      });
      return {
        status: response.status(),
        contentType: response.headers()["content-type"] ?? "",
        body: c.method === "HEAD" ? "" : await response.text(),
      };
    });
    expect(failures).toEqual([]);
  });
}
