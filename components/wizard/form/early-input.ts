import { type RefCallback, useLayoutEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

export type EarlyInput = {
  note: (name: string, element: HTMLElement) => void;
  /** Whether anything the user did before hydration was handed back to the form. */
  restored: () => boolean;
};

type ControlState = { type: string; value: string; on: boolean; changed: boolean };

/** What a control shows now, and whether the user changed it from what the server rendered. */
function controlState(element: HTMLElement): ControlState {
  if (
    element instanceof HTMLInputElement &&
    (element.type === "radio" || element.type === "checkbox")
  ) {
    const { type, value, checked, defaultChecked } = element;
    return { type, value, on: checked, changed: checked !== defaultChecked };
  }
  if (element instanceof HTMLSelectElement) {
    const rendered = [...element.options].find((o) => o.defaultSelected) ?? element.options[0];
    const changed = element.value !== (rendered?.value ?? "");
    return { type: "value", value: element.value, on: true, changed };
  }
  if (element instanceof HTMLInputElement) {
    const changed = element.value !== element.defaultValue;
    return { type: "value", value: element.value, on: true, changed };
  }
  return { type: "value", value: "", on: false, changed: false };
}

/**
 * The server's form works before the page's script has loaded, so a user on a slow
 * connection can choose or type before React hydrates it. react-hook-form, attaching each
 * control, writes the form's default into it (a radio button is unticked), which would
 * silently undo what the user did. Each control's state is noted as it is attached during
 * hydration, before react-hook-form touches it, and whatever the user changed is handed back
 * to the form once every control is attached (a parent's layout effect runs after its
 * children's refs).
 */
export function useEarlyInput(form: UseFormReturn<FieldValues>): EarlyInput {
  const hydrated = useRef(false);
  const restored = useRef(false);
  const noted = useRef(new Map<string, ControlState[]>());
  const [early] = useState<EarlyInput>(() => ({
    note: (name, element) => {
      if (hydrated.current) return;
      const list = noted.current.get(name) ?? [];
      list.push(controlState(element));
      noted.current.set(name, list);
    },
    restored: () => restored.current,
  }));
  useLayoutEffect(() => {
    hydrated.current = true;
    for (const [name, states] of noted.current) {
      if (!states.some((state) => state.changed)) continue;
      const chosen = states.filter((state) => state.on).map((state) => state.value);
      const type = states[0]?.type;
      const value = type === "checkbox" ? chosen : (chosen[0] ?? "");
      form.setValue(name, value, { shouldDirty: true });
      restored.current = true;
    }
    noted.current.clear();
  }, [form]);
  return early;
}

/**
 * Registers a field. Whatever leaving it shows (`validationMode`) is an inline message in a
 * line whose height is reserved (`ErrorLine`): the summary comes only with a submission, so
 * no message appearing between mousedown and mouseup moves a button from under the pointer,
 * whichever control the browser focuses on mousedown.
 */
export function registerField(form: UseFormReturn<FieldValues>, name: string, early: EarlyInput) {
  const registered = form.register(name);
  return {
    ...registered,
    ref: ((element: HTMLElement | null) => {
      if (element) early.note(name, element);
      registered.ref(element);
    }) as RefCallback<HTMLElement>,
  };
}
