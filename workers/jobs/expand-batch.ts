import { z } from 'zod';

export const expandBatchJobName = 'expand-batch';
export const expandBatchPayloadSchema = z.object({ batchId: z.number().int().positive() });
export type ExpandBatchPayload = z.infer<typeof expandBatchPayloadSchema>;
export const expandJobId = (batchId: number, round: number) => `expand-${batchId}-${round}`;
/** Records per transaction: large enough to be quick, small enough that a pause takes effect soon. */
export const EXPAND_CHUNK = 1000;
