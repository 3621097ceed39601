import type { Translate } from "@/lib/i18n/render";

/** Printed only: what the memo is, when it was made, and under which rules. */
export function MemoHeader({
  title,
  rulesVersion,
  rulesCheckedOn,
  printedOn,
  t,
}: {
  title: string;
  rulesVersion: string;
  rulesCheckedOn: number;
  /** When the page was made (the server's clock), as a timestamp. */
  printedOn: number;
  t: Translate;
}) {
  return (
    <div data-memo className="hidden border-b-2 border-ink pb-3 print:block">
      <p className="text-sm font-bold">{t("print.product")}</p>
      <p className="text-2xl font-bold">{title}</p>
      <p className="text-sm">
        {t("print.meta", {
          printedOn,
          version: rulesVersion,
          checkedOn: rulesCheckedOn,
        })}
      </p>
    </div>
  );
}
