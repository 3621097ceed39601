/**
 * What would change the outcome (RULES.md §5, last paragraph). Candidates are built per
 * failing service, each verified by running the changed plan through the rules again; a
 * candidate is kept when it improves its own service's verdict and worsens no other.
 *
 * Interpretations:
 * - A service can fail on several counts at once (an ISP serving the whole country from a
 *   node outside the area), and no single kind of change fixes it. So candidates of
 *   different kinds are also tried together, and a combination is kept only when none of
 *   its parts alone already does the job (the smallest changes that work).
 * - The company is one: every service's remedy points at the same pilot area (`targetArea`),
 *   and a company registered outside the mainland is told to establish in the mainland, in
 *   that area when the service needs the pilot (ADR 0002, points 8 and 15).
 * - A change that raises a service's maximum without reaching the planned share is also tried
 *   with the share cut it makes possible (ADR 0002, point 16).
 * - Separating a service into another company removes it from this plan: it has no resulting
 *   verdict here, and is kept when no remaining service gets worse.
 */
import {
  type ContentCategory,
  isPilotArea,
  type Location,
  type PilotArea,
  PILOT_AREAS,
  type Subtype,
} from "@/lib/answers/options";
import type { Answers } from "@/lib/answers/schema";
import { type Verdict, verdictRank, worstVerdict } from "@/lib/answers/verdict";

import { decidePlan } from "./decide";
import { baselineOf } from "./law/nl-2024";
import { applyPatch } from "./patch";
import type { ServiceContext } from "./rule";
import type { PatchOp, Remedy, RemedyStep, Share } from "./types";

/** The stated order: after the number of changes, facilities, ISP, content, sub-types, separate company, share. */
const KINDS = ["facilities", "isp", "content", "subtypes", "separate", "share"] as const;
type Kind = (typeof KINDS)[number];

type Candidate = {
  kind: Kind;
  steps: RemedyStep[];
  changes: PatchOp[];
  /** The steps when the same remedy also drops the service's prohibited content. */
  stepsWithoutContent?: RemedyStep[];
  /**
   * The same change keeping online music, which it drops only because the pilot excludes
   * it: beside a share cut the service no longer needs the pilot, and music is lawful
   * outside it (NL-2024 excepts music from the prohibition).
   */
  keepingMusic?: Candidate;
};

function step(name: string, params: Record<string, string | number>): RemedyStep {
  return { messageKey: `remedies.${name}`, params };
}

/** The pilot area that holds most of these facilities (ties go to the circular's order). */
function busiestArea(facilities: readonly { location: Location }[]): PilotArea | undefined {
  let best: PilotArea | undefined;
  let bestCount = 0;
  for (const area of PILOT_AREAS) {
    const count = facilities.filter((f) => f.location === area).length;
    if (count > bestCount) {
      best = area;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Where the plan's pilot services should all be: the registration when it is a pilot area,
 * or the one area the plan's other pilot services already tie an undecided registration to,
 * otherwise the pilot area holding most of the facilities of the services that need the
 * pilot (then of all services). Plan-wide, so that every service's remedy names the same area
 * and the combined remedy can apply them together: the company is one. When no pilot area
 * holds any facility, any of the four would do alike: the first in the circular's order is
 * the one verified, and the remedy says that any area works (`chosen: false`).
 */
function targetArea(
  ctx: ServiceContext,
  decided: readonly ServiceContext[],
): { area: PilotArea; chosen: boolean } {
  if (isPilotArea(ctx.registeredIn)) return { area: ctx.registeredIn, chosen: true };
  // While the registration is undecided, services the pilot takes where they are may already
  // tie the company to one area: the others follow them there, rather than pull them away.
  // The closed services' area comes first (`planPilotAreas`): only there can the company
  // have a foreign share.
  const tied = ctx.planAreas;
  if (tied.size === 1) return { area: [...tied][0] as PilotArea, chosen: true };
  const pilotServices = decided.filter(
    (s) => s.needsPilot && s.pilot.scope.status !== "out" && s.route !== "prohibited",
  );
  const busiest =
    busiestArea(pilotServices.flatMap((s) => s.service.facilities)) ??
    busiestArea(ctx.answers.services.flatMap((s) => s.facilities));
  return busiest ? { area: busiest, chosen: true } : { area: PILOT_AREAS[0], chosen: false };
}

/**
 * Registering in the target area. When no pilot area holds any facility of the plan, the
 * area is the company's choice: the step says so, in words that fit the plan (it lists no
 * facility at all, or none in a pilot area yet), and the steps moving facilities follow it.
 * The words depend on the plan, not the service, so that every service's remedy gives the
 * same step and the combined remedy says it once.
 */
function registerStep(target: { area: PilotArea; chosen: boolean }, answers: Answers): RemedyStep {
  if (target.chosen) return step("register", { area: target.area });
  const listed = answers.services.some((s) => s.facilities.length > 0);
  return step(listed ? "registerInAnyArea" : "registerInAnyAreaNoneListed", { area: target.area });
}

function facilitiesCandidate(
  ctx: ServiceContext,
  decided: readonly ServiceContext[],
): Candidate | undefined {
  const { location, scope } = ctx.pilot;
  // Location only matters to a service that needs the pilot and that the pilot can open.
  if (
    !ctx.needsPilot ||
    scope.status === "out" ||
    (location.registration !== "fail" && location.facilities !== "fail")
  )
    return undefined;
  const { service, index } = ctx;
  const chosen = targetArea(ctx, decided);
  const target = chosen.area;
  const steps: RemedyStep[] = [];
  const changes: PatchOp[] = [];
  if (ctx.registeredIn !== target) {
    changes.push({ op: "replace", path: "/company/registeredIn", value: target });
    steps.push(registerStep(chosen, ctx.answers));
  }
  const moved = new Map<string, { location: Location; tenure: string; count: number }>();
  service.facilities.forEach((facility, j) => {
    if (facility.location === target || facility.location === "undecided") return;
    changes.push({
      op: "replace",
      path: `/services/${index}/facilities/${j}/location`,
      value: target,
    });
    const key = `${facility.location}/${facility.tenure}`;
    const group = moved.get(key) ?? {
      location: facility.location,
      tenure: facility.tenure,
      count: 0,
    };
    group.count += 1;
    moved.set(key, group);
  });
  // With the area the company's choice, a move goes to "that area", the one just chosen.
  const move = chosen.chosen ? "moveFacilities" : "moveFacilitiesToChosenArea";
  for (const group of moved.values())
    steps.push(step(move, { code: service.code, area: target, ...group }));
  // An ISP that serves only its area's users keeps doing so where it moves: those are then
  // the target area's users, not the ones it serves today (PILOT-ISP-LOCAL-SCOPE; ADR 0002
  // §15). One serving the whole country is told so by the ISP candidate.
  if (changes.length > 0 && ctx.pilot.ispScope === "ok" && location.area !== target)
    steps.push(
      chosen.chosen ? step("ispLocalUsers", { area: target }) : step("ispLocalUsersAny", {}),
    );
  return changes.length > 0 ? { kind: "facilities", steps, changes } : undefined;
}

/**
 * A company registered outside the mainland: established in the mainland, and, for a
 * service that needs the pilot, in the plan's pilot area (which the facilities candidate
 * then also offers with the facilities moved there).
 */
function registerInMainlandCandidate(
  ctx: ServiceContext,
  decided: readonly ServiceContext[],
): Candidate | undefined {
  if (ctx.registeredIn !== "outside-mainland") return undefined;
  const target =
    ctx.needsPilot && ctx.pilot.scope.status !== "out" ? targetArea(ctx, decided) : undefined;
  return {
    kind: "facilities",
    steps: [target ? registerStep(target, ctx.answers) : step("registerInMainland", {})],
    changes: [
      { op: "replace", path: "/company/registeredIn", value: target?.area ?? "mainland-other" },
    ],
  };
}

/**
 * The area an ISP's users must be in once the plan is remedied: where the company is or will
 * be registered. A registration or facilities that fail move the service to the plan's
 * target area (the facilities candidate), so that area is named, not where it stands today.
 */
function ispArea(ctx: ServiceContext, decided: readonly ServiceContext[]): PilotArea | undefined {
  const { location } = ctx.pilot;
  if (isPilotArea(ctx.registeredIn)) return ctx.registeredIn;
  if (location.registration === "fail" || location.facilities === "fail") {
    const target = targetArea(ctx, decided);
    return target.chosen ? target.area : undefined;
  }
  return location.area;
}

function ispCandidate(
  ctx: ServiceContext,
  decided: readonly ServiceContext[],
): Candidate | undefined {
  const { ispScope, ispAccess } = ctx.pilot;
  const base = `/services/${ctx.index}`;
  const steps: RemedyStep[] = [];
  const changes: PatchOp[] = [];
  if (ispScope === "fail") {
    changes.push({
      op: ctx.service.coverage === undefined ? "add" : "replace",
      path: `${base}/coverage`,
      value: "pilot-area",
    });
    const area = ispArea(ctx, decided);
    steps.push(area ? step("ispLocalUsers", { area }) : step("ispLocalUsersAny", {}));
  }
  if (ispAccess === "fail") {
    changes.push({
      op: ctx.service.ispAccess === undefined ? "add" : "replace",
      path: `${base}/ispAccess`,
      value: "basic-operator",
    });
    steps.push(step("ispOperatorAccess", {}));
  }
  return changes.length > 0 ? { kind: "isp", steps, changes } : undefined;
}

function contentCandidate(ctx: ServiceContext): Candidate | undefined {
  // Prohibited content always goes; music only stands in the way of a pilot the plan needs.
  const dropMusic = ctx.needsPilot && ctx.pilot.scope.status !== "out";
  const dropped = ctx.content.filter(
    (c) => ctx.prohibited.includes(c) || (dropMusic && c === "online-music"),
  );
  if (dropped.length === 0 || ctx.share === 0) return undefined;
  const dropping = (gone: readonly ContentCategory[]): Candidate => ({
    kind: "content",
    steps: gone.map((content) => step("dropContent", { code: ctx.service.code, content })),
    changes: [
      {
        op: "replace",
        path: `/services/${ctx.index}/content`,
        value: ctx.content.filter((c) => !gone.includes(c)),
      },
    ],
  });
  const candidate = dropping(dropped);
  const prohibitedOnly = dropped.filter((c) => c !== "online-music");
  if (prohibitedOnly.length > 0 && prohibitedOnly.length < dropped.length)
    candidate.keepingMusic = dropping(prohibitedOnly);
  return candidate;
}

function subtypesCandidate(ctx: ServiceContext): Candidate | undefined {
  const { scope } = ctx.pilot;
  if (scope.status !== "partly" || !ctx.needsPilot) return undefined;
  const steps = (withContent: boolean) =>
    scope.notOpened.map((subtype) =>
      step("separateSubtype", {
        code: ctx.service.code,
        subtype,
        max: separateMax(ctx, [subtype], withContent),
      }),
    );
  return {
    kind: "subtypes",
    steps: steps(true),
    // Dropped in the same remedy, the content no longer bars the separated part's foreign share.
    stepsWithoutContent: steps(false),
    changes: [
      {
        op: "replace",
        path: `/services/${ctx.index}/subtypes`,
        value: ctx.subtypes.filter((s) => !scope.notOpened.includes(s)),
      },
    ],
  };
}

/**
 * What a separated service or sub-type may have on its own: content it provides bars any
 * foreign share, unless the same remedy drops that content.
 */
function separateMax(ctx: ServiceContext, subtypes: readonly Subtype[], withContent = true): Share {
  return withContent && ctx.prohibited.length > 0 ? 0 : baselineOf(ctx.service.code, subtypes).max;
}

function separateCandidate(ctx: ServiceContext): Candidate | undefined {
  if (ctx.pilot.scope.status !== "out" || !ctx.needsPilot || ctx.answers.services.length < 2)
    return undefined;
  return {
    kind: "separate",
    steps: [
      step("separateService", { code: ctx.service.code, max: separateMax(ctx, ctx.subtypes) }),
    ],
    changes: [{ op: "remove", path: `/services/${ctx.index}` }],
  };
}

function shareCandidate(ctx: ServiceContext): Candidate | undefined {
  if (ctx.max === 0 || ctx.share <= ctx.max) return undefined;
  return shareCut(ctx.max);
}

function shareCut(share: Share): Candidate {
  return {
    kind: "share",
    steps: [step("reduceShare", { share })],
    changes: [{ op: "replace", path: "/investor/foreignSharePercent", value: share }],
  };
}

function candidatesFor(ctx: ServiceContext, decided: readonly ServiceContext[]): Candidate[] {
  return [
    facilitiesCandidate(ctx, decided) ?? registerInMainlandCandidate(ctx, decided),
    ispCandidate(ctx, decided),
    contentCandidate(ctx),
    subtypesCandidate(ctx),
    separateCandidate(ctx),
    shareCandidate(ctx),
  ].filter((c): c is Candidate => c !== undefined);
}

/** Every combination of candidates, fewest first; separating a service combines with nothing. */
function combinations(candidates: Candidate[]): Candidate[][] {
  const result: Candidate[][] = [];
  for (let mask = 1; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, i) => mask & (1 << i));
    if (set.length > 1 && set.some((c) => c.kind === "separate")) continue;
    result.push(set);
  }
  return result.sort((a, b) => a.length - b.length);
}

type Trial = { verdicts: Map<string, Verdict>; maxima: Map<string, Share>; overall: Verdict };

function trial(answers: Answers, changes: readonly PatchOp[]): Trial | undefined {
  const changed = applyPatch(answers, orderForPatch(changes));
  if (changed.services.length === 0) return undefined;
  const decided = decidePlan(changed);
  return {
    verdicts: new Map(decided.map((s) => [s.service.code, s.verdict])),
    maxima: new Map(decided.map((s) => [s.service.code, s.max])),
    overall: worstVerdict(decided.map((s) => s.verdict)),
  };
}

/** Removals of services go last and from the highest index, so other paths keep their meaning. */
function orderForPatch(changes: readonly PatchOp[]): PatchOp[] {
  if (!changes.some((c) => c.op === "remove")) return [...changes];
  const removals = changes.filter((c) => c.op === "remove" && /^\/services\/\d+$/.test(c.path));
  const rest = changes.filter((c) => !removals.includes(c));
  const index = (c: PatchOp) => Number(c.path.split("/")[2]);
  return [...rest, ...removals.sort((a, b) => index(b) - index(a))];
}

function worsensNone(before: readonly ServiceContext[], after: Trial, except?: string): boolean {
  return before.every((s) => {
    if (s.service.code === except) return true;
    const verdict = after.verdicts.get(s.service.code);
    return verdict === undefined || verdictRank(verdict) <= verdictRank(s.verdict);
  });
}

function kindRank(set: Candidate[]): number[] {
  return set.map((c) => KINDS.indexOf(c.kind)).sort((a, b) => a - b);
}

/** Fewest kinds of change first (moving three nodes is one change), then the stated order of kinds. */
function compareRemedies(a: { set: Candidate[] }, b: { set: Candidate[] }): number {
  if (a.set.length !== b.set.length) return a.set.length - b.set.length;
  const ra = kindRank(a.set);
  const rb = kindRank(b.set);
  for (let i = 0; i < ra.length; i++) {
    if (ra[i] !== rb[i]) return (ra[i] as number) - (rb[i] as number);
  }
  return 0;
}

type KeptRemedy = { remedy: Remedy; reducesShare: boolean; set: Candidate[] };

/** `flatMap` as a plain loop: remedies run for every assessment, and this is their inner loop. */
function concat<T>(sets: readonly Candidate[], pick: (c: Candidate) => readonly T[]): T[] {
  const all: T[] = [];
  for (const c of sets) for (const item of pick(c)) all.push(item);
  return all;
}

function remediesForService(ctx: ServiceContext, decided: readonly ServiceContext[]): KeptRemedy[] {
  const kept: { set: Candidate[]; changes: PatchOp[]; trial: Trial }[] = [];
  const candidates = candidatesFor(ctx, decided);
  const keepIfBetter = (set: Candidate[], changes: PatchOp[], result: Trial) => {
    const own = result.verdicts.get(ctx.service.code);
    const improves = own === undefined || verdictRank(own) < verdictRank(ctx.verdict);
    if (improves && worsensNone(decided, result, ctx.service.code))
      kept.push({ set, changes, trial: result });
    return improves;
  };
  for (const set of combinations(candidates)) {
    if (kept.some((k) => k.set.every((c) => set.includes(c)))) continue;
    const changes = concat(set, (c) => c.changes);
    const result = trial(ctx.answers, changes);
    if (!result) continue;
    if (keepIfBetter(set, changes, result)) continue;
    // The change raised the service's maximum (dropping content, establishing in the
    // mainland) but not to the planned share: with the share cut to the new maximum it may
    // work, though no share cut was a candidate before (the maximum was 0%).
    const max = result.maxima.get(ctx.service.code);
    if (
      max === undefined ||
      max === 0 ||
      max >= ctx.share ||
      set.some((c) => c.kind === "share") ||
      candidates.some((c) => c.kind === "share" && c.changes[0]?.value === max)
    )
      continue;
    // Cut below 100%, the service is off the pilot: music need not go.
    const withCut = [...set.map((c) => c.keepingMusic ?? c), shareCut(max)];
    // A smaller remedy already kept with the same cut makes this one no smallest change.
    if (kept.some((k) => k.set.every((c) => withCut.some((w) => sameCandidate(w, c))))) continue;
    const cutChanges = concat(withCut, (c) => c.changes);
    const cutResult = trial(ctx.answers, cutChanges);
    if (cutResult) keepIfBetter(withCut, cutChanges, cutResult);
  }
  return kept.sort(compareRemedies).map(({ set, changes, trial: result }) => {
    const remedy: Remedy = {
      serviceCode: ctx.service.code,
      // Candidates come in KINDS order, and combinations keep it.
      steps: concat(set, (c) =>
        c.stepsWithoutContent && set.some((other) => other.kind === "content")
          ? c.stepsWithoutContent
          : c.steps,
      ),
      changes: orderForPatch(changes),
      resultingOverall: result.overall,
    };
    const own = result.verdicts.get(ctx.service.code);
    if (own !== undefined) remedy.resultingServiceVerdict = own;
    return { remedy, reducesShare: set.some((c) => c.kind === "share"), set };
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Candidates made apart (a share cut added after a change) that change the same. */
function sameCandidate(a: Candidate, b: Candidate): boolean {
  return a === b || (a.kind === b.kind && sameValue(a.changes, b.changes));
}

const REGISTRATION = "/company/registeredIn";

/** Whether a patch operation agrees with the registration chosen for the combined remedy. */
function registrationFits(op: PatchOp, registration: Location | undefined): boolean {
  if (op.path !== REGISTRATION) return true;
  if (registration === undefined) return false;
  // Establishing in the mainland is met by registering anywhere in it, a pilot area included.
  return (
    op.value === registration ||
    (op.value === "mainland-other" &&
      registration !== "outside-mainland" &&
      registration !== "undecided")
  );
}

/**
 * When several services fail: for each failing service its first kept remedy that fits the
 * ones already taken, applied together. The plan's own foreign share is kept where another
 * remedy allows it (cutting the share is already offered on its own). The company has one
 * registration, so the remedy is built once for each registration the services' remedies
 * name (and once changing none), and of those that do more than any one service's remedy
 * (`redundant`), the one with the best verified outcome is offered: the best overall
 * verdict, then the most services improved, then the fewest changes.
 */
function combinedRemedy(
  answers: Answers,
  decided: readonly ServiceContext[],
  perService: KeptRemedy[][],
  single: readonly Remedy[],
): Remedy | undefined {
  const registrations = new Set<Location | undefined>([undefined]);
  for (const kept of perService)
    for (const { remedy } of kept)
      for (const op of remedy.changes)
        if (op.path === REGISTRATION) registrations.add(op.value as Location);
  let best: { remedy: Remedy; rank: number; improved: number } | undefined;
  for (const registration of registrations) {
    const built = combineFor(answers, decided, perService, registration);
    // One that adds nothing to a service's own remedy must not displace one that does.
    if (!built || redundant(built.remedy, single)) continue;
    const rank = verdictRank(built.remedy.resultingOverall);
    if (
      !best ||
      rank < best.rank ||
      (rank === best.rank &&
        (built.improved > best.improved ||
          (built.improved === best.improved &&
            built.remedy.changes.length < best.remedy.changes.length)))
    )
      best = { ...built, rank };
  }
  return best?.remedy;
}

function combineFor(
  answers: Answers,
  decided: readonly ServiceContext[],
  perService: KeptRemedy[][],
  registration: Location | undefined,
): { remedy: Remedy; improved: number } | undefined {
  // Services with fewer remedies choose first: one that can only be separated must not find
  // the others already separated (one service must stay), while a service that could also
  // cut the share still can. The changes are then applied in the services' order.
  const order = perService
    .map((kept, index) => ({ kept, index }))
    .sort((a, b) => a.kept.length - b.kept.length);
  const chosen: (Remedy | undefined)[] = perService.map(() => undefined);
  const taken: PatchOp[] = [];
  for (const { kept, index } of order) {
    const remedies = [
      ...kept.filter((r) => !r.reducesShare),
      ...kept.filter((r) => r.reducesShare),
    ];
    const fits = remedies
      .map((kept) => kept.remedy)
      .find(
        (remedy) =>
          remedy.changes.every(
            (op) =>
              registrationFits(op, registration) &&
              taken.every(
                (other) =>
                  other.path !== op.path ||
                  op.path === REGISTRATION ||
                  sameValue(other.value, op.value),
              ),
          ) && removals(taken) + removals(remedy.changes) < answers.services.length,
      );
    if (!fits) continue;
    chosen[index] = fits;
    for (const op of fits.changes) if (!taken.some((t) => t.path === op.path)) taken.push(op);
  }
  const changes: PatchOp[] = [];
  const steps: RemedyStep[] = [];
  let parts = 0;
  for (const fits of chosen) {
    if (!fits) continue;
    parts += 1;
    for (const op of fits.changes) {
      if (changes.some((taken) => taken.path === op.path)) continue;
      changes.push(op.path === REGISTRATION ? { ...op, value: registration } : op);
    }
    for (const s of fits.steps) {
      const shown =
        s.messageKey === "remedies.registerInMainland" &&
        registration !== undefined &&
        isPilotArea(registration)
          ? step("register", { area: registration })
          : s;
      if (
        !steps.some(
          (taken) => taken.messageKey === shown.messageKey && sameValue(taken.params, shown.params),
        )
      )
        steps.push(shown);
    }
  }
  if (parts < 2) return undefined;
  const result = trial(answers, changes);
  if (!result || !worsensNone(decided, result)) return undefined;
  const improved = decided.filter((s) => {
    const verdict = result.verdicts.get(s.service.code);
    return verdict === undefined || verdictRank(verdict) < verdictRank(s.verdict);
  }).length;
  if (improved < 2) return undefined;
  return {
    remedy: { steps, changes: orderForPatch(changes), resultingOverall: result.overall },
    improved,
  };
}

/** Separating every service would leave no plan: a combination may separate all but one. */
function removals(changes: readonly PatchOp[]): number {
  let count = 0;
  for (const op of changes) if (op.op === "remove") count += 1;
  return count;
}

function changeKeys(changes: readonly PatchOp[]): string[] {
  return changes.map((op) => JSON.stringify([op.op, op.path, op.value]));
}

/**
 * A combined remedy adds nothing when one service's remedy already makes some of its
 * changes and gets the plan as far: a copy of it, or it with a needless change more.
 */
function redundant(combined: Remedy, single: readonly Remedy[]): boolean {
  const keys = new Set(changeKeys(combined.changes));
  const rank = verdictRank(combined.resultingOverall);
  return single.some(
    (remedy) =>
      verdictRank(remedy.resultingOverall) <= rank &&
      changeKeys(remedy.changes).every((key) => keys.has(key)),
  );
}

export function findRemedies(answers: Answers, decided: readonly ServiceContext[]): Remedy[] {
  const failing = decided.filter((s) => s.verdict === "not-permitted");
  const perService = failing
    .map((ctx) => remediesForService(ctx, decided))
    .filter((r) => r.length > 0);
  // One list in the stated order, whichever service each remedy is for (a stable sort: in
  // the services' order where the order says nothing).
  const single = perService
    .flat()
    .sort(compareRemedies)
    .map((kept) => kept.remedy);
  const combined =
    perService.length >= 2 ? combinedRemedy(answers, decided, perService, single) : undefined;
  return combined ? [...single, combined] : single;
}
