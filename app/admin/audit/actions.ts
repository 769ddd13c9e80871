'use server';
// Verifying the audit log's hash chain now, through the action pipeline (../_lib/action.ts).
import { z } from 'zod';
import { verifyChainNow } from '@/lib/admin/audit';
import { fromService } from '@/app/admin/_lib/action-result';
import { staffAction } from '@/app/admin/_lib/action';

export const verifyChainAction = staffAction({
  gate: 'readAudit',
  input: z.object({}),
  run: async (_input, ctx) => fromService(await verifyChainNow(ctx, ctx.principal)),
});
