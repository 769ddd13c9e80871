import { z } from 'zod';

export const importRecordsJobName = 'import-records';

/** Carries a path to a file the server already holds, never the rows themselves. */
export const importRecordsPayloadSchema = z.object({
  file: z.string().min(1),
  source: z.string().min(1).max(200),
  actor: z.string().min(1).max(200),
  /** Delete the file when done (uploads are copies). */
  removeAfter: z.boolean().default(false),
});
export type ImportRecordsPayload = z.infer<typeof importRecordsPayloadSchema>;
