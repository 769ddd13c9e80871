// One browser spec at a time between "its direct-deposit claims are approved" and "its ACH export is
// prepared": an export takes every approved direct-deposit claim that waits, so two specs doing this at once
// (admin-payments and claims-journey, on two Playwright workers) would take each other's claims. A
// PostgreSQL advisory lock on a connection of its own, held for the whole section and released however it
// ends (also when the worker dies: the connection closes with it).
import postgres from 'postgres';
import { env } from '../../lib/env';

const achLaneLock = 7_431_001;

export async function inAchLane<T>(section: () => Promise<T>): Promise<T> {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('The browser tests need DATABASE_URL.');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${achLaneLock})`;
    return await section();
  } finally {
    await sql.end({ timeout: 5 });
  }
}
