/**
 * The version of the rules. Bump `RULES_VERSION` and add a RULES_CHANGELOG.md entry (and
 * its line below) whenever a rule, its citations or the decision procedure changes: share
 * links carry the version they were assessed under, and a later version names what changed.
 */
export const RULES_VERSION = "2026.11.1";

/** The day the rules were last checked against RULES.md and the sources it names. */
export const RULES_CHECKED_ON = "2026-11-28";

/** Every released version, oldest first: a link carrying any other version is damaged. */
export const RULES_VERSIONS: readonly string[] = ["2026.11.1"];
