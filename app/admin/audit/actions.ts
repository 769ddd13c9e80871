'use server';
import { getDb } from '@/db/client';
import { verifyChainNow } from '@/lib/admin/audit';
import { adminRoles } from '@/lib/admin/roles';
import { authorizeAction } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { getHasher } from '@/lib/keys';

export type VerifyState = { error?: string; code?: string; ok?: boolean; checked?: number; brokenAtId?: number; problem?: string };

export async function verifyChainAction(): Promise<VerifyState> {
  const gate = await authorizeAction(adminRoles.audit);
  if (!gate.ok) return { error: gate.error.message, code: gate.error.code };
  const who = principalOf(gate.data);
  const result = await verifyChainNow({ db: await getDb(), auditKey: getHasher().auditKey }, who);
  if (!result.ok) return { error: result.error };
  const v = result.data;
  return v.ok ? { ok: true, checked: v.checked } : { ok: false, checked: v.checked, brokenAtId: v.brokenAtId, problem: v.problem };
}
