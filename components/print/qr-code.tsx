import QRCode from "qrcode";

/**
 * A QR code of an address, drawn on the server as SVG (no script, nothing fetched): a phone
 * can scan it off the screen or the printed memo.
 */
export async function QrCode({ value, label }: { value: string; label: string }) {
  const svg = await QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
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
