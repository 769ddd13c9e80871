// PGlite does not lock its directory, and two processes writing one directory silently lose writes.
// This lock file makes a second process refuse with a sentence instead. A lock whose process is gone is
// taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class EmbeddedDatabaseBusyError extends Error {
  override name = 'EmbeddedDatabaseBusyError';
}

export type DirectoryLock = { file: string; release(): void };

type LockBody = { pid: number; holder: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLockHolder(dir: string): LockBody | null {
  try {
    const body = JSON.parse(readFileSync(path.join(dir, 'dc.lock'), 'utf8')) as LockBody;
    return isAlive(body.pid) ? body : null;
  } catch {
    return null;
  }
}

export function acquireDirectoryLock(dir: string, holder: string): DirectoryLock {
  const file = path.join(dir, 'dc.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() } satisfies LockBody));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const current = readLockHolder(dir);
    if (current) {
      throw new EmbeddedDatabaseBusyError(
        `The embedded database in ${dir} is in use by ${current.holder} (process ${current.pid}); stop it first, or set DATABASE_URL to work on PostgreSQL.`,
      );
    }
    try {
      unlinkSync(file);
    } catch {
      /* another process took it over first */
    }
  }
  throw new EmbeddedDatabaseBusyError(`Could not lock the embedded database in ${dir}; another process keeps taking it.`);
}
