// Runs once when the Next.js server starts. In the embedded mode (no DATABASE_URL) the workers live here,
// in the web process, because PGlite allows one process per data directory. Opening the database here
// also takes its lock, so CLIs refuse while the server runs.
export async function register() {
  // NEXT_RUNTIME is Next's own marker; reading it literally lets the edge bundle drop this code.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  const e = env();
  const { getDbHandle } = await import('./db/client');
  const handle = await getDbHandle();
  if (!e.workersInProcess) return;
  const { startWorkers } = await import('./workers/runtime');
  const runtime = await startWorkers({ db: handle.db, concurrency: e.WORKER_CONCURRENCY });
  const { closeDb } = await import('./db/client');
  // Drain the workers, then close PGlite so its files are complete, then leave.
  const stop = () => {
    void runtime
      .close()
      .then(() => closeDb())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
