import type { Database } from '../db/index';
import type { Sealer } from '../lib/crypto';
import type { NoticeProvider } from '../lib/notices/providers';

/** What the notice jobs need, built once per worker process. */
export type PipelineContext = {
  db: Database;
  sealer: Sealer;
  providers: { email: NoticeProvider; letter: NoticeProvider };
  /** Waits for the channel's next request slot, where the provider limits the rate. */
  pace: { email?: () => Promise<void>; letter?: () => Promise<void> };
  portalUrl: string;
  demo: boolean;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  enqueueExpansion(batchId: number, checkpoint: number): Promise<void>;
};
