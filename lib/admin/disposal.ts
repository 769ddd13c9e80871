// Disposal certifications as staff record them: the form (date as month, day and year), a count of what
// the scope covers before recording, and what a recorded certification covers (counts, no personal data).
import { z } from 'zod';
import { batchProgress, type BatchProgress } from '../../db/queries/batches';
import { countCoveredWithEmail, countRecordsBy, type Tally } from '../../db/queries/dashboard';
import { countDisposalScope, findDisposalCertification } from '../../db/queries/disposal';
import type { Executor } from '../../db/index';
import type { DisposalCertification, NoticeBatch } from '../../db/schema';
import type { StaffPrincipal } from '../staff/principal';
import { normalizeNoticeCodeInput } from '../identifiers/notice-code';
import { actingAs, type PipelineDeps } from '../notices/deps';
import { recordDisposal } from '../notices/service';
import { disposalSchema, type DisposalInputParsed } from '../validation/notices';
import { recordCategories } from '../validation/record-row';
import type { DisposalFormValues } from './form-values';
import { fieldErrorsOf, problems, refuseUnless, type FieldErrors, type StaffResult } from './staff-result';

export { disposalFormValues, emptyDisposalForm, type DisposalFormValues } from './form-values';

export const disposalScopes = ['all', 'category', 'batch', 'notice_codes'] as const;

/** The form field that holds the scope's values, where its message goes. */
const scopeField: Record<string, string> = { category: 'categories', batch: 'batchIds', notice_codes: 'noticeCodes' };

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
      if (v.categories.some((c) => !(recordCategories as readonly string[]).includes(c))) return { values: [], error: 'Choose categories from the list' };
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

export function parseDisposalForm(v: DisposalFormValues, today = new Date().toISOString().slice(0, 10)):
  { ok: true; data: DisposalInputParsed } | { ok: false; error: string; fieldErrors: FieldErrors } {
  const date = certifiedOnOf(v, today);
  const scope = scopeValuesOf(v);
  const parsed = disposalSchema.safeParse({ certifiedOn: date.value ?? '', reference: v.reference, method: v.method, scope: v.scope, scopeValue: scope.values });
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error, fieldOf);
  if (date.error) errors.month = date.error;
  if (!(disposalScopes as readonly string[]).includes(v.scope)) errors.scope = 'Choose what the certification covers';
  // The schema's "name what it covers" message belongs at the scope's own field.
  const valuesField = scopeField[v.scope];
  const scopeMessage = scope.error ?? errors.scopeValue;
  delete errors.scopeValue;
  if (scopeMessage && valuesField) errors[valuesField] = scopeMessage;
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  return problems(errors);
}

export async function countDisposalScopeAsStaff(deps: PipelineDeps, principal: StaffPrincipal, v: DisposalFormValues): Promise<StaffResult<{ matching: number; notYetCovered: number }>> {
  const refused = refuseUnless(principal, 'recordDisposal');
  if (refused) return refused;
  const parsed = parseDisposalForm(v);
  if (!parsed.ok) return parsed;
  return { ok: true, data: await countDisposalScope(deps.db, parsed.data) };
}

export async function recordDisposalAsStaff(
  deps: PipelineDeps,
  principal: StaffPrincipal,
  v: DisposalFormValues,
): Promise<StaffResult<{ certification: DisposalCertification; batch: NoticeBatch }>> {
  const refused = refuseUnless(principal, 'recordDisposal');
  if (refused) return refused;
  const parsed = parseDisposalForm(v);
  if (!parsed.ok) return parsed;
  return recordDisposal(actingAs(deps, principal.staffId), parsed.data);
}

export type CertificationView = {
  certification: DisposalCertification;
  byCategory: Tally[];
  byLanguage: Tally[];
  byState: Tally[];
  withEmail: number;
  confirmations: BatchProgress | undefined;
};

export async function loadCertificationView(db: Executor, id: number): Promise<CertificationView | undefined> {
  const certification = await findDisposalCertification(db, id);
  if (!certification) return undefined;
  const filter = { disposalCertificationId: id };
  return {
    certification,
    byCategory: await countRecordsBy(db, 'category', filter),
    byLanguage: await countRecordsBy(db, 'language', filter),
    byState: await countRecordsBy(db, 'state', filter),
    withEmail: await countCoveredWithEmail(db, id),
    confirmations: certification.batchId ? await batchProgress(db, certification.batchId) : undefined,
  };
}
