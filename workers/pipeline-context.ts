import type { Database } from '../db/index';
import type { Sealer } from '../lib/crypto';
import type { NoticeProvider } from '../lib/notices/providers';
import type { PaceSpec, RequestTransport } from '../lib/notices/transport';

/** What the notice jobs need, built once per worker process. */
export type PipelineContext = {
  db: Database;
  sealer: Sealer;
  providers: { email: NoticeProvider; letter: NoticeProvider };
  /** The channel's request rate, where the provider limits it: each request waits for its slot. */
  pace: { email?: PaceSpec; letter?: PaceSpec };
  /** Where provider requests are sent from (a thread of their own in a worker process). */
  transport?: RequestTransport;
  portalUrl: string;
  demo: boolean;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  enqueueExpansion(batchId: number, checkpoint: number): Promise<void>;
  /** Letter batches: print files once expanded (lib/letters). Optional so other contexts need not carry it. */
  enqueuePrintFiles?(batchId: number): Promise<void>;
};
