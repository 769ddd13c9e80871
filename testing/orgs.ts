// Synthetic organizations, members and signed-in member sessions for tests (issue 15). Rows go in through
// the service scope, as the application's own trusted code writes them.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/index';
import { rowsOf } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { completeSecondFactor, startOrgSession, type OrgRole } from '../lib/orgs/session';

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
