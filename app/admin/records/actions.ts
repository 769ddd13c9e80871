'use server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { findRecord, revealRecord, type RecordDeps } from '@/lib/admin/records';
import { adminRoles } from '@/lib/admin/roles';
import { requireStaff } from '@/lib/auth/guard';
import { getHasher, getSealer } from '@/lib/keys';
import type { RecordPii } from '@/lib/records/seal';

const deps = async (): Promise<RecordDeps> => ({ db: await getDb(), hasher: getHasher(), sealer: getSealer() });

export type FindState = { error?: string; candidates?: { recordId: number; noticeCode: string }[] };

export async function findRecordAction(_prev: FindState, form: FormData): Promise<FindState> {
  const who = await requireStaff(adminRoles.recordsFind);
  const result = await findRecord(await deps(), who, { query: form.get('query') ?? '' });
  if (!result.ok) return { error: result.error };
  if (result.data.kind === 'found') redirect(`/admin/records/${result.data.recordId}`);
  return { candidates: result.data.candidates };
}

export type RevealState = { error?: string; pii?: RecordPii };

export async function revealRecordAction(_prev: RevealState, form: FormData): Promise<RevealState> {
  const who = await requireStaff(adminRoles.recordsReveal);
  const result = await revealRecord(await deps(), who, {
    recordId: form.get('recordId'),
    purpose: form.get('purpose') ?? undefined,
    ticket: form.get('ticket') ?? '',
  });
  return result.ok ? { pii: result.data } : { error: result.error };
}
