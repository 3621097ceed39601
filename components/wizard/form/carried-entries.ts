import { type RefObject, useEffect, useRef } from "react";

import type { AppLocale } from "@/lib/i18n/routing";
import { languageHref, presenterHref } from "@/lib/present/switches";
import { ACTION_PARAM, ENTERED_PARAM, REFUSED_ENTRIES, SUBMITTED_PARAM } from "@/lib/wizard/params";

import type { EarlyInput } from "./early-input";

/**
 * This page's own address with what the form holds now, to be shown again unvalidated, or
 * with its errors when it was refused (`refused`: the form's error summary is showing).
 */
function enteredAddress(form: HTMLFormElement, action: string, refused = false): string {
  const entered = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (key !== SUBMITTED_PARAM && typeof value === "string") entered.append(key, value);
  }
  entered.set(ENTERED_PARAM, refused ? REFUSED_ENTRIES : "1");
  return `${action}?${entered}`;
}

/** On the form while its error summary shows: what it holds was refused. */
export const REFUSED_ATTRIBUTE = "data-refused";

/** Records what was entered in the page's address, so refresh and browser Back find it. */
export function recordEntries(form: HTMLFormElement, action: string) {
  window.history.replaceState(window.history.state, "", enteredAddress(form, action));
}

/**
 * What the user has entered but not yet submitted stays theirs: it is written into the
 * page's address as it changes (refresh keeps it), and the header's language and presenter
 * switches, rendered with the address the server saw, are pointed at the current one when
 * followed. Until the user changes something, the address and the switches are left as the
 * server wrote them. `leave()` stops the recording once the form is being submitted, so
 * that no address change lands during the navigation.
 */
export function useCarriedEntries(
  formRef: RefObject<HTMLFormElement | null>,
  action: string,
  early: EarlyInput,
) {
  const state = useRef({ pending: 0, leaving: false, changed: false });
  useEffect(() => {
    const form = formRef.current;
    const carried = state.current;
    if (!form) return;
    // After React has rendered the change (a row added or removed, an exclusive choice).
    const record = () => {
      carried.changed = true;
      window.clearTimeout(carried.pending);
      carried.pending = window.setTimeout(() => {
        if (!carried.leaving) recordEntries(form, action);
      }, 0);
    };
    const rowButton = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(`button[name="${ACTION_PARAM}"]`))
        record();
    };
    const follow = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-switch]") : null;
      if (!(link instanceof HTMLAnchorElement) || !carried.changed) return;
      const [kind, value = ""] = (link.dataset.switch ?? "").split(":");
      // A page in error stays in error in the other language or mode.
      const here = enteredAddress(form, action, form.hasAttribute(REFUSED_ATTRIBUTE));
      if (kind === "presenter") link.href = presenterHref(here, value === "on");
      // The header wrote the target locale itself, from the routing's own list.
      else if (kind === "language") link.href = languageHref(here, value as AppLocale);
    };
    // Back to a page kept whole in the browser's memory after it was submitted.
    const returned = (event: PageTransitionEvent) => {
      if (event.persisted) carried.leaving = false;
    };
    form.addEventListener("input", record);
    form.addEventListener("change", record);
    form.addEventListener("click", rowButton);
    document.addEventListener("click", follow, true);
    window.addEventListener("pageshow", returned);
    return () => {
      window.clearTimeout(carried.pending);
      form.removeEventListener("input", record);
      form.removeEventListener("change", record);
      form.removeEventListener("click", rowButton);
      document.removeEventListener("click", follow, true);
      window.removeEventListener("pageshow", returned);
    };
  }, [formRef, action]);
  // A choice made before hydration (useEarlyInput) counts as a change like any other.
  useEffect(() => {
    if (early.restored()) formRef.current?.dispatchEvent(new Event("change"));
  }, [early, formRef]);
  return {
    leave: () => {
      state.current.leaving = true;
      window.clearTimeout(state.current.pending);
    },
  };
}
