'use server';
import { getDb } from '@/db/client';
import { verifyChainNow } from '@/lib/admin/audit';
import { adminRoles } from '@/lib/admin/roles';
import { requireStaff } from '@/lib/auth/guard';
import { getHasher } from '@/lib/keys';

export type VerifyState = { error?: string; ok?: boolean; checked?: number; brokenAtId?: number; problem?: string };

export async function verifyChainAction(): Promise<VerifyState> {
  const who = await requireStaff(adminRoles.audit);
  const result = await verifyChainNow({ db: await getDb(), auditKey: getHasher().auditKey }, who);
  if (!result.ok) return { error: result.error };
  const v = result.data;
  return v.ok ? { ok: true, checked: v.checked } : { ok: false, checked: v.checked, brokenAtId: v.brokenAtId, problem: v.problem };
}
