'use server';
// Finding a record and revealing one, through the action pipeline (../_lib/action.ts). The form's shape is
// parsed here; lib/admin/records.ts applies the record rules (an SSN/ITIN's ranges, a notice code's check
// symbol, the ticket reference) and writes the audit entry.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { findRecord, revealRecord } from '@/lib/admin/records';
import type { RecordPii } from '@/lib/records/seal';
import { fromService, type ActionResult } from '@/app/admin/_lib/action-result';
import { staffAction } from '@/app/admin/_lib/action';

const text = z.string().default('');

export const findRecordAction = staffAction({
  gate: 'findRecords',
  input: z.object({ query: text }),
  run: async (input, ctx): Promise<ActionResult<{ candidates: { recordId: number; noticeCode: string }[] }>> => {
    const result = await findRecord(ctx, ctx.principal, input);
    if (!result.ok) return fromService(result);
    if (result.data.kind === 'found') redirect(`/admin/records/${result.data.recordId}`);
    return { ok: true, data: { candidates: result.data.candidates } };
  },
});

export const revealRecordAction = staffAction({
  gate: 'revealRecords',
  input: z.object({ recordId: text, purpose: text, ticket: text }),
  run: async (input, ctx): Promise<ActionResult<RecordPii>> => fromService(await revealRecord(ctx, ctx.principal, input)),
});
