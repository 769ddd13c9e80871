import { z } from 'zod';

export const runBulkCheckJobName = 'run-bulk-check';
/** Ids only: the file is read, sealed, from the bulk check's row; the organization opens the member's scope. */
export const runBulkCheckPayloadSchema = z.object({ bulkId: z.number().int().positive(), orgId: z.number().int().positive() });
export type RunBulkCheckPayload = z.infer<typeof runBulkCheckPayloadSchema>;
export const runBulkCheckJobId = (bulkId: number) => `org-bulk-${bulkId}`;
/** Rows per transaction: a killed worker redoes at most this many, and the progress bar moves this often. */
export const BULK_CHUNK = 100;
