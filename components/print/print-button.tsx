"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const canPrint = () => typeof window.print === "function";
const onServer = () => false;

/** Opens the browser's print dialogue; the print stylesheet makes the page an A4 memo. */
export function PrintButton({ label }: { label: string }) {
  const enabled = useSyncExternalStore(subscribe, canPrint, onServer);
  if (!enabled) return null;
  return (
    <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
