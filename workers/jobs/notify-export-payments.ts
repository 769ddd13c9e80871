import { z } from 'zod';

// After a payment export is released: a "payment sent" notice for each of its payments. A job, not the
// release request: at about 23 ms a payment (measured), 47,000 payments take minutes. Each notice has its
// own dedupe key, so a job run twice (a retry, a crash in the middle) queues each payment's notice once.
export const notifyExportPaymentsJobName = 'notify-export-payments';
export const notifyExportPaymentsPayloadSchema = z.object({ exportId: z.number().int().positive() });
export const notifyExportPaymentsJobId = (exportId: number) => `notify-export-payments-${exportId}`;
