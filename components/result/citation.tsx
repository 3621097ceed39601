import type { Finding, Result } from "@/lib/answers/result-schema";
import type { Translate } from "@/lib/i18n/render";
import { dateValue, gapAfter } from "@/lib/present/locale";
import { INSTRUMENTS, type Instrument } from "@/lib/rules";
import { PageSection } from "@/components/layout/page-section";

import { MessageText } from "./message-text";

type Citation = Finding["citations"][number];

function instrumentOf(id: string): Instrument | undefined {
  return (INSTRUMENTS as Record<string, Instrument | undefined>)[id];
}

/**
 * Citations are static data (lib/rules/citations.ts), so every sentence made from one is the
 * same on every page: each is formatted once per translator (one per language) and reused.
 * Only static values go through here (titles, articles, dates, counts), never answers, so
 * the cache holds nothing of a user's plan and stays as small as the rule catalogue. A
 * sentence is found by its key and its values in order (each call site names the same
 * values), joined rather than serialised: a page looks up some fifty.
 */
const formatted = new WeakMap<Translate, Map<string, string>>();

function staticText(t: Translate, key: string, values?: Record<string, string | number>): string {
  let cache = formatted.get(t);
  if (!cache) {
    cache = new Map();
    formatted.set(t, cache);
  }
  let id = key;
  for (const name in values) id += `\u0000${values[name]}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = values ? t(key, values) : t(key);
    cache.set(id, text);
  }
  return text;
}

export function sourceId(id: string): string {
  return `source-${id}`;
}

/**
 * The official text's address, named in full for assistive technology by its aria-label
 * (which starts with the visible words, WCAG 2.5.3). On paper a tab opens nowhere: where the
 * link is `printed` (the list of sources) the memo says "Official text" and (app/globals.css)
 * the address in full after it; a finding's own link is not printed at all, so it carries no
 * words for paper.
 */
function OfficialTextLink({
  url,
  title,
  printed,
  t,
}: {
  url: string;
  title: string;
  printed: boolean;
  t: Translate;
}) {
  const screen = staticText(t, "result.citation.officialText");
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={staticText(t, "result.citation.officialTextLabel", { title })}
      className={printed ? "inline-block min-h-6" : "inline-block min-h-6 print:hidden"}
    >
      {printed ? (
        <>
          <span className="print:hidden">{screen}</span>
          <span className="hidden print:inline">
            {staticText(t, "result.citation.officialTextPrinted")}
          </span>
        </>
      ) : (
        screen
      )}
    </a>
  );
}

/**
 * A finding's sources, short: each instrument by its short name (linking to its full entry
 * in the page's list of sources), the provision, and the official text where it is online.
 */
export function CitationList({
  citations,
  zh = false,
  t,
}: {
  citations: Citation[];
  /** A Chinese page: Chinese provisions. */
  zh?: boolean;
  t: Translate;
}) {
  return (
    // On paper one run of text ("Sources: …"), the addresses being in the list of sources.
    <div className="sources">
      <p className="sources-label">
        {staticText(t, "result.citation.sources", { count: citations.length })}
      </p>
      <ul className="sources-list">
        {citations.map((citation, i) => {
          const article = zh ? (citation.articleZh ?? citation.article) : citation.article;
          const short = staticText(t, `sources.short.${citation.id}`);
          const at = article && staticText(t, "result.citation.at", { article });
          return (
            <li key={`${citation.id}-${i}`} className="sources-item">
              {/*
               * Followed by its provision, the link is inline text in a sentence, so the comma
               * after it stays on its line ("《通告》，" never "，" first: an inline-block may be
               * wrapped after) and it needs no 24px box (WCAG 2.5.8's inline exception). Alone,
               * it keeps the box.
               */}
              <a
                href={`#${sourceId(citation.id)}`}
                className={article ? undefined : "inline-block min-h-6 print:inline"}
              >
                {short}
              </a>
              {/* On paper the sources run on as text: each ends as a sentence does. */}
              {at ? (
                <MessageText text={at} zh={zh} />
              ) : (
                <span className="hidden print:inline">{staticText(t, "result.citation.end")}</span>
              )}
              {citation.url && (
                <>
                  {gapAfter(at || short)}
                  {/* Printed once, in the list of sources, not after every finding. */}
                  <OfficialTextLink
                    url={citation.url}
                    title={zh ? (citation.titleZh ?? citation.title) : citation.title}
                    printed={false}
                    t={t}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Every citation of a result's findings, its services' and the whole plan's, repeats and all. */
export function citationsOf(result: Result): Citation[] {
  return [...result.services.flatMap((s) => s.findings), ...result.findings].flatMap(
    (f) => f.citations,
  );
}

/**
 * Every instrument the page cites, once, in full: both titles, its date, and the official
 * text, or that no address for it is confirmed yet.
 */
export function SourcesList({
  citations,
  zh,
  t,
  introKey = "result.sourcesList.intro",
}: {
  citations: readonly Citation[];
  zh: boolean;
  t: Translate;
  /** What the list is of: a result's sources by default. */
  introKey?: string;
}) {
  const seen = new Set<string>();
  const unique = citations.filter((c) => !seen.has(c.id) && seen.add(c.id));
  return (
    <PageSection titleId="sources-title" title={staticText(t, "result.sourcesList.title")}>
      <p className="mt-2">{staticText(t, introKey)}</p>
      {unique.some((c) => !c.url) && (
        <p className="hidden print:block">
          {staticText(t, "result.citation.noOfficialUrlPrinted")}
        </p>
      )}
      <ol className="mt-4 space-y-4 text-sm print:mt-1 print:columns-2 print:gap-6 print:space-y-0">
        {unique.map((citation) => {
          const instrument = instrumentOf(citation.id);
          const [first, second] =
            zh && citation.titleZh
              ? [citation.titleZh, citation.title]
              : [citation.title, citation.titleZh];
          return (
            <li key={citation.id} id={sourceId(citation.id)} tabIndex={-1} className="source-entry">
              {/* An instrument with no Chinese title is named in English on a Chinese page too. */}
              <cite className="source-title" lang={zh && !citation.titleZh ? "en" : undefined}>
                {first}
              </cite>
              {second && (
                <span lang={zh ? "en" : "zh-CN"} className="block">
                  {second}
                </span>
              )}
              {instrument?.titleIsDescriptive && (
                <span className="source-note">{staticText(t, "result.citation.descriptive")}</span>
              )}
              {citation.date && (
                <span className="source-note">
                  {staticText(t, `result.citation.date.${instrument?.dateMeaning ?? "issued"}`, {
                    date: dateValue(citation.date),
                  })}
                </span>
              )}
              {citation.url ? (
                <OfficialTextLink url={citation.url} title={first} printed t={t} />
              ) : instrument?.textNotSeen ? (
                // Printed too: the reader of a memo needs to know what the rules rest on.
                <span className="source-note">{staticText(t, "result.citation.textNotSeen")}</span>
              ) : (
                // No address has been confirmed (RULES.md gives one only for Circular 107):
                // said plainly rather than left to look like an oversight, and none guessed.
                // On paper the list says it once, above (the memo must stay short).
                <span className="source-note print:hidden">
                  {staticText(t, "result.citation.noOfficialUrl")}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </PageSection>
  );
}
