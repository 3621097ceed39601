import { describe, expect, it } from "vitest";

import type { Result } from "@/lib/answers/result-schema";

import { groupRemedies } from "./remedy-groups";

type Remedy = Result["remedies"][number];

const cut: Remedy["changes"] = [
  { op: "replace", path: "/investor/foreignSharePercent", value: 50 },
];

function remedy(serviceCode: string | undefined, changes: Remedy["changes"]): Remedy {
  return {
    ...(serviceCode ? { serviceCode, resultingServiceVerdict: "permitted" as const } : {}),
    description: "Reduce the foreign share to 50%.",
    steps: [],
    changes,
    resultingOverall: "permitted",
  } as Remedy;
}

describe("groupRemedies", () => {
  it("says a change offered to three services once, for all three, in the order they come", () => {
    const move: Remedy["changes"] = [
      { op: "replace", path: "/services/0/facilities/0/location", value: "beijing" },
    ];
    const groups = groupRemedies([
      remedy("B21", move),
      remedy("B21", cut),
      remedy("B25", cut),
      remedy("B26", cut),
    ]);
    expect(groups.map((g) => g.services.map((s) => s.code))).toEqual([
      ["B21"],
      ["B21", "B25", "B26"],
    ]);
  });

  it("keeps the whole plan's remedy apart, even when it makes the same change", () => {
    const groups = groupRemedies([remedy("B21", cut), remedy(undefined, cut)]);
    expect(groups).toHaveLength(2);
    expect(groups[1]?.services).toEqual([]);
  });
});
