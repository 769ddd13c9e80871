import type { DefaultJobOptions } from 'bullmq';

/** Every queue's name in one place; Redis keys are prefixed so test runs can share one server. */
export const queueNames = {
  importRecords: 'import-records',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

export const defaultJobOptions: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export const HEARTBEAT_PREFIX = 'dc:workers:heartbeat:';
export const HEARTBEAT_TTL_SECONDS = 30;
