// Staff record lookup: find by notice code or SSN/ITIN, view masked, reveal with a stated reason. Every
// step is written to the audit log (who, which record, why), and none of what was typed or shown is.
import { z } from 'zod';
import { entitlementOf, type Entitlement } from '../claims/entitlement';
import type { Database } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  existingNoticeCodes,
  findCertificationSummary,
  findRecordById,
  listRecordNotices,
  type RecordNotice,
} from '../../db/queries/record-lookup';
import { findRecordByNoticeCode, findRecordByTinHash } from '../../db/queries/records';
import type { StaffPrincipal } from '../staff/principal';
import type { Hasher, Sealer } from '../crypto';
import {
  exampleNoticeCode,
  formatNoticeCode,
  isValidNoticeCode,
  normalizeNoticeCodeInput,
  suggestNoticeCodes,
} from '../identifiers/notice-code';
import { parseTin } from '../identifiers/tin';
import { openRecordPii, type RecordPii } from '../records/seal';
import { maskPii, type MaskedPii } from './mask';
import { revealPurposes } from './reveal-purposes';
import { allows } from './permissions';
import { fail, type Result } from './roles';

export type RecordDeps = { db: Database; hasher: Hasher; sealer: Sealer };

const tinReasons: Record<string, string> = {
  tin_format: 'An SSN or ITIN has 9 digits.',
  ssn_area: 'No SSN starts with 000 or 666.',
  ssn_group: 'An SSN never has 00 as its middle two digits.',
  ssn_serial: 'An SSN never ends in 0000.',
  itin_group: 'A number starting with 9 is an ITIN, and its 4th and 5th digits are not a valid ITIN group.',
};

export const findRecordSchema = z.object({
  query: z.string().trim().min(1, 'Enter a notice code or an SSN/ITIN.').max(40, 'That is too long for a notice code or an SSN/ITIN.'),
});

export type FindOutcome =
  { kind: 'found'; recordId: number } | { kind: 'suggestions'; candidates: { recordId: number; noticeCode: string }[] };

async function audit(
  deps: RecordDeps,
  who: StaffPrincipal,
  action: string,
  outcome: string,
  recordId: number | null,
  detail: Record<string, string>,
) {
  await appendAudit(deps.db, deps.hasher.auditKey, {
    actor: who.staffId,
    action,
    outcome,
    recordId,
    detail: { role: who.role, ...detail },
  });
}

export async function findRecord(deps: RecordDeps, who: StaffPrincipal, input: unknown): Promise<Result<FindOutcome>> {
  if (!allows(who, 'findRecords')) return fail('Your role cannot look up records.');
  const parsed = findRecordSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const query = parsed.data.query;
  // Nine digits with the usual separators is an SSN/ITIN; anything else is read as a notice code.
  if (/^[0-9][0-9 -]*$/.test(query) && query.replace(/[ -]/g, '').length === 9) {
    const tin = parseTin(query);
    if (!tin.ok) return fail(`That is not a valid SSN or ITIN. ${tinReasons[tin.reason]}`);
    const record = await findRecordByTinHash(deps.db, deps.hasher.tin(tin.digits));
    await audit(deps, who, 'record.searched', record ? 'found' : 'not_found', record?.id ?? null, { via: 'tin' });
    return record ? { ok: true, data: { kind: 'found', recordId: record.id } } : fail('No record has that SSN/ITIN.');
  }
  const code = normalizeNoticeCodeInput(query);
  if (code === null) return fail(`Enter a notice code (12 letters and digits, like ${exampleNoticeCode}) or a 9-digit SSN/ITIN.`);
  if (isValidNoticeCode(code)) {
    const record = await findRecordByNoticeCode(deps.db, code);
    await audit(deps, who, 'record.searched', record ? 'found' : 'not_found', record?.id ?? null, { via: 'notice_code' });
    return record ? { ok: true, data: { kind: 'found', recordId: record.id } } : fail('No record has that notice code.');
  }
  // A typo: the check symbol says so. Offer the one-typo neighbours that are real records.
  const candidates = await existingNoticeCodes(deps.db, suggestNoticeCodes(code));
  await audit(deps, who, 'record.searched', candidates.length ? 'typo_suggested' : 'typo_no_match', null, { via: 'notice_code' });
  if (candidates.length === 0) return fail('That notice code has a typo, and no record is one typo away from it. Check the letter again.');
  return {
    ok: true,
    data: { kind: 'suggestions', candidates: candidates.map((c) => ({ recordId: c.id, noticeCode: formatNoticeCode(c.noticeCode) })) },
  };
}

export type MaskedRecordView = {
  id: number;
  noticeCode: string;
  tinKind: 'ssn' | 'itin';
  masked: MaskedPii;
  language: string;
  state: string;
  category: string;
  disclosedElements: string[];
  disclosedOn: string;
  entitlement: Entitlement;
  createdAt: Date;
  updatedAt: Date;
  notifiedAt: Date | null;
  disposal: { confirmedAt: Date; certification: { id: number; certifiedOn: string; reference: string } | null } | null;
  notices: RecordNotice[];
};

export async function viewRecord(deps: RecordDeps, who: StaffPrincipal, recordId: number): Promise<Result<MaskedRecordView>> {
  if (!allows(who, 'findRecords')) return fail('Your role cannot view records.');
  const record = await findRecordById(deps.db, recordId);
  if (!record) return fail(`There is no record ${recordId}.`);
  const pii = openRecordPii(deps.sealer, record);
  const [notices, certification] = await Promise.all([
    listRecordNotices(deps.db, record.id),
    record.disposalCertificationId ? findCertificationSummary(deps.db, record.disposalCertificationId) : undefined,
  ]);
  await audit(deps, who, 'record.viewed', 'ok', record.id, { masked: 'yes' });
  return {
    ok: true,
    data: {
      id: record.id,
      noticeCode: formatNoticeCode(record.noticeCode),
      tinKind: record.tinKind,
      masked: maskPii(pii),
      language: record.language,
      state: record.state,
      category: record.category,
      disclosedElements: record.disclosedElements,
      disclosedOn: record.disclosedOn,
      entitlement: entitlementOf(record),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      notifiedAt: record.notifiedAt,
      disposal: record.disposalConfirmedAt ? { confirmedAt: record.disposalConfirmedAt, certification: certification ?? null } : null,
      notices,
    },
  };
}

// A ticket reference, not prose: it lands in the audit log, which must never hold personal data.
const ticketPattern = /^[A-Za-z0-9][A-Za-z0-9._#-]{2,39}$/;
const looksLikeTin = /(^|\D)(\d{9}|\d{3}-\d{2}-\d{4})(\D|$)/;

export const revealSchema = z.object({
  recordId: z.coerce.number().int().positive('Choose a record.'),
  purpose: z.enum(Object.keys(revealPurposes) as [keyof typeof revealPurposes], { error: 'Choose why you need to see this record.' }),
  ticket: z
    .string()
    .trim()
    .min(1, 'Enter the ticket reference of the request (for example INC-20481).')
    .regex(ticketPattern, 'A ticket reference is 3 to 40 letters, digits, and . _ # - with no spaces (for example INC-20481).')
    .refine((t) => /[0-9]/.test(t), 'A ticket reference has at least one digit (for example INC-20481).')
    .refine((t) => !looksLikeTin.test(t), 'That ticket reference looks like an SSN or ITIN. Enter the ticket’s own reference.'),
});

export async function revealRecord(deps: RecordDeps, who: StaffPrincipal, input: unknown): Promise<Result<RecordPii>> {
  const recordId = Number((input as { recordId?: unknown })?.recordId) || null;
  if (!allows(who, 'revealRecords')) {
    await audit(deps, who, 'record.revealed', 'denied', recordId, {});
    return fail('Your role cannot reveal personal data.');
  }
  const parsed = revealSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const record = await findRecordById(deps.db, parsed.data.recordId);
  if (!record) return fail(`There is no record ${parsed.data.recordId}.`);
  // Written before anything is opened: no reveal without its entry.
  await audit(deps, who, 'record.revealed', 'ok', record.id, { purpose: parsed.data.purpose, ticket: parsed.data.ticket });
  return { ok: true, data: openRecordPii(deps.sealer, record) };
}
