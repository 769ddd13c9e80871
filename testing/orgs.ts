// Synthetic organizations, members and signed-in member sessions for tests (issue 15). Rows go in through
// the service scope, as the application's own trusted code writes them.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/index';
import { rowsOf } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import type { Redis } from 'ioredis';
import type { Sealer } from '../lib/crypto';
import type { RateSetting } from '../lib/env';
import type { OrgDeps } from '../lib/orgs/deps';
import { deriveOrgSignInKeys } from '../lib/orgs/keys';
import { createOrgSignInLimits } from '../lib/orgs/limits';
import { completeSecondFactor, startOrgSession, type OrgRole } from '../lib/orgs/session';
import { testPipelineDeps } from './queues';
import { connectRedis } from './redis';
import { testKeys } from './secrets';

let einSeq = 0;

/** A synthetic approved organization (EIN 90-…, unique per call in this process). */
export async function createTestOrganization(
  db: Database,
  name = 'Test Org (synthetic)',
  status: 'approved' | 'applied' | 'rejected' = 'approved',
): Promise<number> {
  einSeq += 1;
  const ein = `90${String(process.pid % 10_000).padStart(4, '0')}${String(einSeq).padStart(3, '0')}`;
  const [row] = await withServiceScope(db, (tx) =>
    rowsOf<{ id: number }>(
      tx,
      sql`insert into organizations (name, ein, kind, address_line1, city, state, zip, contact_name, contact_email, language, status)
        values (${name}, ${ein}, 'legal_aid', '100 Example Ave', 'Springfield', 'IL', '62701', 'Test Contact', ${`contact-${ein}@example.org`}, 'en', ${status})
        returning id`,
    ),
  );
  return row!.id;
}

export async function createTestMember(
  db: Database,
  orgId: number,
  email: string,
  role: OrgRole = 'advocate',
  language = 'en',
): Promise<number> {
  const [row] = await withServiceScope(db, (tx) =>
    rowsOf<{ id: number }>(
      tx,
      sql`insert into org_members (org_id, email, role, language) values (${orgId}, ${email.toLowerCase()}, ${role}, ${language}) returning id`,
    ),
  );
  return row!.id;
}

/** A live session for a member, second factor done unless asked otherwise: its cookie token. */
export async function openTestMemberSession(
  db: Database,
  member: { orgId: number; memberId: number },
  options: { secondFactor?: boolean; now?: () => Date } = {},
): Promise<string> {
  const deps = { db, config: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }, now: options.now ?? (() => new Date()) };
  const { token, sessionId } = await startOrgSession(deps, member);
  if (options.secondFactor ?? true) await completeSecondFactor(deps, sessionId);
  return token;
}

/**
 * The organization area's dependencies for a test: fresh keys, the real Redis (limits under `prefix`), the
 * production queues under `prefix` (or a list that keeps the groups, when `queues` is not given), a clock.
 */
export function testOrgDeps(
  db: Database,
  options: {
    prefix: string;
    clock?: { now(): Date };
    emailLimit?: RateSetting;
    addressLimit?: RateSetting;
    responseFloorMs?: number;
    queues?: boolean;
    sealer?: Sealer;
  },
): OrgDeps & { enqueued: string[]; redis: Redis } {
  const keys = testKeys();
  const redis = connectRedis();
  const enqueued: string[] = [];
  const pipeline = options.queues ? testPipelineDeps(db, options.prefix) : undefined;
  return {
    db,
    sealer: options.sealer ?? keys.sealer,
    auditKey: keys.hasher.auditKey,
    keys: deriveOrgSignInKeys(keys.pepper),
    limits: createOrgSignInLimits({
      redis,
      prefix: options.prefix,
      email: options.emailLimit ?? { points: 100, seconds: 3600 },
      address: options.addressLimit ?? { points: 100, seconds: 3600 },
      keys: deriveOrgSignInKeys(keys.pepper),
    }),
    async enqueueGroups(groups) {
      enqueued.push(...groups);
      if (pipeline) await pipeline.enqueueGroups(groups);
    },
    session: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
    config: { linkMinutes: 15, responseFloorMs: options.responseFloorMs ?? 0, lockoutAttempts: 3, lockoutMs: 15 * 60_000 },
    now: options.clock?.now ?? (() => new Date()),
    log: () => {},
    enqueued,
    redis,
  };
}
