// What the admin area's server code works with, built once per request from the process's configuration:
// the database, the audit key, the sealer (for the outbox) and the queues. Tests build their own.
import { getDb } from '../../db/client';
import type { Sealer } from '../crypto';
import { env } from '../env';
import { getSealer } from '../keys';
import { pipelineDeps, type PipelineDeps } from '../notices/deps';

export type AdminContext = PipelineDeps & {
  sealer: Sealer;
  portalUrl: string;
  demo: boolean;
  /** Where email goes: Resend when a key is set, else the development outbox. */
  emailProvider: 'resend' | 'outbox';
};

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
