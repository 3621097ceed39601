import { HTML_LANG } from "@/lib/i18n/routing";

/** A run of Chinese characters, with the CJK and full-width punctuation inside it. */
const CHINESE_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/;

/**
 * An English message may quote a Chinese term of the law ("MIIT's pilot approval
 * (电信业务经营试点批复)", a provision cited as "national treatment (内外资一致)"): each such
 * run is marked as Chinese, so that a screen reader speaks it in Chinese rather than spelling
 * it out in an English voice (WCAG 3.1.2), as the start page does for 增值电信业务. A Chinese
 * page's message is Chinese throughout. Most English messages quote none, and are returned as
 * they are rather than split into a list of one.
 */
export function MessageText({ text, zh }: { text: string; zh: boolean }) {
  if (zh || !CHINESE_RUN.test(text)) return text;
  return text.split(CHINESE_RUN).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang={HTML_LANG.zh}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
