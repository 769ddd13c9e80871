import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { recordCsvColumns } from '../lib/validation/record-row';
import { parseSeedArgs, SeedUsageError } from './seed';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'dc-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseSeedArgs', () => {
  it('defaults to 47,000 rows, seed 1, stdout', () => {
    expect(parseSeedArgs([])).toEqual({ count: 47_000, seed: 1, out: null });
  });

  it('reads --count, --seed and --out', () => {
    expect(parseSeedArgs(['--count', '10', '--seed', '9', '--out', 'x.csv'])).toEqual({ count: 10, seed: 9, out: 'x.csv' });
    expect(parseSeedArgs(['--count=0'])).toMatchObject({ count: 0 });
  });

  it.each([['--count', 'ten'], ['--count', '-1'], ['--count', '1.5'], ['--seed', '1e3'], ['--nope'], ['positional']])(
    'refuses %j with a usage line',
    (...argv) => {
      expect(() => parseSeedArgs(argv)).toThrow(SeedUsageError);
      expect(() => parseSeedArgs(argv)).toThrow(/Usage: npm run seed/);
    },
  );
});

describe('npm run seed', () => {
  it('writes the same file twice for the same arguments, and labels it synthetic on stderr', async () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    const first = await run(tsx, ['scripts/seed.ts', '--count', '300', '--seed', '5', '--out', a], { cwd: root });
    await run(tsx, ['scripts/seed.ts', '--count', '300', '--seed', '5', '--out', b], { cwd: root });
    expect(first.stderr).toContain('SYNTHETIC DATA');
    expect(first.stdout).toBe('');
    const text = readFileSync(a, 'utf8');
    expect(text).toBe(readFileSync(b, 'utf8'));
    expect(text.split('\n')).toHaveLength(302);
    expect(text.split('\n')[0]).toBe([...recordCsvColumns, 'disclosure_acts', 'ruled_unlawful'].join(','));
  });

  it('writes to stdout by default, and exits 2 on bad arguments', async () => {
    const { stdout } = await run(tsx, ['scripts/seed.ts', '--count', '3'], { cwd: root });
    expect(stdout.trim().split('\n')).toHaveLength(4);
    await expect(run(tsx, ['scripts/seed.ts', '--count', 'x'], { cwd: root })).rejects.toMatchObject({ code: 2 });
  });
});
