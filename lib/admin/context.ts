// What the admin area's server code works with: the pipeline's dependencies (database, audit key, queues),
// the sealer (for the outbox) and a few settings. Built per request by server/admin-context.ts; tests
// build their own (testing/admin.ts).
import type { Sealer } from '../crypto';
import type { PipelineDeps } from '../notices/service';

export type AdminContext = PipelineDeps & {
  sealer: Sealer;
  portalUrl: string;
  demo: boolean;
  /** Where email goes: Resend when a key is set, else the development outbox. */
  emailProvider: 'resend' | 'outbox';
};
