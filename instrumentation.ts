/** Runs once when a Next.js server process starts, before it answers any request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerUnfetchableMethods } = await import("./lib/routing/unfetchable-methods");
  answerUnfetchableMethods();
}
