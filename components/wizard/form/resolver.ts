import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import type { FieldValues, Resolver } from "react-hook-form";

import type { StepSchemaId } from "@/lib/answers/steps/registry";

/**
 * The step's zod schema, loaded after the page has become interactive rather than with it:
 * zod's core is most of a form's JavaScript, and the page works without it until the user
 * first leaves a field. The same schema object validates on the server.
 */
const resolvers = new Map<StepSchemaId, Promise<Resolver<FieldValues>>>();

function loadResolver(id: StepSchemaId): Promise<Resolver<FieldValues>> {
  let resolver = resolvers.get(id);
  if (!resolver) {
    resolver = import("@/lib/answers/steps/registry").then(
      // One form component serves every step, so the resolver is typed for any field values.
      ({ stepSchema }) => zodResolver(stepSchema(id) as never) as unknown as Resolver<FieldValues>,
    );
    resolvers.set(id, resolver);
  }
  return resolver;
}

export function useLazyResolver(id: StepSchemaId): Resolver<FieldValues> {
  const [resolver] = useState(() => {
    const lazy: Resolver<FieldValues> = async (values, context, options) =>
      (await loadResolver(id))(values, context, options);
    return lazy;
  });
  useEffect(() => {
    const idle =
      window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    idle(() => void loadResolver(id));
  }, [id]);
  return resolver;
}
