import type { Finding } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";
import { dateValue } from "@/lib/present/locale";
import { INSTRUMENTS, type Instrument } from "@/lib/rules";

type Citation = Finding["citations"][number];

function instrumentOf(id: string): Instrument | undefined {
  return (INSTRUMENTS as Record<string, Instrument | undefined>)[id];
}

/**
 * Citations are static data (lib/rules/citations.ts), so every sentence made from one is the
 * same on every page: each is formatted once per translator (one per language) and reused. A
 * message with values takes 20–35 µs to format and a result page has dozens of citations.
 * Only static values go through here (titles, articles, dates, counts), never answers, so
 * the cache holds nothing of a user's plan and stays as small as the rule catalogue.
 */
const formatted = new WeakMap<Translate, Map<string, string>>();

function staticText(t: Translate, key: string, values: Record<string, string | number>): string {
  let cache = formatted.get(t);
  if (!cache) {
    cache = new Map();
    formatted.set(t, cache);
  }
  const id = `${key}\u0000${JSON.stringify(values)}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = t(key, values);
    cache.set(id, text);
  }
  return text;
}

/**
 * One source: the instrument's titles (the reader's language first, the other beside it),
 * the provision, its date, the official text.
 */
export function CitationItem({
  citation,
  zh,
  t,
}: {
  citation: Citation;
  zh: boolean;
  t: Translate;
}) {
  const instrument = instrumentOf(citation.id);
  const article = zh ? (citation.articleZh ?? citation.article) : citation.article;
  return (
    <li>
      {zh && citation.titleZh ? (
        <>
          <cite className="not-italic">{citation.titleZh}</cite>
          <span lang="en" className="block">
            {citation.title}
          </span>
        </>
      ) : (
        <>
          <cite className="not-italic">{citation.title}</cite>
          {citation.titleZh && (
            <span lang="zh-CN" className="block">
              {citation.titleZh}
            </span>
          )}
        </>
      )}
      {instrument?.titleIsDescriptive && (
        <span className="block text-muted">{t("result.citation.descriptive")}</span>
      )}
      <span className="flex flex-wrap gap-x-4 text-muted">
        {article && <span>{staticText(t, "result.citation.provision", { article })}</span>}
        {!zh && citation.articleZh && citation.articleZh !== citation.article && (
          <span lang="zh-CN">{citation.articleZh}</span>
        )}
        {citation.date && (
          <span>
            {staticText(t, `result.citation.date.${instrument?.dateMeaning ?? "issued"}`, {
              date: dateValue(citation.date),
            })}
          </span>
        )}
      </span>
      {citation.url && (
        <a
          href={citation.url}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-block min-h-6"
        >
          <span aria-hidden="true">{t("result.citation.officialText")}</span>
          <span className="sr-only">
            {staticText(t, "result.citation.officialTextLabel", { title: citation.title })}
          </span>
        </a>
      )}
    </li>
  );
}

export function CitationList({
  citations,
  zh = false,
  t,
}: {
  citations: Citation[];
  /** A Chinese page: Chinese titles and provisions first. */
  zh?: boolean;
  t: Translate;
}) {
  return (
    <div className="mt-2 text-sm">
      <p className="font-bold text-muted">
        {staticText(t, "result.citation.sources", { count: citations.length })}
      </p>
      <ul className="space-y-2">
        {citations.map((citation, i) => (
          <CitationItem key={`${citation.id}-${i}`} citation={citation} zh={zh} t={t} />
        ))}
      </ul>
    </div>
  );
}
