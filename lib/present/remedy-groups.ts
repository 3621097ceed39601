/**
 * The remedies as a reader meets them: several services' remedies that make exactly the same
 * changes (cutting the company's share to 50%, which each capped service is offered on its
 * own) are one change, said once for all of them, each service's resulting verdict beside it.
 */
import type { Result } from "@/lib/answers/result-schema";

type Remedy = Result["remedies"][number];

export type RemedyGroup = {
  /** The first of the group: its description, changes and the plan's resulting verdict. */
  remedy: Remedy;
  /** Each service the change is offered for, with its resulting verdict where it has one. */
  services: { code: string; verdict?: Remedy["resultingServiceVerdict"] }[];
};

export function groupRemedies(remedies: readonly Remedy[]): RemedyGroup[] {
  const groups: RemedyGroup[] = [];
  const byChanges = new Map<string, RemedyGroup>();
  for (const remedy of remedies) {
    const service = remedy.serviceCode
      ? [{ code: remedy.serviceCode, verdict: remedy.resultingServiceVerdict }]
      : [];
    // The whole plan's remedy stands on its own, whatever it changes.
    const key = remedy.serviceCode ? JSON.stringify(remedy.changes) : undefined;
    const same = key === undefined ? undefined : byChanges.get(key);
    if (same) {
      same.services.push(...service);
      continue;
    }
    const group = { remedy, services: service };
    groups.push(group);
    if (key !== undefined) byChanges.set(key, group);
  }
  return groups;
}
