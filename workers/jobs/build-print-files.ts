import { z } from 'zod';

export const buildPrintFilesJobName = 'build-print-files';
export const buildPrintFilesPayloadSchema = z.object({ batchId: z.number().int().positive() });
export type BuildPrintFilesPayload = z.infer<typeof buildPrintFilesPayloadSchema>;

/** One job per batch: adding it twice while it waits or runs adds it once. BullMQ refuses a custom id with a colon. */
export const buildPrintFilesJobId = (batchId: number) => `print-files-${batchId}`;
