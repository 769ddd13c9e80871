import { z } from 'zod';

export const sendNoticesJobName = 'send-notices';

/** One provider request: the notices of one send group, named by its key. No personal data. */
export const sendNoticesPayloadSchema = z.object({ groupKey: z.string().regex(/^notices-(email|letter)-\d+-\d+-\d+$/) });
export type SendNoticesPayload = z.infer<typeof sendNoticesPayloadSchema>;

/** BullMQ refuses ':' in custom ids; the group key has none, and adding it twice adds once. */
export const sendJobId = (groupKey: string) => `send-${groupKey}`;
