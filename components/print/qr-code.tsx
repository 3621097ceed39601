import { qrSvg } from "@/lib/present/qr";

/**
 * A QR code of an address, drawn on the server as SVG (no script, nothing fetched): a phone
 * can scan it off the screen or the printed memo. An address too long for any QR code gets
 * `tooLong` instead; the page prints the address as text beside it either way.
 */
export function QrCode({
  value,
  label,
  tooLong,
}: {
  value: string;
  label: string;
  tooLong: string;
}) {
  const svg = qrSvg(value);
  if (svg === null) return <p className="max-w-40 text-sm text-muted">{tooLong}</p>;
  return (
    // One image named by its label: no figure around it (a figure with no caption is read as
    // an unnamed group), and the drawing inside hidden, so that it is not a second, unnamed
    // image. Its black-on-white paths keep their colours in forced-colours mode, as a scanner
    // needs them.
    <div
      role="img"
      aria-label={label}
      className="inline-block h-40 w-40 border border-line bg-white print:h-44 print:w-44"
      // Our own generated markup: paths only, no script, no style attribute.
      dangerouslySetInnerHTML={{ __html: svg.replace(/^<svg /, '<svg aria-hidden="true" ') }}
    />
  );
}
