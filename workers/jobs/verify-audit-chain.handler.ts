import type { Database } from '../../db/index';
import { appendAudit, verifyAuditChain, type AuditVerification } from '../../db/queries/audit';
import { getHasher } from '../../lib/keys';

export async function handleVerifyAuditChain(db: Database): Promise<AuditVerification> {
  const key = getHasher().auditKey;
  const result = await verifyAuditChain(db, key);
  await appendAudit(db, key, {
    actor: 'system',
    action: 'audit.chain_verified',
    outcome: result.ok ? 'ok' : 'broken',
    detail: result.ok ? { checked: result.checked } : { checked: result.checked, brokenAtId: result.brokenAtId, problem: result.problem },
  });
  return result;
}
