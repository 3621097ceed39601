import { templateFor, translatorFor } from "@/lib/i18n/translator";
import { contentLocale } from "@/lib/present/locale";
import {
  errorTexts,
  locationOptions,
  questionHint,
  questionOptions,
  questionTitle,
  tenureOptions,
} from "@/lib/wizard/question-text";
import { schemaIdOf } from "@/lib/wizard/submit";
import type { StepView } from "@/lib/wizard/step-view";

import { BackLink } from "./back-link";
import { CutLinkNotice } from "./cut-link-notice";
import { ProgressIndicator } from "./progress-indicator";
import { QuestionForm } from "./question-form";
import { StepList } from "./step-list";
import type { QuestionProps } from "./types";

const KIND: Record<StepView["step"]["question"]["id"], QuestionProps["kind"]> = {
  origin: "radios",
  share: "share",
  registration: "radios",
  services: "checkboxes",
  subtypes: "checkboxes",
  content: "checkboxes",
  facilities: "facilities",
  coverage: "radios",
  access: "radios",
};

const FIELD: Record<StepView["step"]["question"]["id"], string> = {
  origin: "origin",
  share: "share",
  registration: "registeredIn",
  services: "services",
  subtypes: "subtypes",
  content: "content",
  facilities: "facilities",
  coverage: "coverage",
  access: "ispAccess",
};

/** A question page: back link, where the user is, and the question's form. */
export function QuestionPage({ locale, view }: { locale: string; view: StepView }) {
  const language = contentLocale(locale);
  const t = translatorFor(language);
  const { step } = view;
  const id = step.question.id;
  const question = (
    <div className="max-w-2xl lg:min-w-0 lg:flex-1">
      <BackLink
        href={view.backHref}
        label={t(view.backToCheck ? "wizard.backToCheck" : "wizard.back")}
      />
      {view.cut && (
        <CutLinkNotice
          t={t}
          kind={view.cut}
          where="question"
          {...(view.cutLater && { laterQuestion: questionTitle(view.cutLater, t) })}
        />
      )}
      <ProgressIndicator
        progress={view.progress}
        label={t("wizard.progressLabel")}
        summary={t("wizard.progress", {
          current: view.progress.current,
          total: view.progress.total,
          section: t(`wizard.sections.${step.section}`),
        })}
        labels={Object.fromEntries(
          view.progress.sections.map((s) => {
            const name = t(`wizard.sections.${s.id}`);
            return [
              s.id,
              s.state === "not-needed"
                ? { shown: t("wizard.notNeeded", { name }) }
                : s.state === "done"
                  ? { shown: name, spoken: t("wizard.done", { name }) }
                  : { shown: name },
            ];
          }),
        )}
      />
      <QuestionForm
        kind={KIND[id]}
        name={FIELD[id]}
        schemaId={schemaIdOf(step)}
        action={view.action}
        hidden={view.hidden}
        title={questionTitle(step, t)}
        hint={questionHint(step, t)}
        options={questionOptions(step, t, contentLocale(locale))}
        defaultValues={view.values}
        serverErrors={view.errors}
        errorText={errorTexts(step, t)}
        text={{
          continue: t("wizard.continue"),
          errorSummaryTitle: t("wizard.errorSummaryTitle"),
          errorTitle: templateFor(language, "wizard.errorTitlePrefix"),
          errorPrefix: t("wizard.errorPrefix"),
          rowError: templateFor(language, "wizard.rowError"),
          shareLabel: t("steps.share.label"),
          shareSuffix: t("steps.share.suffix"),
          facility: templateFor(language, "steps.facilities.facility"),
          location: t("steps.facilities.location"),
          tenure: t("steps.facilities.tenure"),
          choose: t("steps.facilities.choose"),
          add: t("steps.facilities.add"),
          remove: t("steps.facilities.remove"),
          removeLabel: templateFor(language, "steps.facilities.removeLabel"),
          max: t("steps.facilities.max"),
          or: t("steps.content.or"),
        }}
        locationOptions={locationOptions(t)}
        tenureOptions={tenureOptions(t)}
      />
    </div>
  );
  if (!view.context.present) return question;
  // Presenter mode's list of questions comes after the question, beside it on a wide screen:
  // above it, a plan's fourteen questions pushed the one being asked below a projector's fold.
  return (
    <div className="lg:flex lg:items-start lg:gap-12">
      {question}
      <StepList
        locale={locale}
        draft={view.draft}
        current={step.id}
        context={view.context}
        t={t}
        className="lg:mt-0 lg:w-80 lg:shrink-0"
      />
    </div>
  );
}
