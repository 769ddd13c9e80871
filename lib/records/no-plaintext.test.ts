// The portal must not become a second leak: after a real import through the CLI, neither a full dump of
// the database nor anything the CLI printed contains a submitted SSN/ITIN (in any common spelling), name,
// street, ZIP, date of birth, email or phone, as text, inside a bytea value, or in hex or base64.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { findLeaks } from '../../testing/leak-scan';
import { goodRow, toCsv } from '../../testing/records';

const exec = promisify(execFile);

describe('no plaintext identifiers at rest or in logs (PostgreSQL, CLI)', () => {
  let t: TestDb;
  let dir: string;
  beforeAll(async () => {
    t = await createPostgresTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'dc-leak-'));
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps TINs, names, addresses and contacts out of a database dump and the CLI output', async () => {
    const people = [
      goodRow({
        tin: '912-78-4321',
        first_name: 'Xochitl',
        last_name: 'Quetzalcoatl-Ramírez',
        date_of_birth: '1937-06-14',
        street: '4417 Zenzontle Way',
        zip: '83127',
        email: 'xochitl.q@example.org',
        phone: '323-555-0187',
      }),
      goodRow({
        tin: '219-09-9999',
        first_name: 'Thuy',
        last_name: 'Trinhvuong',
        date_of_birth: '1944-10-29',
        street: '88 Bellaire Synthetic Blvd',
        zip: '59274-6613',
        email: '',
        phone: '',
      }),
    ];
    // A rejected row must not leak through the reject report either.
    const rejected = goodRow({ tin: '912-78-8765', date_of_birth: '1990-02-30', first_name: 'Oyelaran' });
    const file = path.join(dir, 'people.csv');
    writeFileSync(file, toCsv([...people, rejected]));

    const env = { ...process.env, DATABASE_URL: t.url!, DATA_DIR: dir };
    const { stdout, stderr } = await exec('npx', ['tsx', 'scripts/import.ts', file], { env });
    expect(stdout).toMatch(/2 inserted/);
    expect(stderr).toMatch(/line 4: date_impossible \(date_of_birth\)/);

    const dump = (await exec('pg_dump', ['--data-only', '--inserts', t.url!], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    expect(dump).toMatch(/INSERT INTO public\.affected_records/);
    const secrets = [
      '912784321',
      '912-78-4321',
      '912 78 4321',
      '219099999',
      '219-09-9999',
      '912788765',
      '912-78-8765',
      'Xochitl',
      'Quetzalcoatl',
      'Zenzontle',
      'xochitl.q@example.org',
      '3235550187',
      '323-555-0187',
      'Trinhvuong',
      'Bellaire',
      'Oyelaran',
      '1937-06-14',
      '19370614',
      '1944-10-29',
      '19441029',
      '1990-02-30',
      '59274-6613',
    ];
    // The dump's bytea values are decoded and searched too, and each value in hex and base64.
    expect(
      findLeaks(
        [
          { where: 'database dump', text: dump },
          { where: 'CLI output', text: stdout + stderr },
        ],
        { values: secrets, numbers: ['83127', '59274', '6613', '4321', '9999'] },
      ),
    ).toEqual([]);
  });
});
