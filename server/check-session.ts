// The check session a request carries, still good: signed, not expired, and — for an advocate's session
// (issue 15) — still backed by that member signed in and a live authorization to file and follow a claim
// for the case's record. Every page and action that reads a check session goes through here, so revoking an
// authorization closes an advocate's open claim pages at once, not when their session would have ended.
import 'server-only';
import { confirmAssistedFiling } from '../lib/orgs/assisted-claim';
import { readCheckSession, type CheckSession, type SelfCheckDeps } from '../lib/self-check';
import { currentMember } from './org-session';

export async function liveCheckSession(
  token: string | null | undefined,
  deps: Pick<SelfCheckDeps, 'db' | 'keys' | 'config' | 'now'>,
): Promise<CheckSession | null> {
  const session = readCheckSession(token, deps);
  if (!session || session.via !== 'advocate') return session;
  if (!session.assisted) return null;
  const confirmed = await confirmAssistedFiling(deps, { recordId: session.recordId, assisted: session.assisted }, await currentMember());
  return confirmed ? session : null;
}
