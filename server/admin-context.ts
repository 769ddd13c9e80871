// Composition root: what the admin area's server code works with, built once per request from the
// process's configuration: the database, the audit key, the sealer (for the outbox) and the queues.
// Tests build their own (testing/admin.ts).
import { getDb } from '../db/client';
import type { AdminContext } from '../lib/admin/context';
import { env } from '../lib/env';
import { getSealer } from '../lib/keys';
import { pipelineDeps } from './pipeline-deps';

export async function adminContext(): Promise<AdminContext> {
  const e = env();
  return {
    ...pipelineDeps(await getDb()),
    sealer: getSealer(),
    portalUrl: e.PORTAL_URL,
    demo: e.demo,
    emailProvider: e.RESEND_API_KEY ? 'resend' : 'outbox',
  };
}
