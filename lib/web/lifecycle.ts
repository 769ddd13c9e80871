// What the web process must finish before it exits. The front server (scripts/server.ts) owns SIGTERM and
// SIGINT: it stops taking connections, lets the requests in flight end, and only then runs these steps
// (the in-process workers drain, PGlite closes), so no request loses its database half way. The steps are
// kept on globalThis because instrumentation.ts runs inside Next's bundle, a different module graph in the
// same process.
type Step = () => Promise<void>;
type Holder = { [KEY]?: { steps: Step[] } };
const KEY = Symbol.for('disclosure-check.web-lifecycle');

/** Called by the front server before Next.js starts: from then on it owns the process's signals. */
export function claimShutdown(): void {
  (globalThis as Holder)[KEY] ??= { steps: [] };
}

/** Registers a step to run on shutdown; false when no front server owns shutdown (then the caller handles signals). */
export function onShutdown(step: Step): boolean {
  const holder = (globalThis as Holder)[KEY];
  if (!holder) return false;
  holder.steps.push(step);
  return true;
}

/** True when the front server runs this process (the peer-address header and the CSP come from it). */
export function frontServerRunning(): boolean {
  return (globalThis as Holder)[KEY] !== undefined;
}

export async function runShutdownSteps(): Promise<void> {
  const holder = (globalThis as Holder)[KEY];
  for (const step of holder?.steps.splice(0) ?? []) await step();
}
