/**
 * The result contract (API.md "Result") from an assessment: messages rendered in the
 * reader's language, and the share link that reopens it.
 */
import { encodeResultQuery } from "@/lib/answers/codec";
import type { Result } from "@/lib/answers/result-schema";
import type { Answers } from "@/lib/answers/schema";
import { renderMessage, sentences, type Translate } from "@/lib/i18n/render";
import type { Assessment, RuleFinding } from "@/lib/rules/types";

/** The site-relative share link: no language in it, the reader's Accept-Language decides. */
export function resultLink(
  answers: Answers,
  assessment: Pick<Assessment, "rulesVersion" | "services">,
): string {
  return `/result?${encodeResultQuery(
    answers,
    assessment.rulesVersion,
    assessment.services.map((s) => s.verdict),
  )}`;
}

function renderFinding(t: Translate, finding: RuleFinding): Result["findings"][number] {
  return {
    ruleId: finding.ruleId,
    outcome: finding.outcome,
    message: renderMessage(t, finding.messageKey, finding.params),
    messageKey: finding.messageKey,
    params: finding.params,
    unconfirmed: finding.unconfirmed,
    citations: [...finding.citations],
  };
}

export function toResult(answers: Answers, assessment: Assessment, t: Translate): Result {
  return {
    rulesVersion: assessment.rulesVersion,
    rulesCheckedOn: assessment.rulesCheckedOn,
    overall: assessment.overall,
    maxForeignSharePercent: assessment.maxForeignSharePercent,
    limitingServices: assessment.limitingServices,
    services: assessment.services.map((service) => ({
      code: service.code,
      route: service.route,
      maxForeignSharePercent: service.maxForeignSharePercent,
      verdict: service.verdict,
      findings: service.findings.map((f) => renderFinding(t, f)),
    })),
    findings: assessment.findings.map((f) => renderFinding(t, f)),
    remedies: assessment.remedies.map((remedy) => {
      const steps = remedy.steps.map((step) => ({
        ...step,
        message: renderMessage(t, step.messageKey, step.params),
      }));
      return {
        ...(remedy.serviceCode && { serviceCode: remedy.serviceCode }),
        description: sentences(steps.map((s) => s.message)),
        steps,
        changes: remedy.changes,
        ...(remedy.resultingServiceVerdict && {
          resultingServiceVerdict: remedy.resultingServiceVerdict,
        }),
        resultingOverall: remedy.resultingOverall,
      };
    }),
    links: { result: resultLink(answers, assessment) },
  };
}
