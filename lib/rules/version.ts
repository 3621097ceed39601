/**
 * The version of the rules. Bump `RULES_VERSION`, add the version to `RULES_HISTORY` and a
 * RULES_CHANGELOG.md entry whenever a rule, its citations or the decision procedure changes:
 * share links carry the version they were assessed under, and a later version names what
 * changed since (the result page's notice, from these entries).
 */
export type RulesRelease = {
  version: string;
  /** ISO date of the release. */
  date: string;
  /** Message keys under `changelog.*` summarising the release, in order. */
  changes: readonly string[];
};

/** Every released version, oldest first: a link carrying any other version is damaged. */
export const RULES_HISTORY: readonly RulesRelease[] = [
  { version: "2026.11.1", date: "2026-11-28", changes: ["first"] },
  {
    version: "2026.11.2",
    date: "2026-11-28",
    changes: ["sameAreaDecidedRegistration", "remedyOrder"],
  },
  {
    version: "2026.11.3",
    date: "2026-11-28",
    changes: ["onePlanOneArea", "findingSources", "remedyShareAfterChange"],
  },
  {
    version: "2026.11.4",
    date: "2026-11-29",
    changes: ["areaOnlyWhereThePilotCanTake", "remedyAreaAndCombined", "scopeAndCatalogue"],
  },
  {
    version: "2026.11.5",
    date: "2026-11-29",
    changes: [
      "cdnNodesNotRegistration",
      "facilitiesNotYetPlaced",
      "remedyIspUsersFollow",
      "baselineNotReliedOn",
      "locationRulesIfPilot",
      "securityReviewsApart",
      "registerWhereFacilitiesAre",
      "remedyAnyAreaWording",
      "pilotBenefitsIfPilot",
    ],
  },
  {
    version: "2026.11.6",
    date: "2026-11-29",
    changes: ["combinedRemedyConstrainedFirst", "planSplitCountsFacilities", "cdnNodesSplit"],
  },
  {
    version: "2026.11.7",
    date: "2026-11-29",
    changes: [
      "maximaWhateverShare",
      "separatedAfterContent",
      "otherRoutesAndMusicWording",
      "shareMarkAndScopeWording",
      "barredLocationIfPilot",
      "remedyPruningAndIspArea",
    ],
  },
  {
    version: "2026.11.8",
    date: "2026-11-29",
    changes: ["approvalNotNeededMarked", "annexNotLinked", "securityReviewSources"],
  },
  {
    version: "2026.11.9",
    date: "2026-11-29",
    changes: ["remedyMusicKeptWithCut", "remedyOrderAcrossServices", "appStoreAndLicensingWording"],
  },
  {
    version: "2026.11.10",
    date: "2026-11-29",
    changes: ["shareSourceWhatSetsIt"],
  },
  {
    version: "2026.11.11",
    date: "2026-11-30",
    changes: ["musicBeyondTextMarked", "ispCoverageWording"],
  },
];

export const RULES_VERSION = "2026.11.11";

/** The day the rules were last checked against RULES.md and the sources it names. */
export const RULES_CHECKED_ON = "2026-11-29";

export const RULES_VERSIONS: readonly string[] = RULES_HISTORY.map((release) => release.version);

/** The releases after `version`, oldest first (what a link made under it has not seen). */
export function releasesSince(version: string): RulesRelease[] {
  const index = RULES_HISTORY.findIndex((release) => release.version === version);
  return index === -1 ? [] : RULES_HISTORY.slice(index + 1);
}
