// What every claim page and action starts from: the verified self-check session (the record), the claim
// the record may already have, and the sealed draft the pages pass along (lib/claims/draft.ts).
import 'server-only';
import { cookies } from 'next/headers';
import { findClaimByRecord } from '@/db/queries/claims';
import type { ClaimRow } from '@/db/schema';
import { draftCookiePrefix, draftMaxParts, filedCookieName, openDraft, openFiledReceipt, type DraftValues } from '@/lib/claims/draft';
import { env } from '@/lib/env';
import { checkSessionCookieName, type CheckSession, type SelfCheckDeps } from '@/lib/self-check';
import { liveCheckSession } from '@/server/check-session';
import { getSelfCheckDeps } from '@/server/self-check';

type Jar = Awaited<ReturnType<typeof cookies>>;

export type ClaimContext = { deps: SelfCheckDeps; jar: Jar; session: CheckSession | null };

export async function claimContext(): Promise<ClaimContext> {
  const jar = await cookies();
  const deps = await getSelfCheckDeps();
  return { deps, jar, session: await liveCheckSession(jar.get(checkSessionCookieName)?.value, deps) };
}

export const findExistingClaim = (deps: SelfCheckDeps, session: CheckSession): Promise<ClaimRow | undefined> =>
  findClaimByRecord(deps.db, session.recordId);

export const draftCookieNames = Array.from({ length: draftMaxParts }, (_, i) => `${draftCookiePrefix}${i}`);

export function readDraft({ deps, jar, session }: ClaimContext): DraftValues | null {
  if (!session) return null;
  return openDraft(
    deps.sealer,
    session.recordId,
    draftCookieNames.map((name) => jar.get(name)?.value),
    deps.now().getTime(),
  );
}

export function readFiledReceipt({ deps, jar, session }: ClaimContext) {
  if (!session) return null;
  return openFiledReceipt(deps.sealer, session.recordId, jar.get(filedCookieName)?.value, deps.now().getTime());
}

/** The attributes of every claim cookie: as the session's own (HttpOnly, SameSite=Strict), and ending with it. */
export function claimCookie(name: string, value: string, session: CheckSession, now: number) {
  return {
    name,
    value,
    httpOnly: true,
    secure: new URL(env().PORTAL_URL).protocol === 'https:',
    sameSite: 'strict' as const,
    path: '/',
    maxAge: Math.max(1, Math.floor((session.expiresAt - now) / 1000)),
  };
}
