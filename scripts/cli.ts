// Shared start-up for the command-line tools: configuration, one database handle, a clean exit.
import { ConfigError, env } from '../lib/env';
import { migrate, openDatabase, type DbHandle } from '../db/index';
import { applyAppRoleGrants } from '../db/app-role';
import { EmbeddedDatabaseBusyError } from '../db/embedded-lock';

export async function openCliDatabase(name: string): Promise<DbHandle> {
  const e = env();
  const handle = await openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, holder: `npm run ${name}` });
  await migrate(handle);
  if (e.DATABASE_APP_ROLE && handle.driver === 'postgres') {
    // Re-applied after every migration so new tables are covered and audit_log stays append-only for it.
    const outcome = await applyAppRoleGrants(handle.db, e.DATABASE_APP_ROLE);
    if (outcome === 'role_missing')
      console.warn(`DATABASE_APP_ROLE ${e.DATABASE_APP_ROLE} does not exist yet: no grants applied (README "Audit log").`);
  }
  return handle;
}

/** Runs a CLI body, printing known errors as one sentence rather than a stack trace. */
export function runCli(body: () => Promise<number | void>): void {
  body().then(
    (code) => process.exit(code ?? 0),
    (err: unknown) => {
      if (err instanceof ConfigError || err instanceof EmbeddedDatabaseBusyError) {
        console.error(err.message);
        process.exit(2);
      }
      console.error(err);
      process.exit(1);
    },
  );
}
