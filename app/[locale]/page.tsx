import type { Metadata } from "next";

import { PilotAreasSchematic } from "@/components/start/pilot-areas-schematic";
import type { Translate } from "@/lib/i18n/render";
import { type AppLocale, HTML_LANG, routing } from "@/lib/i18n/routing";
import { isAppLocale, translatorFor } from "@/lib/i18n/translator";
import { INSTRUMENTS, RULES_CHECKED_ON, RULES_VERSION } from "@/lib/rules";
import { contentLocale, dateValue } from "@/lib/present/locale";
import { pagePreviewMetadata } from "@/lib/present/preview";
import { decodeLink } from "@/lib/answers/codec";
import { readContext, rulesHref, stepHref, withoutReturn } from "@/lib/wizard/urls";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function locales(locale: string): { page: AppLocale; content: AppLocale } {
  const page = isAppLocale(locale) ? locale : routing.defaultLocale;
  return { page, content: contentLocale(page) };
}

const ANSWERS = ["share", "route", "citations", "remedies"] as const;
const ASKED = ["investor", "company", "services", "facilities"] as const;
const NOT_COVERED = [
  "securityReviews",
  "data",
  "mlps",
  "licensing",
  "basic",
  "otherRegulators",
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { content } = locales((await params).locale);
  const t = translatorFor(content);
  // The layout's title template skips a page of its own segment: the start page applies it.
  return {
    title: t("meta.titleTemplate", { page: t("start.metaTitle"), product: t("meta.title") }),
    // The product alone: the start page is about no plan.
    ...pagePreviewMetadata(content, { kind: "product" }, t),
  };
}

export default async function StartPage({ params, searchParams }: Props) {
  const { page, content } = locales((await params).locale);
  // Presenter mode carries on into the questions, and so do the answers of a plan whose
  // first question's back link led here (a damaged query starts afresh).
  const query = await searchParams;
  const context = withoutReturn(readContext(query));
  const decoded = decodeLink(query);
  const draft = decoded.ok ? decoded.draft : {};
  const t = translatorFor(content);

  return (
    <div lang={content === page ? undefined : content} className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">{t("start.title")}</h1>
      <p className="mt-4 text-lg">
        <WithTerm text={t("start.lead", { term: TERM_MARK })} term={otherLanguageTerm(content)} />
      </p>

      <h2 className="mt-8 text-2xl font-bold">{t("start.answers.heading")}</h2>
      <p className="mt-2">{t("start.answers.intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {ANSWERS.map((key) => (
          <li key={key}>{t(`start.answers.items.${key}`)}</li>
        ))}
      </ul>
      <p className="mt-2">{t("start.answers.unsettled")}</p>

      <h2 className="mt-8 text-2xl font-bold">{t("start.before.heading")}</h2>
      <p className="mt-2">{t("start.before.time")}</p>
      <p className="mt-2">{t("start.before.askedIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {ASKED.map((key) => (
          <li key={key}>{t(`start.before.asked.${key}`)}</li>
        ))}
      </ul>
      <p className="mt-2">{t("start.before.undecided")}</p>
      <p className="mt-4 border-l-8 border-link bg-info-bg p-4 text-info-ink">
        {t("start.before.privacy")}
      </p>

      <p className="mt-8">
        <a className="btn btn-start" href={stepHref(page, "origin", draft, context)}>
          {t("start.startButton")}
          <StartArrow />
        </a>
      </p>

      <h2 className="mt-12 text-2xl font-bold">{t("start.areas.heading")}</h2>
      <p className="mt-2">{t("start.areas.intro")}</p>
      <PilotAreasSchematic t={t} />
      <p>{t("start.areas.elsewhere")}</p>

      <RulesSection t={t} rulesPage={rulesHref(page, context)} />

      <h2 className="mt-12 text-2xl font-bold">{t("start.scope.heading")}</h2>
      <p className="mt-2">{t("start.scope.intro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {NOT_COVERED.map((key) => (
          <li key={key}>{t(`start.scope.items.${key}`)}</li>
        ))}
      </ul>
      <p className="mt-4">{t("start.scope.otherRoutes")}</p>
      <p className="mt-4 font-bold">{t("start.scope.notAdvice")}</p>
    </div>
  );
}

function RulesSection({
  t,
  rulesPage,
}: {
  t: Translate;
  /** The rules page's address, in presenter mode when the start page is. */
  rulesPage: string;
}) {
  const circular = INSTRUMENTS["MIIT-2024-107"];
  const negativeList = INSTRUMENTS["NL-2024"];
  return (
    <>
      <h2 className="mt-12 text-2xl font-bold">{t("start.rules.heading")}</h2>
      <p className="mt-2">{t("start.rules.intro")}</p>
      <ul className="mt-4 space-y-6">
        <li className="border-l-4 border-line pl-4">
          <h3 className="text-xl font-bold">{t("start.rules.circular.name")}</h3>
          <p className="mt-1">
            {t("start.rules.circular.description", {
              issued: dateValue(circular.date),
              approved: dateValue(INSTRUMENTS["PILOT-LAUNCH-2024"].date),
            })}
          </p>
          <FullTitles title={circular.title} titleZh={circular.titleZh} />
          <p className="mt-2">
            <a href={circular.url} hrefLang="zh-CN">
              {t("start.rules.circular.officialText")}
            </a>
          </p>
        </li>
        <li className="border-l-4 border-line pl-4">
          <h3 className="text-xl font-bold">{t("start.rules.negativeList.name")}</h3>
          <p className="mt-1">
            {t("start.rules.negativeList.description", { effective: dateValue(negativeList.date) })}
          </p>
          <FullTitles title={negativeList.title} titleZh={negativeList.titleZh} />
        </li>
      </ul>
      <p className="mt-6">
        {t("start.rules.checked", {
          checkedOn: dateValue(RULES_CHECKED_ON),
          version: RULES_VERSION,
        })}
      </p>
      <p className="mt-2">
        <a href={rulesPage}>{t("start.rules.all")}</a>
      </p>
    </>
  );
}

/** The instrument's own titles: the English rendering and the Chinese original, each marked. */
function FullTitles({ title, titleZh }: { title: string; titleZh: string }) {
  return (
    <p className="mt-2 text-sm text-muted">
      <cite lang="en" className="not-italic">
        {title}
      </cite>
      <br />
      <cite lang="zh-CN" className="not-italic">
        {titleZh}
      </cite>
    </p>
  );
}

/** Where the lead's message places the term; no message contains this character. */
const TERM_MARK = "\u0000";

/**
 * 增值电信业务 is the law's own name for what the product checks (NL-2024, CAT-2015): where
 * the start page first names it, the name in the other language stands beside it.
 */
function otherLanguageTerm(content: AppLocale): { text: string; lang: string } {
  const other = content === "zh" ? "en" : "zh";
  return { text: translatorFor(other)("start.vatsName"), lang: HTML_LANG[other] };
}

function WithTerm({ text, term }: { text: string; term: { text: string; lang: string } }) {
  const [before, after = ""] = text.split(TERM_MARK);
  return (
    <>
      {before}
      <span lang={term.lang}>{term.text}</span>
      {after}
    </>
  );
}

/** GOV.UK's start-button chevron: decoration only, hidden from assistive technology. */
function StartArrow() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      className="ml-3 inline-block align-[-0.125em]"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}
