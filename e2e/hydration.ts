import type { Page } from "@playwright/test";

/**
 * Lets a test know when React has hydrated the page. React reports each commit to a
 * DevTools hook when one exists; the stand-in installed here counts them, and the first is
 * the hydration. Call before `page.goto`; await the function it returns.
 */
export async function watchHydration(page: Page): Promise<() => Promise<void>> {
  await page.addInitScript(() => {
    const counter = window as unknown as { __e2eCommits: number };
    counter.__e2eCommits = 0;
    Object.defineProperty(window, "__REACT_DEVTOOLS_GLOBAL_HOOK__", {
      value: {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onCommitFiberRoot: () => void (counter.__e2eCommits += 1),
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
        checkDCE: () => {},
      },
    });
  });
  return async () => {
    await page.waitForFunction(
      () => (window as unknown as { __e2eCommits: number }).__e2eCommits > 0,
    );
  };
}
