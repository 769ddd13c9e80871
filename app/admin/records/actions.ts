'use server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { findRecord, revealRecord, type RecordDeps } from '@/lib/admin/records';
import { adminRoles } from '@/lib/admin/roles';
import { formFields } from '@/app/admin/_lib/action-result';
import { authorizeAction } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { getHasher, getSealer } from '@/lib/keys';
import type { RecordPii } from '@/lib/records/seal';

const deps = async (): Promise<RecordDeps> => ({ db: await getDb(), hasher: getHasher(), sealer: getSealer() });

// `code` is set when the guard refused (unauthenticated / forbidden), as every admin action reports it.
export type FindState = { error?: string; code?: string; candidates?: { recordId: number; noticeCode: string }[] };

export async function findRecordAction(_prev: FindState, form: FormData): Promise<FindState> {
  const gate = await authorizeAction(adminRoles.recordsFind);
  if (!gate.ok) return { error: gate.error.message, code: gate.error.code };
  const who = principalOf(gate.data);
  const result = await findRecord(await deps(), who, { query: formFields(form).query ?? '' });
  if (!result.ok) return { error: result.error };
  if (result.data.kind === 'found') redirect(`/admin/records/${result.data.recordId}`);
  return { candidates: result.data.candidates };
}

export type RevealState = { error?: string; code?: string; pii?: RecordPii };

export async function revealRecordAction(_prev: RevealState, form: FormData): Promise<RevealState> {
  const gate = await authorizeAction(adminRoles.recordsReveal);
  if (!gate.ok) return { error: gate.error.message, code: gate.error.code };
  const who = principalOf(gate.data);
  const fields = formFields(form);
  const result = await revealRecord(await deps(), who, { recordId: fields.recordId, purpose: fields.purpose, ticket: fields.ticket ?? '' });
  return result.ok ? { pii: result.data } : { error: result.error };
}
