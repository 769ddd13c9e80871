// npm run migrate: apply the checked-in migrations to DATABASE_URL, or to the embedded database.
import { openCliDatabase, runCli } from './cli';

runCli(async () => {
  const started = Date.now();
  const handle = await openCliDatabase('migrate');
  await handle.close();
  console.log(`Database is up to date (${handle.driver}, ${Date.now() - started} ms).`);
});
