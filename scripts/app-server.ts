/**
 * Starts the built app (`next start`) on a free port of 127.0.0.1 and stops it again, for
 * the benches (load, fuzz, Lighthouse) and the e2e spec that runs several instances; the
 * Playwright config's web server runs the same command (`nextStartArgs`).
 *
 * The server is started as `node node_modules/next/dist/bin/next start`, not through npx,
 * so that its own PID is the process listening on the port and killing it frees the port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** A port the kernel says is free now (another process could still take it before we do). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * How long the server keeps an idle connection open: longer than a browser test may run
 * (60 s), where Next's default is Node's 5 s. Playwright's request context reuses an idle
 * connection without heeding the server's `Keep-Alive: timeout=5` (microsoft/playwright
 * #42698), so a test that posted, spent 5 s in a browser and posted again met a connection
 * the server had just closed: `read ECONNRESET`.
 */
const KEEP_ALIVE_MS = 70_000;

/** The arguments to Node that run the built app on 127.0.0.1:`port`, as every server under test runs. */
export function nextStartArgs(port: number | string): string[] {
  return [
    NEXT_BIN,
    "start",
    "-H",
    "127.0.0.1",
    "-p",
    String(port),
    "--keepAliveTimeout",
    String(KEEP_ALIVE_MS),
  ];
}

export type AppServer = {
  origin: string;
  port: number;
  pid: number;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop: (graceMs?: number) => Promise<void>;
};

export type StartOptions = {
  /** Extra options for the server's Node process, e.g. `--cpu-prof`. */
  nodeOptions?: string[];
  env?: Record<string, string>;
  /** How long to wait for `/api/health` to answer. */
  timeoutMs?: number;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts `next start` from the last `next build` and waits until it answers. */
export async function startApp(options: StartOptions = {}): Promise<AppServer> {
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build in .next: run `npm run build` first.");
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...nextStartArgs(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  if (child.pid === undefined) throw new Error("could not start next start");
  const pid = child.pid;

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited(child);
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode} before answering:\n${output}`);
    }
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${origin} in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, port, pid, output: () => output, stop };
}
