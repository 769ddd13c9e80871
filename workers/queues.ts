import type { DefaultJobOptions } from 'bullmq';

/** Every queue's name in one place; Redis keys carry QUEUE_PREFIX so environments can share a server. */
export const queueNames = {
  importRecords: 'import-records',
  maintenance: 'maintenance',
  batches: 'batches',
  noticesEmail: 'notices-email',
  noticesLetter: 'notices-letter',
  /** Print files for letter batches: minutes of Chromium per file, so a queue of their own. */
  letters: 'letters',
  /** Organizations' bulk checks (issue 15): one file at a time per process, a chunk per transaction. */
  orgBulk: 'org-bulk',
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const defaultJobOptions: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Provider errors (5xx, network) back off exponentially: 1 s, 2 s, 4 s … about 4 minutes in all. */
export const sendJobOptions: DefaultJobOptions = {
  ...defaultJobOptions,
  attempts: 9,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 20_000 },
};

export const HEARTBEAT_PREFIX = 'dc:workers:heartbeat:';
export const HEARTBEAT_TTL_SECONDS = 30;
