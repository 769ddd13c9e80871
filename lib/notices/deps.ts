// The pipeline's service dependencies for a database and an actor: the same wiring for the CLI, the admin
// area and tests (which pass a queue prefix of their own).
import type { Database } from '../../db/index';
import { enqueueExpansion, enqueueSendGroups } from '../../workers/enqueue';
import { getHasher } from '../keys';
import type { ServiceDeps } from './service';

export type PipelineDeps = Omit<ServiceDeps, 'actor'>;

export function pipelineDeps(db: Database, prefix?: string): PipelineDeps {
  return {
    db,
    auditKey: getHasher().auditKey,
    enqueueGroups: (keys) => enqueueSendGroups(keys, prefix),
    enqueueExpansion: (batchId, checkpoint) => enqueueExpansion(batchId, checkpoint, prefix),
  };
}

/** The same dependencies acting as someone: their id goes into the audit log and the four-eyes check. */
export function actingAs(deps: PipelineDeps, actor: string): ServiceDeps {
  return { ...deps, actor };
}
