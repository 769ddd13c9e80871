// npm run workers: a worker process against PostgreSQL (DATABASE_URL). Run as many as you like.
// In the embedded mode the workers run inside the web process instead (instrumentation.ts).
import { closeDb, getDbHandle } from '../db/client';
import { env } from '../lib/env';
import { startWorkers } from './runtime';

async function main() {
  const e = env();
  if (e.embedded) {
    console.error(
      'Workers run inside the web process in the embedded mode (PGlite allows one process). Set DATABASE_URL to run them separately.',
    );
    process.exit(2);
  }
  const handle = await getDbHandle('npm run workers');
  const runtime = await startWorkers({ db: handle.db, concurrency: e.WORKER_CONCURRENCY });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[workers] ${signal}: finishing jobs in progress, then exiting`);
    await runtime.close();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
