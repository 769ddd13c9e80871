// What a case page shows about the client once a check found their record (issue 15, item 4), only while
// the case's authorization is live (readCase decides) and only what its scopes allow: with "see status and
// notices", the result as the client's own result page shows it (lib/self-check/result-view.ts, audited with
// the member as the viewer) and the notices sent (types and dates, no content); with "receive copies", a copy
// of the notice in the client's language (lib/self-check/notice-copy.ts). The claim's status and its dates are
// shown with either scope. Every deadline of the case comes in one list, earliest first.
import { appendAudit } from '../../db/queries/audit';
import { findClaimByRecord } from '../../db/queries/claims';
import { listRecordNoticeFacts } from '../../db/queries/notices';
import type { ClaimStatus } from '../claims/status';
import type { IsoDate } from '../identifiers/dates';
import type { SelfCheckDeps } from '../self-check/deps';
import { requestNoticeCopy, type NoticeCopyResult } from '../self-check/notice-copy';
import { buildResultView, type ResultView } from '../self-check/result-view';
import { memberActor, type Member, type OrgCaseDeps } from './authorizations';
import { readCase, type OpenCase } from './cases';

export type CaseDeadline = { kind: 'authorization_expires' | 'cure_by' | 'appeal_by' | 'claims_deadline' | 'file_7431_by'; date: IsoDate };

export type CaseNotice = { type: string; channel: 'email' | 'letter'; status: string; sentOn: IsoDate | null };

export type CaseClientView = {
  result: ResultView | null;
  notices: CaseNotice[];
  claim: { status: ClaimStatus; cureBy: IsoDate | null; appealBy: IsoDate | null } | null;
  deadlines: CaseDeadline[];
  canRequestCopy: boolean;
};

export type CaseViewDeps = OrgCaseDeps & Pick<SelfCheckDeps, 'hasher' | 'enqueueGroups'> & { claimsDeadline: IsoDate };

const isoDay = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export async function buildCaseClientView(deps: CaseViewDeps, member: Member, c: OpenCase): Promise<CaseClientView> {
  const a = c.authorization;
  const deadlines: CaseDeadline[] = [{ kind: 'authorization_expires', date: a.expiresOn }];
  let result: ResultView | null = null;
  let notices: CaseNotice[] = [];
  let claim: CaseClientView['claim'] = null;
  if (c.recordId !== null) {
    if (a.scopeStatus) {
      result = await buildResultView(c.recordId, 'letter', deps, {
        actor: memberActor(member),
        detail: { orgId: member.orgId, caseId: c.id },
      });
      notices = (await listRecordNoticeFacts(deps.db, c.recordId)).map((n) => ({
        type: n.type,
        channel: n.channel,
        status: n.status,
        sentOn: n.sentAt ? isoDay(n.sentAt) : null,
      }));
      if (result) deadlines.push({ kind: 'file_7431_by', date: result.fileBy });
    }
    const row = await findClaimByRecord(deps.db, c.recordId);
    if (row) {
      claim = { status: row.status, cureBy: row.cureBy, appealBy: row.appealBy };
      // With "see status" the result's own entry covers this read; without it, the claim's status is a read of its own.
      if (!a.scopeStatus)
        await appendAudit(deps.db, deps.auditKey, {
          actor: memberActor(member),
          action: 'org_case.claim_viewed',
          recordId: c.recordId,
          outcome: 'ok',
          detail: { orgId: member.orgId, caseId: c.id },
        });
      if (row.cureBy && row.status === 'more_information_needed') deadlines.push({ kind: 'cure_by', date: row.cureBy });
      if (row.appealBy && row.status === 'denied') deadlines.push({ kind: 'appeal_by', date: row.appealBy });
    } else if (a.scopeClaim || a.scopeStatus) {
      deadlines.push({ kind: 'claims_deadline', date: deps.claimsDeadline });
    }
  }
  deadlines.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { result, notices, claim, deadlines, canRequestCopy: c.recordId !== null && a.scopeCopies };
}

/** A copy of the notice for the client, in the case's language, while the authorization is live and allows copies. */
export async function requestCopyForCase(
  deps: CaseViewDeps,
  member: Member,
  caseId: number,
): Promise<NoticeCopyResult | { ok: false; error: { code: 'closed' } }> {
  const read = await readCase(deps, member, caseId);
  if (!read || read.access !== 'live' || !read.case.authorization.scopeCopies || read.case.recordId === null)
    return { ok: false, error: { code: 'closed' } };
  const session = { recordId: read.case.recordId, via: 'letter' as const, expiresAt: deps.now().getTime() + 60_000 };
  return requestNoticeCopy(session, deps, {
    actor: memberActor(member),
    detail: { orgId: member.orgId, caseId },
    language: read.case.language,
  });
}
