import type { Database } from '../db/index';
import type { Sealer } from '../lib/crypto';
import type { NoticeProvider } from '../lib/notices/providers';
import type { Pacer } from './pacer';

/** What the notice jobs need, built once per worker process. */
export type PipelineContext = {
  db: Database;
  sealer: Sealer;
  providers: { email: NoticeProvider; letter: NoticeProvider };
  /** Sends a request in the channel's next slot, where the provider limits the rate. */
  pace: { email?: Pacer; letter?: Pacer };
  portalUrl: string;
  demo: boolean;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  enqueueExpansion(batchId: number, checkpoint: number): Promise<void>;
  /** Letter batches: print files once expanded (lib/letters). Optional so other contexts need not carry it. */
  enqueuePrintFiles?(batchId: number): Promise<void>;
};
