// Runs once when the Next.js server starts. In the embedded mode (no DATABASE_URL) the workers live here,
// in the web process, because PGlite allows one process per data directory. Opening the database here
// also takes its lock, so CLIs refuse while the server runs.
export async function register() {
  // NEXT_RUNTIME is Next's own marker; reading it literally lets the edge bundle drop this code.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env, ConfigError } = await import('./lib/env');
  const e = env();
  const { frontServerRunning, onShutdown } = await import('./lib/web/lifecycle');
  // Without the front server (scripts/server.ts) and without a trusted proxy, no request says which client
  // sent it, and every client would share one rate-limit bucket: production refuses to serve like that.
  if (e.APP_ENV === 'production' && e.TRUSTED_PROXY_HOPS === 0 && !frontServerRunning()) {
    throw new ConfigError(
      "Configuration error: in production start the portal with `npm start` (scripts/server.ts, which passes each client's address), or set TRUSTED_PROXY_HOPS to the number of reverse proxies in front of it.",
    );
  }
  const { getDbHandle } = await import('./db/client');
  const handle = await getDbHandle();
  if (!e.workersInProcess) return;
  const { startWorkers } = await import('./workers/runtime');
  const runtime = await startWorkers({ db: handle.db, concurrency: e.WORKER_CONCURRENCY });
  const { closeDb } = await import('./db/client');
  // Drain the workers, then close PGlite so its files are complete. Under the front server this runs after
  // the last request has been answered (lib/web/lifecycle.ts); under plain `next start`, on the signal.
  const drain = () => runtime.close().then(() => closeDb());
  if (onShutdown(drain)) return;
  const stop = () => void drain().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
