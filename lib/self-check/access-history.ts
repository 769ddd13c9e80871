// "Who looked at my record" (issue 11, part 7): every access to the person's own record in the audit log,
// as labels only. What an entry says is reduced here to a fixed vocabulary (what happened, what kind of
// actor, which of the fixed reveal purposes), so nothing staff typed (a ticket), no staff name or id and
// nothing about another record can reach the page. The result page's own view is audited like any other
// but left out of the list it shows: listing it would make every view add to what it lists; it appears
// from the next view on.
import { listRecordAccesses, type RecordAccessRow } from '../../db/queries/record-access';
import { isTransaction, type Executor } from '../../db/index';
import { findOrganizationNames } from '../../db/queries/org-cases';
import { withServiceScope } from '../../db/org-scope';
import { revealPurposes } from '../admin/reveal-purposes';
import { isStaffRole, type StaffRole } from '../staff/roles';

export const ACCESS_HISTORY_LIMIT = 50;

export const accessKinds = [
  'opened_with_letter', // a check with the letter's notice code and date of birth
  'opened_with_access_code', // the same with an access code sent by post or email
  'expired_code_tried',
  'result_viewed', // this result page, opened
  'notice_copy_requested',
  'checked_by_mail', // a check without the letter matched the record
  'staff_found', // found by a staff search
  'staff_viewed', // opened by staff, masked
  'staff_revealed', // unmasked by staff, with a stated purpose
  'message_opened', // a message sent to the person, opened by staff
  'other',
] as const;
export type AccessKind = (typeof accessKinds)[number];

export type AccessActor =
  | { kind: 'self' }
  | { kind: 'no_letter_check' }
  | { kind: 'staff'; role: StaffRole | null }
  /** `name`: the organization's own name when a member of it acted (never the member). */
  | { kind: 'organization'; name: string | null }
  | { kind: 'system' };
export type RevealPurpose = keyof typeof revealPurposes;

export type AccessEntry = { at: string; kind: AccessKind; actor: AccessActor; purpose: RevealPurpose | null };
export type AccessHistory = { total: number; shown: number; entries: AccessEntry[] };

function kindOf(row: RecordAccessRow): AccessKind {
  switch (row.action) {
    case 'record.checked':
      if (row.outcome === 'access_code_expired') return 'expired_code_tried';
      return row.via === 'access_code' ? 'opened_with_access_code' : 'opened_with_letter';
    case 'record.viewed':
      // An advocate with the client's authorization sees the result as the person's own page shows it.
      return row.actorKind === 'self-check' || row.actorKind === 'organization' ? 'result_viewed' : 'staff_viewed';
    case 'record.notice_copy_requested':
      return 'notice_copy_requested';
    case 'record.checked_by_mail':
      return 'checked_by_mail';
    case 'record.searched':
      return 'staff_found';
    case 'record.revealed':
      return 'staff_revealed';
    case 'outbox.message_viewed':
      return 'message_opened';
    default:
      return 'other';
  }
}

function actorOf(row: RecordAccessRow, orgNames: Map<number, string>): AccessActor {
  switch (row.actorKind) {
    case 'self-check':
      // Without the letter, anyone who knows the person's number, birth date, name and ZIP can ask; say so.
      return row.action === 'record.checked_by_mail' ? { kind: 'no_letter_check' } : { kind: 'self' };
    case 'staff':
      return { kind: 'staff', role: isStaffRole(row.role) ? row.role : null };
    case 'organization':
      return { kind: 'organization', name: row.orgId === null ? null : (orgNames.get(row.orgId) ?? null) };
    default:
      return { kind: 'system' };
  }
}

const isPurpose = (p: string | null): p is RevealPurpose => p !== null && Object.hasOwn(revealPurposes, p);

export function toAccessEntry(row: RecordAccessRow, orgNames: Map<number, string> = new Map()): AccessEntry {
  return {
    at: new Date(row.at).toISOString(),
    kind: kindOf(row),
    actor: actorOf(row, orgNames),
    // Only a reveal states a purpose, and only one from the fixed list; the free-text ticket never comes here.
    purpose: row.action === 'record.revealed' && isPurpose(row.purpose) ? row.purpose : null,
  };
}

export async function loadAccessHistory(
  db: Executor,
  recordId: number,
  currentViewId: number | null,
  limit = ACCESS_HISTORY_LIMIT,
): Promise<AccessHistory> {
  const { total, entries } = await listRecordAccesses(db, recordId, { excludeId: currentViewId, limit });
  const orgIds = [...new Set(entries.flatMap((e) => (e.orgId === null ? [] : [e.orgId])))];
  // Organizations are under row-level security: their names are read in the service scope, which needs the
  // database itself (inside someone's transaction the entries keep the generic label).
  const orgNames =
    orgIds.length > 0 && !isTransaction(db)
      ? await withServiceScope(db, (tx) => findOrganizationNames(tx, orgIds))
      : new Map<number, string>();
  return { total, shown: entries.length, entries: entries.map((e) => toAccessEntry(e, orgNames)) };
}
