import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresTestDb, type TestDb } from '../../testing/db';
import { testStaffDeps } from '../../testing/staff';
import { createStaffUser } from '../staff/manage';
import { actorNamer } from './staff-names';

let t: TestDb;
beforeAll(async () => {
  t = await createPostgresTestDb();
});
afterAll(async () => {
  await t?.dispose();
});

describe('actorNamer', () => {
  it('names staff actors by email and leaves other actors, and unknown staff ids, as they are', async () => {
    const created = await createStaffUser(testStaffDeps(t.db), 'test', {
      email: 'Operator.One@example.org',
      role: 'notice_operator',
      password: 'a long enough password',
    });
    if (!created.ok) throw new Error(created.error);
    const actor = `staff:${created.data.user.id}`;
    const name = await actorNamer(t.db, [actor, 'cli:import', 'staff:999999', null]);
    expect(name(actor)).toBe(`operator.one@example.org (${actor})`);
    expect(name('cli:import')).toBe('cli:import');
    expect(name('staff:999999')).toBe('staff:999999');
    expect(name(null)).toBe('—');
  });
});
