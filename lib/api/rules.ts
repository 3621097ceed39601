/** GET /api/rules: the rule catalogue, every rule with its ID, title, summary and citations. */
import type * as z from "zod/mini";

import type { Translate } from "@/lib/i18n/render";
import { RULES, RULE_IDS, RULES_CHECKED_ON, RULES_VERSION } from "@/lib/rules";

import type { RulesCatalogueSchema } from "./schemas";

export function rulesCatalogue(t: Translate): z.infer<typeof RulesCatalogueSchema> {
  return {
    rulesVersion: RULES_VERSION,
    rulesCheckedOn: RULES_CHECKED_ON,
    rules: RULE_IDS.map((id) => {
      const rule = RULES[id];
      return {
        id,
        title: t(`rules.${id}.title`),
        summary: t(`rules.${id}.summary`),
        level: rule.level,
        unconfirmed: rule.unconfirmed,
        citations: [...rule.citations],
      };
    }),
  };
}
