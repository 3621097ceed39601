import { Fragment } from "react";

import { CopyLinkButton } from "@/components/result/copy-link-button";
import type { Translate } from "@/lib/i18n/render";
import { PageSection } from "@/components/layout/page-section";
import { gapAfter } from "@/lib/present/locale";
import { absoluteUrl } from "@/lib/present/origin";

import { PrintButton } from "./print-button";
import { QrCode } from "./qr-code";

/** Where an address may wrap: after each of its parameters (`&`, in a comparison `%26`). */
const PARAMETER_END = /(?<=&|%26)/;

/**
 * An address that wraps between its parameters, not inside one ("c2|5=m"): a reader who
 * types it from paper sees where each part ends. Only a part longer than the line is broken.
 */
function BreakableAddress({ address }: { address: string }) {
  return address.split(PARAMETER_END).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * The share link as a link, as full text (for the printed memo), and as a QR code; the copy
 * and print buttons; the warning that the link carries the answers; and that it is read
 * under the rules of the day it is opened, in its reader's language.
 */
export function ShareBlock({
  href,
  title,
  linkText,
  warning,
  t,
}: {
  /** Site-relative share link, e.g. `/result?v=1&...`. */
  href: string;
  title: string;
  linkText: string;
  warning: string;
  t: Translate;
}) {
  const absolute = absoluteUrl(href);
  return (
    <PageSection titleId="share-title" className="print:break-inside-avoid" title={title}>
      <div className="mt-4 flex flex-wrap items-start gap-6 print:mt-2">
        <QrCode
          value={absolute}
          label={t("print.qrLabel")}
          tooLong={t("linkProblem.tooLongForQrCode")}
        />
        {/*
         * At least 16rem wide: on a phone the column goes under the QR code rather than
         * squeezing the address and the warning into a strip a few words wide beside it.
         */}
        <div className="min-w-0 grow basis-64">
          <p className="no-print">
            <a href={href} className="inline-block min-h-6 font-bold">
              {linkText}
            </a>
          </p>
          {/*
           * A real link with the address as its text: a PDF of the memo keeps it clickable, so
           * nobody copies a link that the page broke across lines. Printed in full once (no
           * address appended after it, app/globals.css).
           */}
          <p className="mt-2 text-sm [overflow-wrap:anywhere]">
            <span className="font-bold">{t("print.linkLabel")}</span>
            {gapAfter(t("print.linkLabel"))}
            <a href={absolute} className="address-link">
              <BreakableAddress address={absolute} />
            </a>
          </p>
          <div className="no-print mt-4 flex flex-wrap gap-4">
            <CopyLinkButton
              link={absolute}
              label={t("result.share.copy")}
              copiedText={t("result.share.copied")}
              failedText={t("result.share.copyFailed")}
            />
            <PrintButton label={t("print.button")} />
          </div>
          {/* In the column beside the QR code (under it on a phone), not under both. */}
          <p className="mt-4 border-l-4 border-warn bg-cond-bg p-3 text-cond-ink print:mt-2 print:p-2">
            {warning}
          </p>
          {/* Printed too: whoever scans the code later may see a result the paper does not. */}
          <p className="mt-2 text-muted print:mt-1">{t("result.share.language")}</p>
        </div>
      </div>
    </PageSection>
  );
}
