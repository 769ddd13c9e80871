// The typed producer: the only workers/ module the web app imports.
import { Queue } from 'bullmq';
import { env } from '../lib/env';
import { createRedis } from './connection';
import { importRecordsJobName, importRecordsPayloadSchema, type ImportRecordsPayload } from './jobs/import-records';
import { defaultJobOptions, queueNames } from './queues';

const KEY = Symbol.for('disclosure-check.queues');
type Holder = { [KEY]?: Map<string, Queue> };

export function getQueue(name: string, prefix = env().QUEUE_PREFIX): Queue {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  const id = `${prefix}:${name}`;
  let q = g[KEY].get(id);
  if (!q) {
    q = new Queue(name, { connection: createRedis(), prefix, defaultJobOptions });
    g[KEY].set(id, q);
  }
  return q;
}

export async function enqueueImport(payload: ImportRecordsPayload, opts: { jobId: string; prefix?: string }) {
  const data = importRecordsPayloadSchema.parse(payload);
  return getQueue(queueNames.importRecords, opts.prefix).add(importRecordsJobName, data, { jobId: opts.jobId, attempts: 1 });
}

export async function closeQueues(): Promise<void> {
  const g = globalThis as Holder;
  const queues = [...(g[KEY]?.values() ?? [])];
  g[KEY]?.clear();
  await Promise.all(queues.map((q) => q.close()));
}
