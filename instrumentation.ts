import { publicOriginWarning } from "@/lib/present/origin";

/** Runs once when a Next.js server process starts, before it answers any request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardNodeServer } = await import("./lib/routing/node-server");
  guardNodeServer();
  warnWithoutPublicOrigin();
}

/**
 * A production server without a usable PUBLIC_ORIGIN still works, but every absolute link it
 * writes names localhost: say so once, loudly, where the operator looks first. Not while
 * `next build` renders pages.
 */
function warnWithoutPublicOrigin(): void {
  if (process.env.NODE_ENV !== "production") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const warning = publicOriginWarning(process.env.PUBLIC_ORIGIN);
  if (warning) console.warn(`Warning: ${warning}`);
}
