/**
 * npm run bench: full assessments (findings and remedies) per second of a fixed plan of
 * three services, one of them not permitted with two remedies, on one core (the npm script
 * pins the process with taskset). Prints figures; asserts nothing about time.
 */
import { performance } from "node:perf_hooks";

import { AnswersSchema } from "@/lib/answers/schema";
import { assess } from "@/lib/rules";

const PLAN = AnswersSchema.parse({
  investor: { origin: "other", foreignSharePercent: 100 },
  company: { registeredIn: "shenzhen" },
  services: [
    { code: "B11", facilities: [{ location: "shenzhen", tenure: "leased" }] },
    {
      code: "B21",
      subtypes: ["edi", "device-data"],
      facilities: [
        { location: "shenzhen", tenure: "owned" },
        { location: "mainland-other", tenure: "leased" },
      ],
    },
    { code: "B22", facilities: [] },
  ],
});

const check = assess(PLAN);
const failing = check.services.filter((s) => s.verdict === "not-permitted").map((s) => s.code);
if (failing.length < 1 || check.remedies.length < 2) {
  throw new Error(
    `the bench plan no longer fits its description: ${failing.length} failing, ${check.remedies.length} remedies`,
  );
}

let sink = 0;
function run(iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink += assess(PLAN).remedies.length;
  return performance.now() - start;
}

// Warm up the JIT, then measure throughput over about three seconds.
run(20_000);
let iterations = 0;
let elapsed = 0;
while (elapsed < 3_000) {
  elapsed += run(10_000);
  iterations += 10_000;
}
const perSecond = (iterations / elapsed) * 1000;

const samples = new Float64Array(50_000);
for (let i = 0; i < samples.length; i++) {
  const t0 = performance.now();
  sink += assess(PLAN).remedies.length;
  samples[i] = performance.now() - t0;
}
samples.sort();
const quantile = (q: number) =>
  samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]! * 1000;

const target = 50_000;
console.log(
  `plan: 3 services (${failing.join(", ")} not permitted), ${check.remedies.length} remedies per assessment`,
);
console.log(
  `assessments per second (one core): ${Math.round(perSecond).toLocaleString("en")}  (target ≥ ${target.toLocaleString("en")}: ${perSecond >= target ? "met" : "NOT met"})`,
);
console.log(
  `one call: p50 ${quantile(0.5).toFixed(1)} µs, p99 ${quantile(0.99).toFixed(1)} µs (${samples.length.toLocaleString("en")} calls)`,
);
if (sink === 0) console.log("");
