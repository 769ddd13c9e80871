// Turns an outbox row and its sealed record into a message: the template is rendered once per
// (type, language) and each person's values are merged in, escaped, so 47,000 notices cost 47,000
// string merges rather than 47,000 React renders.
import type { Executor } from '../../db/index';
import { findClaimNumberForRecord } from '../../db/queries/claim-notices';
import type { GroupMember } from '../../db/queries/notices';
import type { OrgGroupMember } from '../../db/queries/org-notices';
import { findAccessCodeSecret } from '../../db/queries/self-check';
import { mergeNotice, renderNoticeTemplate } from '../../emails/render';
import type { NoticeType } from '../../emails/registry';
import { formatClaimNumber } from '../claims/filing';
import type { Sealer } from '../crypto';
import { openRecordPii } from '../records/seal';
import { openAccessCode } from '../self-check/access-code';
import type { OutgoingMessage } from './providers';

/** `db` reads what a notice prints but its row does not hold (a check_result's sealed access code). */
export type ComposeContext = { sealer: Sealer; portalUrl: string; demo: boolean; db: Executor };

export type Composed = { messages: OutgoingMessage[]; unusable: { noticeId: number; reason: string }[] };

const COMPOSE_SLICE = 10;

/** What a send group holds: notices about records, or (in groups of their own) an organization's email. */
export type SendMember = GroupMember | OrgGroupMember;

export async function composeMessages(members: SendMember[], ctx: ComposeContext): Promise<Composed> {
  const messages: OutgoingMessage[] = [];
  const unusable: { noticeId: number; reason: string }[] = [];
  for (const [i, m] of members.entries()) {
    // Composing a group of 100 takes tens of milliseconds of CPU. Another job's request may be uploading
    // meanwhile: let its socket move between messages, or it arrives late and squeezes the provider's window.
    if (i > 0 && i % COMPOSE_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    if (m.kind === 'org') {
      const composed = await composeOrgMessage(m, ctx);
      if ('reason' in composed) unusable.push({ noticeId: m.id, reason: composed.reason });
      else messages.push(composed);
      continue;
    }
    const pii = openRecordPii(ctx.sealer, m);
    const to = m.channel === 'email' ? pii.email : formatPostalAddress(pii);
    if (!to) {
      unusable.push({ noticeId: m.id, reason: 'no_email_on_record' });
      continue;
    }
    const extra = m.type === 'check_result' ? await accessCodeOf(ctx, m) : m.type === 'claim_status' ? await claimOf(ctx, m) : {};
    if (extra === null) {
      unusable.push({ noticeId: m.id, reason: m.type === 'check_result' ? 'access_code_missing' : 'claim_missing' });
      continue;
    }
    const rendered = await renderNoticeTemplate(m.type as NoticeType, m.language, { portalUrl: ctx.portalUrl, demo: ctx.demo });
    const merged = mergeNotice(rendered, {
      firstName: pii.firstName,
      noticeCode: m.noticeCode,
      disclosedElements: m.disclosedElements,
      disclosedOn: m.disclosedOn,
      category: m.category,
      ...stringParams(m.params),
      ...extra,
    });
    messages.push({ noticeId: m.id, to, ...merged });
  }
  return { messages, unusable };
}

/** The access code a check_result notice carries by id; the code itself is sealed in access_codes. */
async function accessCodeOf(ctx: ComposeContext, m: GroupMember): Promise<{ accessCode: string } | null> {
  const id = Number(m.params.accessCodeId);
  const row = Number.isSafeInteger(id) ? await findAccessCodeSecret(ctx.db, id) : undefined;
  if (!row || row.recordId !== m.recordId) return null;
  return { accessCode: openAccessCode(ctx.sealer, row) };
}

/**
 * The claim number a claim notice prints, read by the claim id its row carries (lib/claims/notify.ts), and
 * only when that claim is the notice's own record's: a wrong id never puts another person's claim number
 * in a notice.
 */
async function claimOf(ctx: ComposeContext, m: GroupMember): Promise<{ claimReference: string } | null> {
  const id = Number(m.params.claimId);
  const claimNumber = Number.isSafeInteger(id) ? await findClaimNumberForRecord(ctx.db, id, m.recordId) : undefined;
  return claimNumber === undefined ? null : { claimReference: formatClaimNumber(claimNumber) };
}

/**
 * An organization's email: to the member's (or the contact's) address, with the organization's name, the
 * reason of a rejection, or the sign-in link. The link's token is opened from its seal here and nowhere
 * else: neither the notice row nor the job carries it, and a link already used or expired is not sent.
 */
async function composeOrgMessage(m: OrgGroupMember, ctx: ComposeContext): Promise<OutgoingMessage | { reason: string }> {
  if (!m.to) return { reason: 'no_member_email' };
  let signInLink: string | undefined;
  if (m.type === 'org_sign_in_link') {
    const t = m.signInToken;
    if (!t) return { reason: 'sign_in_link_used' };
    const token = ctx.sealer.open(t.tokenSealed, t.tokenHash);
    signInLink = `${new URL(ctx.portalUrl).origin}/${m.language}/advocates/sign-in/confirm?token=${token}`;
  }
  const rendered = await renderNoticeTemplate(m.type as NoticeType, m.language, { portalUrl: ctx.portalUrl, demo: ctx.demo });
  const reason = m.params.reason;
  const merged = mergeNotice(rendered, {
    firstName: '',
    noticeCode: '',
    disclosedElements: [],
    disclosedOn: '',
    category: '',
    orgName: m.orgName,
    ...(typeof reason === 'string' ? { decisionReason: reason } : {}),
    ...(signInLink ? { signInLink } : {}),
  });
  return { noticeId: m.id, to: m.to, ...merged };
}

function stringParams(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

export function formatPostalAddress(pii: {
  firstName: string;
  lastName: string;
  street: string;
  city: string;
  state: string;
  zip: string;
}): string {
  return `${pii.firstName} ${pii.lastName}\n${pii.street}\n${pii.city}, ${pii.state} ${pii.zip}`;
}
