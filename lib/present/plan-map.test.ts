import { describe, expect, it } from "vitest";

import { LOCATIONS, PILOT_AREAS, type Location, type Tenure } from "@/lib/answers/options";
import type { Answers } from "@/lib/answers/schema";
import { checkLocation, planPilotAreas } from "@/lib/rules/law/pilot-2024";
import { API_EXAMPLE, SCENARIOS } from "@/lib/rules/scenarios";

import { pilotAreaFor, placementOf, planMap } from "./plan-map";

function at(location: Location, tenure: Tenure = "owned") {
  return { location, tenure };
}

function plan(registeredIn: Location, facilities: ReturnType<typeof at>[]): Answers {
  return {
    investor: { origin: "other", foreignSharePercent: 100 },
    company: { registeredIn },
    services: [{ code: "B11", facilities }],
  };
}

describe("pilotAreaFor", () => {
  it("is the registration when the company is registered in a pilot area", () => {
    for (const area of PILOT_AREAS) {
      expect(pilotAreaFor(area, [])).toBe(area);
      expect(pilotAreaFor(area, [at("shenzhen"), at("mainland-other")])).toBe(area);
    }
  });

  it("is the one pilot area the facilities are in when the registration is not a pilot area", () => {
    expect(pilotAreaFor("undecided", [at("hainan"), at("hainan", "leased")])).toBe("hainan");
    expect(pilotAreaFor("mainland-other", [at("beijing")])).toBe("beijing");
    // A facility outside every pilot area is outside that area; it does not hide it.
    expect(pilotAreaFor("undecided", [at("hainan"), at("mainland-other")])).toBe("hainan");
    expect(pilotAreaFor("undecided", [at("hainan"), at("undecided")])).toBe("hainan");
  });

  it("is null when no single pilot area holds the service", () => {
    expect(pilotAreaFor("mainland-other", [])).toBeNull();
    expect(pilotAreaFor("undecided", [at("undecided")])).toBeNull();
    expect(pilotAreaFor("outside-mainland", [at("mainland-other")])).toBeNull();
    expect(pilotAreaFor("mainland-other", [at("hainan"), at("shanghai")])).toBeNull();
  });
});

describe("placementOf", () => {
  it("says undecided for an undecided place, whatever the area", () => {
    expect(placementOf("undecided", "hainan")).toBe("undecided");
    expect(placementOf("undecided", null)).toBe("undecided");
  });

  it("puts only the area itself inside it", () => {
    for (const location of LOCATIONS.filter((l) => l !== "undecided"))
      expect(placementOf(location, "beijing")).toBe(location === "beijing" ? "inside" : "outside");
  });

  it("puts every decided place outside when there is no pilot area", () => {
    expect(placementOf("hainan", null)).toBe("outside");
    expect(placementOf("mainland-other", null)).toBe("outside");
  });
});

describe("planMap", () => {
  it("says when no area is drawn because the facilities are in several pilot areas, and not when none is in one", () => {
    const plan = (facilities: ReturnType<typeof at>[]) => ({
      investor: { origin: "other" as const, foreignSharePercent: 100 },
      company: { registeredIn: "undecided" as const },
      services: [{ code: "B11" as const, facilities }],
    });
    expect(planMap(plan([at("beijing"), at("shenzhen")]))[0]).toMatchObject({
      area: null,
      split: true,
    });
    expect(planMap(plan([at("undecided")]))[0]).toMatchObject({ area: null, split: false });
  });

  it("maps the API.md example: the leased CDN node elsewhere is outside Hainan", () => {
    const example = API_EXAMPLE;
    expect(planMap(example)).toEqual([
      {
        code: "B12",
        area: "hainan",
        split: false,
        items: [
          { kind: "registration", location: "hainan", placement: "inside" },
          { kind: "facility", number: 1, location: "hainan", tenure: "owned", placement: "inside" },
          {
            kind: "facility",
            number: 2,
            location: "mainland-other",
            tenure: "leased",
            placement: "outside",
          },
        ],
      },
      {
        code: "B25",
        area: "hainan",
        split: false,
        items: [
          { kind: "registration", location: "hainan", placement: "inside" },
          {
            kind: "facility",
            number: 1,
            location: "hainan",
            tenure: "leased",
            placement: "inside",
          },
        ],
      },
    ]);
  });

  it("places a registration elsewhere outside the area its facilities are in", () => {
    const [map] = planMap(plan("mainland-other", [at("shenzhen"), at("undecided", "leased")]));
    expect(map?.area).toBe("shenzhen");
    expect(map?.items.map((i) => i.placement)).toEqual(["outside", "inside", "undecided"]);
  });

  it("lists only the registration for a service with no facilities", () => {
    const [map] = planMap(plan("beijing", []));
    expect(map?.items).toEqual([
      { kind: "registration", location: "beijing", placement: "inside" },
    ]);
  });

  it("names the same area as the rules' own location check, in every scenario", () => {
    for (const { name, answers } of SCENARIOS) {
      const ties = planPilotAreas(answers);
      const maps = planMap(answers, ties);
      answers.services.forEach((service, i) => {
        const rules = checkLocation(answers.company.registeredIn, service.facilities, ties[i]);
        expect(maps[i]?.area ?? undefined, `${name}: ${service.code}`).toBe(rules.area);
      });
    }
  });
});
