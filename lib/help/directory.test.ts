import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHelpEntries } from '../../db/queries/help-directory';
import { drivers, type TestDb } from '../../testing/db';
import { testKeys } from '../../testing/secrets';
import { helpEntrySchema, readHelpEntryForm } from '../validation/help-directory';
import { archiveHelpEntry, changeHelpEntry, createHelpEntry, demoHelpEntries, localHelpFor, seedDemoHelpEntriesIfEmpty } from './directory';

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};

const valid = {
  organization: 'Test Legal Aid',
  languages: ['es', 'en'],
  states: 'ca, nv',
  counties: 'Los Angeles County, Kern County',
  phone: '(213) 555-0150',
  address: '1 Example Street\nLos Angeles, CA 90001',
  hours: 'Mon-Fri 09:00-17:00 America/Los_Angeles',
  cost: 'free',
};

describe('the help entry form', () => {
  it('normalizes what was typed', () => {
    const parsed = helpEntrySchema.parse(readHelpEntryForm(form(valid)));
    expect(parsed).toMatchObject({
      states: ['CA', 'NV'],
      counties: ['Los Angeles County', 'Kern County'],
      phone: '2135550150',
      languages: ['es', 'en'],
      synthetic: false,
    });
  });
  it('says at each field what to fix', () => {
    const result = helpEntrySchema.safeParse(
      readHelpEntryForm(
        form({ ...valid, languages: [], states: 'CA, XX', phone: '555-0150', hours: 'weekdays', cost: 'cheap', organization: '' }),
      ),
    );
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(['organization', 'languages', 'states', 'phone', 'hours', 'cost']));
    expect(helpEntrySchema.safeParse(readHelpEntryForm(form({ ...valid, languages: ['es', 'klingon'] }))).success).toBe(false);
  });
});

describe.each(drivers)('the help directory on %s', (_name, create) => {
  let t: TestDb;
  const { hasher } = testKeys();
  const deps = () => ({ db: t.db, auditKey: hasher.auditKey });
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => {
    await t.dispose();
  });

  const auditActions = async () =>
    (await t.db.execute<{ action: string; actor: string; detail: Record<string, unknown> }>(
      sql`select action, actor, detail from audit_log where action like 'help_entry.%' order by id`,
    )) as unknown;
  const rowsOf = (r: unknown) =>
    (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { action: string; actor: string; detail: Record<string, unknown> }[];

  it('lists for a person only entries serving their state in their language, and not removed ones', async () => {
    const input = helpEntrySchema.parse(readHelpEntryForm(form(valid)));
    const a = await createHelpEntry(deps(), 'staff:1', input);
    await createHelpEntry(deps(), 'staff:1', { ...input, organization: 'English only', languages: ['en'] });
    await createHelpEntry(deps(), 'staff:1', { ...input, organization: 'Texas', states: ['TX'] });
    expect((await localHelpFor(t.db, { state: 'CA', language: 'es' })).map((e) => e.organization)).toEqual(['Test Legal Aid']);
    expect((await localHelpFor(t.db, { state: 'NV', language: 'en' })).map((e) => e.organization)).toEqual([
      'English only',
      'Test Legal Aid',
    ]);
    expect(await localHelpFor(t.db, { state: 'TX', language: 'ko' })).toEqual([]);

    expect((await archiveHelpEntry(deps(), 'staff:2', a.id, true)).ok).toBe(true);
    expect((await localHelpFor(t.db, { state: 'CA', language: 'es' })).map((e) => e.organization)).toEqual([]);
    await archiveHelpEntry(deps(), 'staff:2', a.id, false);
    expect((await localHelpFor(t.db, { state: 'CA', language: 'es' })).map((e) => e.organization)).toEqual(['Test Legal Aid']);
  });

  it('audits every change with the staff actor and the fields changed, never their values', async () => {
    const [first] = await listHelpEntries(t.db);
    const changed = await changeHelpEntry(deps(), 'staff:3', first!.id, {
      ...first!,
      phone: '2135550199',
      hours: 'Mon-Fri 10:00-16:00 America/Los_Angeles',
    } as never);
    expect(changed.ok).toBe(true);
    const rows = rowsOf(await auditActions());
    expect(rows.map((r) => r.action)).toEqual([
      'help_entry.created',
      'help_entry.created',
      'help_entry.created',
      'help_entry.removed',
      'help_entry.restored',
      'help_entry.changed',
    ]);
    const last = rows.at(-1)!;
    expect(last.actor).toBe('staff:3');
    expect(last.detail).toEqual({ entryId: first!.id, fields: 'phone,hours' });
    expect(JSON.stringify(rows)).not.toContain('5550199');
    expect(await changeHelpEntry(deps(), 'staff:3', 999_999, first as never)).toEqual({ ok: false, error: 'not_found' });
    expect(await archiveHelpEntry(deps(), 'staff:3', 999_999, true)).toEqual({ ok: false, error: 'not_found' });
  });

  it('loads the synthetic demo entries only into an empty directory', async () => {
    expect(await seedDemoHelpEntriesIfEmpty(t.db)).toBe(0);
    await t.db.execute(sql`delete from help_directory_entries`);
    expect(await seedDemoHelpEntriesIfEmpty(t.db)).toBe(demoHelpEntries.length);
    const all = await listHelpEntries(t.db);
    expect(all.every((e) => e.synthetic && e.organization.startsWith('SYNTHETIC') && /^[2-9][0-9]{2}55501[0-9]{2}$/.test(e.phone))).toBe(
      true,
    );
    // Every demo entry passes the form's own rules.
    for (const e of demoHelpEntries) {
      expect(helpEntrySchema.safeParse({ ...e, states: e.states.join(','), counties: e.counties.join(','), phone: e.phone }).success).toBe(
        true,
      );
    }
  });
});
