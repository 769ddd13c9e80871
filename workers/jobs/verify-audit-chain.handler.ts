import type { Database } from '../../db/index';
import { appendAudit, verifyAuditChain, writeAuditCheckpoint, type AuditVerification } from '../../db/queries/audit';
import { getHasher } from '../../lib/keys';

/**
 * Verifies the chain, records that it did (an audit entry), and, when the chain verifies, anchors the new
 * head in audit_checkpoints and in the log line it prints: that line is the copy of the checkpoint outside
 * the database, for whoever can cut both the log table and the checkpoints (a superuser).
 */
export async function handleVerifyAuditChain(
  db: Database,
  log: (line: string) => void = (line) => console.log(line),
): Promise<AuditVerification> {
  const key = getHasher().auditKey;
  const result = await verifyAuditChain(db, key);
  await appendAudit(db, key, {
    actor: 'system',
    action: 'audit.chain_verified',
    outcome: result.ok ? 'ok' : 'broken',
    detail: result.ok ? { checked: result.checked } : { checked: result.checked, brokenAtId: result.brokenAtId, problem: result.problem },
  });
  if (!result.ok) {
    log(`[audit] chain verification FAILED: ${result.problem} at entry ${result.brokenAtId} (${result.checked} entries before it verify)`);
    return result;
  }
  const checkpoint = await writeAuditCheckpoint(db);
  log(
    `[audit] chain verified: ${result.checked} entries; checkpoint head=${checkpoint!.headId} hash=${checkpoint!.headHash.toString('hex')} count=${checkpoint!.entryCount}`,
  );
  return result;
}
