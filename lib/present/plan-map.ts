/**
 * Where a plan sits against the pilot, service by service: for the company's registration and
 * each facility, whether it is inside the pilot area that matters for that service. The result
 * page draws this as boxes and labels (never a map: a published map of China would need
 * official approval).
 *
 * The area that matters is the one the rules tie the service to (`checkLocation` in
 * lib/rules/law/pilot-2024.ts): the registration when it is a pilot area; otherwise the one
 * pilot area the service's facilities are in, when they are in exactly one (facilities outside
 * every pilot area do not change which area that is: they are simply outside it). Pure and
 * framework-free.
 */
import {
  type Location,
  type PilotArea,
  type ServiceCode,
  type Tenure,
} from "@/lib/answers/options";
import type { Answers } from "@/lib/answers/schema";
import { checkLocation } from "@/lib/rules/law/pilot-2024";

/** `undecided` is neither inside nor outside: the plan has not said where yet. */
export const PLACEMENTS = ["inside", "outside", "undecided"] as const;
export type Placement = (typeof PLACEMENTS)[number];

export type PlanMapItem =
  | { kind: "registration"; location: Location; placement: Placement }
  | {
      kind: "facility";
      /** 1-based, in the order the answers list them (as the wizard numbers them). */
      number: number;
      location: Location;
      tenure: Tenure;
      placement: Placement;
    };

export type ServicePlanMap = {
  code: ServiceCode;
  /** The pilot area that matters for this service, or null when there is none. */
  area: PilotArea | null;
  /** Its facilities are in more than one pilot area (so none is the one, unless registered in one). */
  split: boolean;
  /** The registration first, then every facility. */
  items: PlanMapItem[];
};

/**
 * The pilot area that matters for a service with these facilities, or null: the area the
 * rules tie the service to (`checkLocation`), so the picture and the sentences agree.
 * `planAreas` are the areas of the plan's pilot services (`planPilotAreas`): while the
 * registration is undecided, a service with no facility in a pilot area is tied to the
 * plan's one area.
 */
export function pilotAreaFor(
  registeredIn: Location,
  facilities: readonly { location: Location; tenure: Tenure }[],
  planAreas?: ReadonlySet<PilotArea>,
): PilotArea | null {
  return checkLocation(registeredIn, facilities, planAreas).area ?? null;
}

export function placementOf(location: Location, area: PilotArea | null): Placement {
  if (location === "undecided") return "undecided";
  return area !== null && location === area ? "inside" : "outside";
}

/** One map per service of the plan, in the plan's order. */
export function planMap(
  answers: Answers,
  planAreas: readonly ReadonlySet<PilotArea>[] = [],
): ServicePlanMap[] {
  const registeredIn = answers.company.registeredIn;
  return answers.services.map((service, index) => {
    const check = checkLocation(registeredIn, service.facilities, planAreas[index]);
    const area = check.area ?? null;
    return {
      code: service.code,
      area,
      split: check.split,
      items: [
        {
          kind: "registration",
          location: registeredIn,
          placement: placementOf(registeredIn, area),
        },
        ...service.facilities.map(({ location, tenure }, index): PlanMapItem => ({
          kind: "facility",
          number: index + 1,
          location,
          tenure,
          placement: placementOf(location, area),
        })),
      ],
    };
  });
}
