import { qrSvg } from "@/lib/present/qr";

/**
 * A QR code of an address, drawn on the server as SVG (no script, nothing fetched): a phone
 * can scan it off the screen or the printed memo. An address too long for any QR code gets
 * `tooLong` instead; the page prints the address as text beside it either way.
 */
export async function QrCode({
  value,
  label,
  tooLong,
}: {
  value: string;
  label: string;
  tooLong: string;
}) {
  const svg = await qrSvg(value);
  if (svg === null) return <p className="max-w-40 text-sm text-muted">{tooLong}</p>;
  return (
    <figure className="inline-block">
      <div
        role="img"
        aria-label={label}
        className="h-40 w-40 border border-line bg-white print:h-32 print:w-32"
        // Our own generated markup: paths only, no script, no style attribute.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </figure>
  );
}
