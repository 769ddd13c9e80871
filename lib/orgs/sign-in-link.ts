// A member signs in with a link sent by email (issue 15, item 2). Asking for a link answers the same, in the
// same time, whether or not the email is a member's (OWASP ASVS 5.0 6.3.8): the link goes only to a member's
// own address. The token is 32 random bytes; the database keeps its keyed hash (to find it) and a copy sealed
// under the data key bound to that hash (for the email only, dropped when it is used). Following the link
// shows a page; only that page's POST uses it (mail scanners follow links), once, within 15 minutes, and
// starts a session that must still pass the second factor.
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withServiceScope } from '../../db/org-scope';
import { appendAudit } from '../../db/queries/audit';
import { consumeSignInLink, findMemberForSignIn, insertSignInLink } from '../../db/queries/org-sign-in';
import { auditOrg, normalizeEmail, sessionDepsOf, type OrgDeps, type Result } from './deps';
import { linkTokenHash } from './keys';
import { addSignInLinkNotice } from './notices';
import { startOrgSession } from './session';

export const signInLinkMaxMinutes = 15;

export type SignInRequestError = { code: 'invalid_email' } | { code: 'rate_limited'; retryAfterMs: number };

const emailSchema = z.email().max(254);

function wait(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The one answer to an accepted request, member or not: "if this email is a member's, a link is on its way". */
export async function requestSignInLink(
  deps: OrgDeps,
  /** `language`: the page's, where the link was asked for; the email is written in it (else the member's own). */
  input: { email: unknown; address: string | null; language?: string },
): Promise<Result<{ status: 'requested' }, SignInRequestError['code']> & { retryAfterMs?: number }> {
  const startedAt = performance.now();
  const parsed = emailSchema.safeParse(typeof input.email === 'string' ? normalizeEmail(input.email) : input.email);
  if (!parsed.success) return { ok: false, error: 'invalid_email' };
  const email = parsed.data;
  const allowed = await deps.limits.take(email, input.address);
  if (!allowed.ok) return { ok: false, error: 'rate_limited', retryAfterMs: allowed.retryAfterMs };
  try {
    await issueLink(deps, email, input.language);
  } catch (err) {
    // Logged with an id and the error's name only; answered like any other request.
    deps.log('org_sign_in_link_failed', { errorId: randomUUID(), error: err instanceof Error ? err.name : 'unknown' });
  }
  const left = deps.config.responseFloorMs - (performance.now() - startedAt);
  if (left > 0) await wait(Math.ceil(left));
  else if (deps.config.responseFloorMs > 0) deps.log('org_sign_in_floor_exceeded', { overMs: Math.round(-left) });
  return { ok: true, data: { status: 'requested' } };
}

async function issueLink(deps: OrgDeps, email: string, language: string | undefined): Promise<void> {
  // Made either way, so both branches do the same hashing and sealing.
  const token = randomBytes(32).toString('base64url');
  const tokenHash = linkTokenHash(deps.keys, token);
  const tokenSealed = deps.sealer.seal(token, tokenHash);
  const now = deps.now();
  const minutes = Math.min(deps.config.linkMinutes, signInLinkMaxMinutes);
  const groups = await withServiceScope(deps.db, async (tx) => {
    const member = await findMemberForSignIn(tx, email);
    if (!member) {
      await appendAudit(tx, deps.auditKey, { actor: 'org-sign-in', action: 'org.sign_in_link', outcome: 'not_a_member', detail: {} });
      return [];
    }
    const linkId = await insertSignInLink(tx, {
      orgId: member.orgId,
      memberId: member.id,
      tokenHash,
      tokenSealed,
      createdAt: now,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    const groups = await addSignInLinkNotice(tx, {
      orgId: member.orgId,
      memberId: member.id,
      linkId,
      language: language ?? member.language,
    });
    await auditOrg(deps, tx, {
      actor: 'org-sign-in',
      action: 'org.sign_in_link',
      outcome: 'sent',
      orgId: member.orgId,
      detail: { memberId: member.id, linkId },
    });
    return groups;
  });
  if (groups.length > 0) await deps.enqueueGroups(groups);
}

function wellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * The confirmation page's POST: uses the link (one statement, so two at once give one session) and starts a
 * session waiting for its second factor. Unknown, used and expired links get the same refusal.
 */
export async function confirmSignInLink(deps: OrgDeps, token: unknown): Promise<Result<{ sessionToken: string }, 'invalid_link'>> {
  if (!wellFormedToken(token)) return { ok: false, error: 'invalid_link' };
  const tokenHash = linkTokenHash(deps.keys, token);
  const used = await withServiceScope(deps.db, async (tx) => {
    const link = await consumeSignInLink(tx, tokenHash, deps.now());
    if (!link) {
      await appendAudit(tx, deps.auditKey, { actor: 'org-sign-in', action: 'org.sign_in_link_used', outcome: 'invalid_link', detail: {} });
      return null;
    }
    await auditOrg(deps, tx, {
      actor: `org-member:${link.memberId}`,
      action: 'org.sign_in_link_used',
      outcome: 'ok',
      orgId: link.orgId,
      detail: { memberId: link.memberId, linkId: link.linkId },
    });
    return link;
  });
  if (!used) return { ok: false, error: 'invalid_link' };
  const session = await startOrgSession(sessionDepsOf(deps), { orgId: used.orgId, memberId: used.memberId });
  return { ok: true, data: { sessionToken: session.token } };
}
