import { publicOriginWarning } from "@/lib/present/origin";

/**
 * Runs once when a server starts. A production server without a usable PUBLIC_ORIGIN
 * still works, but every absolute link it writes names localhost: say so once, loudly,
 * where the operator looks first.
 */
export function register(): void {
  // Once per server: not again for the edge runtime, nor while `next build` renders pages.
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const warning = publicOriginWarning(process.env.PUBLIC_ORIGIN);
  if (warning) console.warn(`Warning: ${warning}`);
}
