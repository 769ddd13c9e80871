// Writes a SYNTHETIC records CSV (fictitious people, example.* emails, 555-01xx phones).
// Usage: npm run seed -- [--count 47000] [--seed 1] [--out file.csv]   (default: stdout)
// The file has no room for a comment line, so the synthetic label goes to stderr and
// lives in the data itself (reserved example domains).
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { writeSyntheticCsv } from '../lib/synthetic/generator';

export interface SeedOptions {
  count: number;
  seed: number;
  /** A file path, or null for stdout. */
  out: string | null;
}

export class SeedUsageError extends Error {
  override name = 'SeedUsageError';
}

const usage = 'Usage: npm run seed -- [--count 47000] [--seed 1] [--out file.csv]';

function parseWholeNumber(value: string, name: string, min: number): number {
  const n = /^-?[0-9]+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min)
    throw new SeedUsageError(`--${name} must be a whole number of at least ${min}, not "${value}". ${usage}`);
  return n;
}

/** Parses the command line (without the node and script paths). Throws SeedUsageError with a usage line. */
export function parseSeedArgs(argv: readonly string[]): SeedOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        count: { type: 'string', default: '47000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new SeedUsageError(`${(err as Error).message}. ${usage}`);
  }
  return {
    count: parseWholeNumber(values.count, 'count', 0),
    seed: parseWholeNumber(values.seed, 'seed', 0),
    out: values.out ?? null,
  };
}

/** Writes the CSV where the options say. The future `--load` (import into the database) goes beside this. */
export async function writeSeedCsv(options: SeedOptions): Promise<void> {
  if (options.out === null) {
    await writeSyntheticCsv(options.count, options.seed, process.stdout);
    return;
  }
  const file = createWriteStream(options.out);
  try {
    await writeSyntheticCsv(options.count, options.seed, file);
  } finally {
    file.end();
  }
  await finished(file);
}

async function main(): Promise<void> {
  const options = parseSeedArgs(process.argv.slice(2));
  // `head` closing the pipe early is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.stderr.write(
    `SYNTHETIC DATA: ${options.count} fictitious records, seed ${options.seed}` +
      `${options.out ? ` → ${options.out}` : ''}. Not real people.\n`,
  );
  await writeSeedCsv(options);
}

// Run only when executed (tsx loads this file as CommonJS), not when a test imports it.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof SeedUsageError ? err.message : err);
    process.exitCode = err instanceof SeedUsageError ? 2 : 1;
  });
}
