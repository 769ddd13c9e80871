// A client's case in an organization (issue 15, item 3). A case is opened only together with the client's
// written authorization (one transaction: no case ever exists without one on file). Every read goes through
// the case's current authorization: without a live one, the reader gets the case's id and why access is
// closed, and nothing about the client, not even the label the advocate gave the case.
//
// The label (a name or the organization's own file number) is the client's personal data: sealed with
// associated data `org-case:<id>`, opened only while access is live, and each read is audited.
import { appendAudit } from '../../db/queries/audit';
import {
  findCurrentAuthorization,
  findOrgCase,
  insertOrgCase,
  listOrgCases,
  nextOrgCaseId,
  type AuthorizationFacts,
} from '../../db/queries/org-cases';
import { withOrgScope } from '../../db/org-scope';
import type { OrgCaseRow } from '../../db/schema';
import type { LanguageCode } from '../languages';
import { parseCase, type CaseFieldErrors } from '../validation/org-cases';
import {
  authorizationState,
  memberActor,
  programmeDay,
  storeAuthorization,
  type AuthorizationState,
  type Member,
  type OrgCaseDeps,
  type StoreAuthorizationError,
} from './authorizations';

export const caseLabelAad = (id: number) => Buffer.from(`org-case:${id}`, 'ascii');

/** The newest cases an organization's list shows. */
export const caseListLimit = 200;

export type OpenCaseResult =
  | { ok: true; data: { caseId: number; authorizationId: number } }
  | { ok: false; error: { code: 'invalid_input'; fields: CaseFieldErrors } | StoreAuthorizationError };

export async function openCase(deps: OrgCaseDeps, member: Member, input: unknown, bytes: Buffer | null): Promise<OpenCaseResult> {
  const parsed = parseCase(input, programmeDay(deps.now()));
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', fields: parsed.fields } };
  if (!bytes || bytes.length === 0) return { ok: false, error: { code: 'no_file' } };
  const { label, language, authorization } = parsed.value;
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const caseId = await nextOrgCaseId(tx);
    await insertOrgCase(tx, {
      id: caseId,
      orgId: member.orgId,
      openedBy: member.memberId,
      labelSealed: deps.sealer.seal(label, caseLabelAad(caseId)),
      keyVersion: deps.sealer.currentVersion,
      language,
    });
    const stored = await storeAuthorization(tx, deps, member, caseId, authorization, bytes);
    // Nothing of a refused document stays: throwing rolls the case's row back with it.
    if (!stored.ok) throw new RefusedDocument(stored.error);
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_case.opened',
      outcome: 'ok',
      detail: { orgId: member.orgId, caseId, authorizationId: stored.data.authorizationId, kind: authorization.kind },
    });
    return { ok: true as const, data: { caseId, authorizationId: stored.data.authorizationId } };
  }).catch((err: unknown) => {
    if (err instanceof RefusedDocument) return { ok: false as const, error: err.error };
    throw err;
  });
}

class RefusedDocument extends Error {
  constructor(readonly error: StoreAuthorizationError) {
    super('refused');
  }
}

export type CaseSummary = {
  id: number;
  label: string | null;
  language: string;
  openedAt: Date;
  access: AuthorizationState;
  expiresOn: string | null;
};

/** The organization's open cases; a label shows only while the case's authorization is live. */
export async function listCases(deps: OrgCaseDeps, member: Member): Promise<CaseSummary[]> {
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const rows = await listOrgCases(tx, { orgId: member.orgId, limit: caseListLimit });
    const now = deps.now();
    const cases = rows.map((r) => {
      const access = authorizationState(r.authorization, now);
      return {
        id: r.id,
        label: access === 'live' ? deps.sealer.open(r.labelSealed, caseLabelAad(r.id)) : null,
        language: r.language,
        openedAt: r.openedAt,
        access,
        expiresOn: access === 'live' ? r.authorization!.expiresOn : null,
      };
    });
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_case.listed',
      outcome: 'ok',
      detail: { orgId: member.orgId, cases: cases.length, labels: cases.filter((c) => c.label !== null).length },
    });
    return cases;
  });
}

export type OpenCase = {
  id: number;
  label: string;
  language: LanguageCode;
  openedAt: Date;
  recordId: number | null;
  checkedAt: Date | null;
  authorization: Pick<
    AuthorizationFacts,
    | 'id'
    | 'kind'
    | 'scopeStatus'
    | 'scopeCopies'
    | 'scopeClaim'
    | 'cafNumber'
    | 'startsOn'
    | 'expiresOn'
    | 'documentMediaType'
    | 'createdAt'
  >;
};

/**
 * One case of the member's organization: undefined when there is no such case for them (a forged id, another
 * organization's case: the page answers 404), `closed` without a live authorization, else the case.
 */
export type CaseRead =
  undefined | { access: 'closed'; id: number; state: Exclude<AuthorizationState, 'live'> } | { access: 'live'; case: OpenCase };

export async function readCase(deps: OrgCaseDeps, member: Member, caseId: number): Promise<CaseRead> {
  if (!Number.isSafeInteger(caseId) || caseId <= 0) return undefined;
  return withOrgScope(deps.db, member.orgId, async (tx) => {
    const found = await findOrgCase(tx, { orgId: member.orgId, caseId });
    if (!found) return undefined;
    const current = await findCurrentAuthorization(tx, { orgId: member.orgId, caseId });
    const state = authorizationState(current, deps.now());
    if (state !== 'live' || !current) return { access: 'closed' as const, id: caseId, state: state === 'live' ? 'none' : state };
    await appendAudit(tx, deps.auditKey, {
      actor: memberActor(member),
      action: 'org_case.viewed',
      // The label is the case's; what the page shows of the record is audited where it is read (case-view.ts).
      outcome: 'ok',
      detail: { orgId: member.orgId, caseId, authorizationId: current.id },
    });
    return { access: 'live' as const, case: toOpenCase(deps, found, current) };
  });
}

function toOpenCase(deps: OrgCaseDeps, c: OrgCaseRow, a: AuthorizationFacts): OpenCase {
  return {
    id: c.id,
    label: deps.sealer.open(c.labelSealed, caseLabelAad(c.id)),
    language: c.language as LanguageCode,
    openedAt: c.openedAt,
    recordId: c.recordId,
    checkedAt: c.checkedAt,
    authorization: {
      id: a.id,
      kind: a.kind,
      scopeStatus: a.scopeStatus,
      scopeCopies: a.scopeCopies,
      scopeClaim: a.scopeClaim,
      cafNumber: a.cafNumber,
      startsOn: a.startsOn,
      expiresOn: a.expiresOn,
      documentMediaType: a.documentMediaType,
      createdAt: a.createdAt,
    },
  };
}
