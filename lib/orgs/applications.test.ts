// Organization applications and their four-eyes decisions (issue 15, item 1), on both drivers, with the real
// Redis for the per-address limit: what the form refuses, one live application per EIN, one email per
// member, and that no administrator decides alone, down to the table's check constraint.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/index';
import { withServiceScope } from '../../db/org-scope';
import { drivers, type TestDb } from '../../testing/db';
import { connectRedis, deleteRedisPrefix } from '../../testing/redis';
import { testKeys } from '../../testing/secrets';
import { uniqueName } from '../../testing/postgres';
import { emptyOrgApplication, parseOrgApplication, type OrgApplicationValues } from '../validation/orgs';
import { createApplyLimit } from './apply-limit';
import {
  applyForOrganization,
  confirmOrganizationDecision,
  proposeOrganizationDecision,
  withdrawOrganizationDecision,
  type StaffOrgDeps,
} from './applications';

const redis = connectRedis();
const keys = testKeys();
const rateKey = randomBytes(32);
const prefixes: string[] = [];
afterAll(async () => {
  await Promise.all(prefixes.map((p) => deleteRedisPrefix(p)));
  redis.disconnect();
});

let einCounter = 0;
const nextEin = () => `90-${String(1_000_000 + ++einCounter * 7919).slice(-7)}`;

function values(overrides: Partial<OrgApplicationValues> = {}): OrgApplicationValues {
  const n = ++einCounter;
  return {
    name: `Test Legal Aid ${n} (synthetic)`,
    ein: nextEin(),
    kind: 'legal_aid',
    addressLine1: '100 Synthetic Ave',
    addressLine2: 'Suite 2',
    city: 'Houston',
    state: 'tx',
    zip: '77002-1234',
    contactName: 'Ana Example',
    contactEmail: `contact-${n}-${randomBytes(3).toString('hex')}@example.org`,
    contactPhone: '(713) 555-0100',
    ...overrides,
  };
}

describe('parseOrgApplication', () => {
  it('refuses each bad field with its own code, and accepts both EIN spellings', () => {
    const bad = parseOrgApplication(
      { ...emptyOrgApplication, ein: '12-34567', kind: 'church', state: 'XX', zip: '00000', contactEmail: 'no-at', contactPhone: '555' },
      'es',
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        name: 'required',
        ein: 'ein_format',
        kind: 'kind_unknown',
        addressLine1: 'required',
        city: 'required',
        state: 'state_invalid',
        zip: 'zip_invalid',
        contactName: 'required',
        contactEmail: 'email_format',
        contactPhone: 'phone_format',
      },
    });
    expect(parseOrgApplication(values({ ein: '07-1234567' }), 'en')).toMatchObject({ ok: false, errors: { ein: 'ein_prefix' } });
    const hyphen = parseOrgApplication(values({ ein: '12-3456789' }), 'es');
    const digits = parseOrgApplication(values({ ein: '123456789', contactPhone: '', addressLine2: '' }), 'es');
    expect(hyphen).toMatchObject({
      ok: true,
      value: { ein: '123456789', state: 'TX', zip: '77002-1234', language: 'es', contactPhone: '+17135550100' },
    });
    expect(digits).toMatchObject({ ok: true, value: { ein: '123456789', contactPhone: null, addressLine2: null } });
  });
});

describe.each(drivers)('organization applications (%s)', (_name, create) => {
  let t: TestDb;
  let prefix: string;
  const deps = () => ({
    db: t.db,
    auditKey: keys.hasher.auditKey,
    limit: createApplyLimit({ redis, prefix, rate: { points: 50, seconds: 3600 }, keys: { rateKey } }),
  });
  const admin = (actor: string): StaffOrgDeps => ({ db: t.db, auditKey: keys.hasher.auditKey, actor });
  const scoped = <T>(query: ReturnType<typeof sql>) => withServiceScope(t.db, (tx) => rowsOf<T>(tx, query));
  const apply = async (v: OrgApplicationValues, language = 'es') => {
    const r = await applyForOrganization(deps(), { values: v, language, clientAddress: '203.0.113.7' });
    if (!r.ok) throw new Error(`application refused: ${JSON.stringify(r.error)}`);
    return r.data.organizationId;
  };
  const statusOf = async (id: number) =>
    (await scoped<{ status: string }>(sql`select status from organizations where id = ${id}`))[0]!.status;

  beforeAll(async () => {
    t = await create();
    prefix = uniqueName('dcorgapply');
    prefixes.push(prefix);
  });
  afterAll(() => t?.dispose());

  it('records an application in the page’s language, audited with its id only', async () => {
    const v = values();
    const id = await apply(v, 'vi');
    const [row] = await scoped<Record<string, unknown>>(
      sql`select ein, state, language, status, contact_email from organizations where id = ${id}`,
    );
    expect(row).toEqual({ ein: v.ein.replace('-', ''), state: 'TX', language: 'vi', status: 'applied', contact_email: v.contactEmail });
    const [entry] = await rowsOf<{ actor: string; outcome: string; detail: unknown }>(
      t.db,
      sql`select actor, outcome, detail from audit_log where action = 'organization.applied' order by id desc limit 1`,
    );
    expect(entry).toEqual({ actor: 'org-applicant', outcome: 'ok', detail: { organization: id } });
  });

  it('refuses a second live application with the same EIN, and takes it again once the first is rejected', async () => {
    const first = values();
    const id = await apply(first);
    const again = await applyForOrganization(deps(), {
      values: values({ ein: first.ein.replace('-', '') }),
      language: 'es',
      clientAddress: null,
    });
    expect(again).toEqual({ ok: false, error: { code: 'invalid', fields: { ein: 'ein_taken' } } });
    const proposal = await proposeOrganizationDecision(admin('staff:1'), { orgId: id, outcome: 'reject', reason: 'Not an organization' });
    expect(proposal.ok).toBe(true);
    expect(await confirmOrganizationDecision(admin('staff:2'), { decisionId: proposal.ok ? proposal.data.id : 0 })).toMatchObject({
      ok: true,
      data: { status: 'rejected', memberId: null },
    });
    expect(await statusOf(id)).toBe('rejected');
    expect(await scoped<{ type: string }>(sql`select type from notices where org_id = ${id}`)).toEqual([
      { type: 'org_application_rejected' },
    ]);
    await apply(values({ ein: first.ein }));
  });

  it('refuses a contact email that is already a member elsewhere or waiting on another application', async () => {
    const v = values();
    await apply(v);
    const waiting = await applyForOrganization(deps(), {
      values: values({ contactEmail: v.contactEmail.toUpperCase() }),
      language: 'en',
      clientAddress: null,
    });
    expect(waiting).toEqual({ ok: false, error: { code: 'invalid', fields: { contactEmail: 'email_taken' } } });
    const member = `member-${randomBytes(3).toString('hex')}@example.org`;
    const orgId = await apply(values());
    await withServiceScope(t.db, (tx) =>
      tx.execute(sql`insert into org_members (org_id, email, role, language) values (${orgId}, ${member}, 'advocate', 'en')`),
    );
    const taken = await applyForOrganization(deps(), { values: values({ contactEmail: member }), language: 'en', clientAddress: null });
    expect(taken).toEqual({ ok: false, error: { code: 'invalid', fields: { contactEmail: 'email_taken' } } });
  });

  it('limits applications per client address', async () => {
    const limit = createApplyLimit({ redis, prefix, rate: { points: 2, seconds: 3600 }, keys: { rateKey } });
    const d = { ...deps(), limit };
    const from = { language: 'en', clientAddress: '198.51.100.9' };
    expect((await applyForOrganization(d, { ...from, values: values() })).ok).toBe(true);
    expect((await applyForOrganization(d, { ...from, values: values() })).ok).toBe(true);
    expect(await applyForOrganization(d, { ...from, values: values() })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('never lets the proposer confirm; a second administrator does, and the contact becomes the one org admin', async () => {
    const v = values();
    const id = await apply(v, 'ko');
    const proposed = await proposeOrganizationDecision(admin('staff:10'), { orgId: id, outcome: 'approve', reason: '' });
    if (!proposed.ok) throw new Error(proposed.error);
    expect(await proposeOrganizationDecision(admin('staff:11'), { orgId: id, outcome: 'reject', reason: 'x' })).toMatchObject({
      ok: false,
    });
    const own = await confirmOrganizationDecision(admin('staff:10'), { decisionId: proposed.data.id });
    expect(own).toEqual({ ok: false, error: 'You proposed this decision, so another administrator must confirm it.' });
    expect(await statusOf(id)).toBe('applied');
    const confirmed = await confirmOrganizationDecision(admin('staff:11'), { decisionId: proposed.data.id });
    if (!confirmed.ok) throw new Error(confirmed.error);
    expect(confirmed.data.status).toBe('approved');
    const members = await scoped<{ id: number; email: string; role: string; language: string; invited_by: number | null }>(
      sql`select id, email, role, language, invited_by from org_members where org_id = ${id}`,
    );
    expect(members).toEqual([{ id: confirmed.data.memberId, email: v.contactEmail, role: 'org_admin', language: 'ko', invited_by: null }]);
    const [org] = await scoped<{ status: string; decided: boolean }>(
      sql`select status, decided_at is not null as decided from organizations where id = ${id}`,
    );
    expect(org).toEqual({ status: 'approved', decided: true });
    // The contact is told, in the same transaction: one approval notice, in the language they applied in.
    expect(
      await scoped<{ type: string; language: string; member_id: number | null }>(
        sql`select type, language, member_id from notices where org_id = ${id}`,
      ),
    ).toEqual([{ type: 'org_application_approved', language: 'ko', member_id: confirmed.data.memberId }]);
    // Confirming again, by anyone, changes nothing.
    expect(await confirmOrganizationDecision(admin('staff:12'), { decisionId: proposed.data.id })).toMatchObject({ ok: false });
    expect((await scoped(sql`select id from org_members where org_id = ${id}`)).length).toBe(1);
    // A confirmed decision cannot be withdrawn afterwards.
    expect(await withdrawOrganizationDecision(admin('staff:12'), { decisionId: proposed.data.id })).toMatchObject({ ok: false });
    expect((await scoped<{ state: string }>(sql`select state from organization_decisions where id = ${proposed.data.id}`))[0]!.state).toBe(
      'applied',
    );
  });

  it('requires a reason to reject, and a withdrawn proposal leaves the application applied', async () => {
    const id = await apply(values());
    expect(await proposeOrganizationDecision(admin('staff:20'), { orgId: id, outcome: 'reject', reason: '  ' })).toMatchObject({
      ok: false,
      fieldErrors: { reason: 'Enter why this application should be rejected' },
    });
    const proposed = await proposeOrganizationDecision(admin('staff:20'), { orgId: id, outcome: 'reject', reason: 'Duplicate' });
    if (!proposed.ok) throw new Error(proposed.error);
    expect(await withdrawOrganizationDecision(admin('staff:21'), { decisionId: proposed.data.id })).toMatchObject({
      ok: true,
      data: { state: 'withdrawn' },
    });
    expect(await statusOf(id)).toBe('applied');
    expect(await confirmOrganizationDecision(admin('staff:22'), { decisionId: proposed.data.id })).toMatchObject({ ok: false });
    expect(await statusOf(id)).toBe('applied');
  });

  it('refuses, by the table itself, a decision applied without a confirmer or by its proposer', async () => {
    const id = await apply(values());
    const proposed = await proposeOrganizationDecision(admin('staff:30'), { orgId: id, outcome: 'approve', reason: '' });
    if (!proposed.ok) throw new Error(proposed.error);
    const noConfirmer = await scoped(sql`update organization_decisions set state = 'applied' where id = ${proposed.data.id}`).catch(
      (err: Error) => err,
    );
    expect(String((noConfirmer as Error).cause ?? noConfirmer)).toMatch(/organization_decisions_applied_confirmed/);
    const byProposer = await scoped(
      sql`update organization_decisions set state = 'applied', confirmed_by = 'staff:30' where id = ${proposed.data.id}`,
    ).catch((err: Error) => err);
    expect(String((byProposer as Error).cause ?? byProposer)).toMatch(/organization_decisions_two_people/);
  });
});
