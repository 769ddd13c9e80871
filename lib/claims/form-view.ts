// What the claim pages show from the record: what applies to the person (lib/claims/entitlement.ts) and the
// language of the record, to pre-select the language of letters. The number of disclosures and a court's
// finding are facts about the person's own record, so each build is written to the audit log as the result
// page's view is ("record X viewed", which page, how the person got in).
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import { findRecordById } from '../../db/queries/record-lookup';
import type { Hasher } from '../crypto';
import { isLanguageCode, type LanguageCode } from '../languages';
import { VIEWED_ACTION } from '../self-check/result-view';
import { auditActorOf, type AssistedBy, type CheckVia } from '../self-check/session';
import { entitlementOf, type Entitlement } from './entitlement';

export type ClaimFormView = { entitlement: Entitlement; recordLanguage: LanguageCode | null };

export type ClaimPage = 'claim_form' | 'claim_answers';

export async function buildClaimFormView(
  recordId: number,
  via: CheckVia,
  page: ClaimPage,
  deps: { db: Database; hasher: Hasher },
  assisted?: AssistedBy,
): Promise<ClaimFormView | null> {
  const record = await findRecordById(deps.db, recordId);
  if (!record) return null;
  const who = auditActorOf(via, assisted);
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: who.actor,
    action: VIEWED_ACTION,
    recordId,
    outcome: 'ok',
    detail: { ...who.detail, view: page },
  });
  return { entitlement: entitlementOf(record), recordLanguage: isLanguageCode(record.language) ? record.language : null };
}
