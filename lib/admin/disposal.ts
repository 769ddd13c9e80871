// Disposal certifications as staff record, approve and withdraw them: the form (date as month, day and
// year; scope and method chosen, never preselected; a value typed for another scope refused at its field),
// a count and a sample of what approval would change before recording, and what a certification covers
// (counts and record ids, no personal data). Four eyes: recording makes a draft; another staff member
// approves it, and withdrawing an approved one takes a request and another's confirmation
// (lib/notices/disposal-service.ts, with each rule in the SQL statement).
import { z } from 'zod';
import { batchProgress, type BatchProgress } from '../../db/queries/batches';
import type { Tally } from '../../db/queries/dashboard';
import {
  countCoverageBy,
  countCoverageStates,
  countDisposalScope,
  countDisposalScopeByCategory,
  findDisposalCertification,
  sampleDisposalScope,
  type ScopeSampleRow,
} from '../../db/queries/disposal';
import type { Executor } from '../../db/index';
import type { DisposalCertification } from '../../db/schema';
import type { StaffPrincipal } from '../staff/principal';
import { normalizeNoticeCodeInput } from '../identifiers/notice-code';
import { actingAs, type PipelineDeps } from '../notices/service';
import {
  approveDisposal,
  cancelDisposalWithdrawalRequest,
  confirmDisposalWithdrawalRequest,
  recordDisposal,
  withdrawDisposal,
  type WithdrawOutcome,
} from '../notices/disposal-service';
import { disposalSchema, type DisposalInputParsed } from '../validation/notices';
import { recordCategories } from '../validation/record-row';
import type { DisposalFormValues } from './form-values';
import { allows } from './permissions';
import { fieldErrorsOf, problems, refuseUnless, type FieldErrors, type StaffResult } from './staff-result';
import { disposalMethodLabels, disposalScopeLabels } from './disposal-labels';

export { disposalFormValues, emptyDisposalForm, type DisposalFormValues } from './form-values';

export const disposalScopes = ['all', 'category', 'batch', 'notice_codes'] as const;

/** The form field that holds the scope's values, where its message goes. */
const scopeField: Record<string, 'categories' | 'batchIds' | 'noticeCodes'> = {
  category: 'categories',
  batch: 'batchIds',
  notice_codes: 'noticeCodes',
};

/**
 * A value in a field of another scope than the one chosen: refused at that field, never silently dropped
 * (a batch number typed next to a preselected "Every record" once certified every record).
 */
function otherScopeErrors(v: DisposalFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const chosen = disposalScopeLabels[v.scope as keyof typeof disposalScopeLabels];
  if (!chosen) return errors;
  const filled = { categories: v.categories.length > 0, batchIds: v.batchIds.trim() !== '', noticeCodes: v.noticeCodes.trim() !== '' };
  for (const [scope, field] of Object.entries(scopeField)) {
    if (scope === v.scope || !filled[field]) continue;
    errors[field] =
      `Clear this field: it is for “${disposalScopeLabels[scope as keyof typeof disposalScopeLabels]}”, and you chose “${chosen}”`;
  }
  return errors;
}

function certifiedOnOf(v: DisposalFormValues, today: string): { value?: string; error?: string } {
  if (![v.month, v.day, v.year].every((p) => /^[0-9]+$/.test(p)) || v.year.length !== 4) {
    return { error: 'Enter the certification date as month, day and year, such as 3 2 2026' };
  }
  const iso = `${v.year}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}`;
  if (!z.iso.date().safeParse(iso).success) return { error: 'Enter a real date: the month 1 to 12, the day within that month' };
  if (iso > today) return { error: 'The certification date cannot be in the future' };
  return { value: iso };
}

function scopeValuesOf(v: DisposalFormValues): { values: string[]; error?: string } {
  switch (v.scope) {
    case 'category':
      if (v.categories.some((c) => !(recordCategories as readonly string[]).includes(c)))
        return { values: [], error: 'Choose categories from the list' };
      return { values: v.categories };
    case 'batch': {
      const ids = v.batchIds.split(/[\s,;]+/).filter(Boolean);
      const bad = ids.findIndex((id) => !/^[1-9][0-9]{0,14}$/.test(id));
      return bad >= 0 ? { values: [], error: 'Enter batch numbers only, separated by commas, such as 3, 7' } : { values: ids };
    }
    case 'notice_codes': {
      const lines = v.noticeCodes.split(/\r?\n/).map((l) => l.trim());
      const codes: string[] = [];
      for (const [i, line] of lines.entries()) {
        if (!line) continue;
        const code = normalizeNoticeCodeInput(line);
        // The line number, never the value: a notice code points at a person.
        if (!code) return { values: [], error: `Line ${i + 1} is not a notice code: 12 letters and digits, hyphens allowed` };
        codes.push(code);
      }
      return { values: [...new Set(codes)] };
    }
    default:
      return { values: [] };
  }
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path[0] === 'certifiedOn' ? 'month' : path[0] === 'scopeValue' ? 'scopeValue' : String(path[0]);

const methodCodes = Object.keys(disposalMethodLabels);

export function parseDisposalForm(
  v: DisposalFormValues,
  today = new Date().toISOString().slice(0, 10),
): { ok: true; data: DisposalInputParsed } | { ok: false; error: string; fieldErrors: FieldErrors } {
  const date = certifiedOnOf(v, today);
  const scope = scopeValuesOf(v);
  const parsed = disposalSchema.safeParse({
    certifiedOn: date.value ?? '',
    reference: v.reference,
    method: v.method,
    methodNote: v.methodNote,
    scope: v.scope,
    scopeValue: scope.values,
  });
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, fieldOf);
  if (date.error) errors.month = date.error;
  if (!(disposalScopes as readonly string[]).includes(v.scope)) errors.scope = 'Choose what the certification covers';
  if (!methodCodes.includes(v.method)) errors.method = 'Choose how DHS disposed of the data';
  // The schema's "name what it covers" message belongs at the scope's own field.
  const valuesField = scopeField[v.scope];
  const scopeMessage = scope.error ?? errors.scopeValue;
  delete errors.scopeValue;
  if (scopeMessage && valuesField) errors[valuesField] = scopeMessage;
  Object.assign(errors, otherScopeErrors(v));
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  return problems(errors);
}

export type ScopeCount = {
  matching: number;
  notYetCovered: number;
  /** Of those not yet covered (whose public answer approval would change), per category. */
  byCategory: Tally[];
  sample: ScopeSampleRow[];
};

export async function countDisposalScopeAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  v: DisposalFormValues,
): Promise<StaffResult<ScopeCount>> {
  const refused = refuseUnless(principal, 'recordDisposal');
  if (refused) return refused;
  const parsed = parseDisposalForm(v);
  if (!parsed.ok) return parsed;
  const [counted, byCategory, sample] = await Promise.all([
    countDisposalScope(deps.db, parsed.data),
    countDisposalScopeByCategory(deps.db, parsed.data),
    sampleDisposalScope(deps.db, parsed.data),
  ]);
  return { ok: true, data: { ...counted, byCategory, sample } };
}

/** Records a draft certification. It marks nothing until another staff member approves it. */
export async function recordDisposalAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  v: DisposalFormValues,
): Promise<StaffResult<{ certification: DisposalCertification }>> {
  const refused = refuseUnless(principal, 'recordDisposal');
  if (refused) return refused;
  const parsed = parseDisposalForm(v);
  if (!parsed.ok) return parsed;
  return recordDisposal(actingAs(deps, principal.staffId), parsed.data);
}

export async function approveDisposalAsStaff(deps: PipelineDeps, principal: StaffPrincipal, id: number) {
  const refused = refuseUnless(principal, 'approveDisposal');
  if (refused) return refused;
  return approveDisposal(actingAs(deps, principal.staffId), id);
}

/** Discards a draft, or asks for an approved certification's withdrawal (it stands until someone else confirms). */
export async function withdrawDisposalAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  id: number,
  reason: string,
): Promise<StaffResult<WithdrawOutcome>> {
  const refused = refuseUnless(principal, 'withdrawDisposal');
  if (refused) return refused;
  const result = await withdrawDisposal(actingAs(deps, principal.staffId), id, reason);
  // The reason is the form's one field: its message goes there.
  if (!result.ok && !reason.trim()) return { ...result, fieldErrors: { reason: result.error } };
  return result;
}

export async function confirmDisposalWithdrawalAsStaff(deps: PipelineDeps, principal: StaffPrincipal, id: number) {
  const refused = refuseUnless(principal, 'confirmDisposalWithdrawal');
  if (refused) return refused;
  return confirmDisposalWithdrawalRequest(actingAs(deps, principal.staffId), id);
}

export async function cancelDisposalWithdrawalAsStaff(deps: PipelineDeps, principal: StaffPrincipal, id: number) {
  const refused = refuseUnless(principal, 'cancelDisposalWithdrawal');
  if (refused) return refused;
  return cancelDisposalWithdrawalRequest(actingAs(deps, principal.staffId), id);
}

/**
 * What this staff member may do with the certification now, as the statements allow it (the server checks
 * again): approve a draft someone else recorded; discard a draft or ask to withdraw an approved one with no
 * pending request; confirm a pending request someone else made; cancel a pending request.
 */
export function certificationCommandsFor(principal: StaffPrincipal, c: DisposalCertification) {
  const pending = c.status === 'approved' && c.withdrawalRequestedBy !== null;
  return {
    canApprove: c.status === 'draft' && c.recordedBy !== principal.staffId && allows(principal, 'approveDisposal'),
    canWithdraw: (c.status === 'draft' || (c.status === 'approved' && !pending)) && allows(principal, 'withdrawDisposal'),
    canConfirmWithdrawal: pending && c.withdrawalRequestedBy !== principal.staffId && allows(principal, 'confirmDisposalWithdrawal'),
    canCancelWithdrawal: pending && allows(principal, 'cancelDisposalWithdrawal'),
    /** The requester: they see "waiting for a second person" instead of a confirm button. */
    ownRequest: pending && c.withdrawalRequestedBy === principal.staffId,
  };
}

export type CertificationView = {
  certification: DisposalCertification;
  byCategory: Tally[];
  byLanguage: Tally[];
  byState: Tally[];
  withEmail: number;
  /** Records whose disposal state rests on this certification now (its marks). */
  markedByThis: number;
  /** Records it covers that rest on another, earlier approved certification. */
  coveredElsewhere: number;
  /** Records it covers with no approved certification: what approving a draft would mark. */
  uncovered: number;
  confirmations: BatchProgress | undefined;
};

export async function loadCertificationView(db: Executor, id: number): Promise<CertificationView | undefined> {
  const certification = await findDisposalCertification(db, id);
  if (!certification) return undefined;
  const states = await countCoverageStates(db, id);
  return {
    certification,
    byCategory: await countCoverageBy(db, id, 'category'),
    byLanguage: await countCoverageBy(db, id, 'language'),
    byState: await countCoverageBy(db, id, 'state'),
    ...states,
    confirmations: certification.batchId ? await batchProgress(db, certification.batchId) : undefined,
  };
}
