/**
 * What a link made under older rules should be told: which services' verdicts today's rules
 * change (against the verdict digest the link carries), and the releases since its version.
 * A link without a digest (`d`) says nothing of the verdicts it was given, so nothing can be
 * said of whether they changed: only that the rules did, and how.
 */
import type { ServiceCode } from "@/lib/answers/options";
import type { Verdict } from "@/lib/answers/verdict";
import { RULES_VERSION, releasesSince, type RulesRelease } from "@/lib/rules";

export type RulesChange =
  | { kind: "current" }
  | { kind: "same"; version: string }
  | { kind: "unknown"; version: string; releases: RulesRelease[] }
  | {
      kind: "changed";
      version: string;
      services: Array<{ code: ServiceCode; before: Verdict; now: Verdict }>;
      releases: RulesRelease[];
    };

export function rulesChange(
  link: { rulesVersion?: string; digest?: readonly Verdict[] },
  services: ReadonlyArray<{ code: ServiceCode; verdict: Verdict }>,
): RulesChange {
  const { rulesVersion, digest } = link;
  if (!rulesVersion || rulesVersion === RULES_VERSION) return { kind: "current" };
  if (!digest || digest.length === 0)
    return { kind: "unknown", version: rulesVersion, releases: releasesSince(rulesVersion) };
  const changed = services.flatMap((service, i) => {
    const before = digest?.[i];
    return before && before !== service.verdict
      ? [{ code: service.code, before, now: service.verdict }]
      : [];
  });
  if (changed.length === 0) return { kind: "same", version: rulesVersion };
  return {
    kind: "changed",
    version: rulesVersion,
    services: changed,
    releases: releasesSince(rulesVersion),
  };
}
