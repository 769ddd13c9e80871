// Composition root: the pipeline's service dependencies for a database, wired to the real queues (the
// actor is added by actingAs, lib/notices/service.ts): the same wiring for the CLI, the admin area and
// tests (which pass a queue prefix of their own, through testing/queues.ts).
import type { Database } from '../db/index';
import { enqueueExpansion, enqueueSendGroups } from '../workers/enqueue';
import { getHasher } from '../lib/keys';
import type { PipelineDeps } from '../lib/notices/service';

export function pipelineDeps(db: Database, prefix?: string): PipelineDeps {
  return {
    db,
    auditKey: getHasher().auditKey,
    enqueueGroups: (keys) => enqueueSendGroups(keys, prefix),
    enqueueExpansion: (batchId, checkpoint) => enqueueExpansion(batchId, checkpoint, prefix),
  };
}
