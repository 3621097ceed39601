"use client";

import { useState, useSyncExternalStore } from "react";

/**
 * Copies the absolute share link. The only client code of the result page, so it imports
 * nothing but React and gets its words as props. Without JavaScript (or a clipboard) it
 * renders no button: the visible link beside it is the way to share.
 */
type Props = {
  /**
   * The absolute link exactly as the page prints it and its QR code holds (PUBLIC_ORIGIN,
   * not the address the page happens to be open at), e.g. `https://…/result?v=1&...`.
   */
  link: string;
  label: string;
  copiedText: string;
  failedText: string;
};

const subscribe = () => () => {};
const canCopy = () => typeof navigator.clipboard?.writeText === "function";
const onServer = () => false;

export function CopyLinkButton({ link, label, copiedText, failedText }: Props) {
  const enabled = useSyncExternalStore(subscribe, canCopy, onServer);
  const [status, setStatus] = useState("");

  async function copy() {
    // Cleared first, so that copying twice is announced twice.
    setStatus("");
    try {
      await navigator.clipboard.writeText(link);
      setStatus(copiedText);
    } catch {
      setStatus(failedText);
    }
  }

  return (
    <>
      {enabled && (
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          {label}
        </button>
      )}
      <p role="status" aria-live="polite" className="font-bold">
        {status}
      </p>
    </>
  );
}
