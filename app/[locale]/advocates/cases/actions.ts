'use server';

// The case pages' server actions. Each works as a plain POST with JavaScript off and follows the same
// order: the member from the session (never an id the browser sent for who they are) → the domain layer
// parses, limits and answers (lib/orgs) → redirect (303) on success, or hand the form back its values and
// what to say. The case id a form carries is only a request: the organization's scope decides what it reaches.
import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { localeOf } from '../_components/form-bits';
import { env } from '@/lib/env';
import { addAuthorization, revokeAuthorizationByMember } from '@/lib/orgs/authorizations';
import { checkForCase } from '@/lib/orgs/case-check';
import { requestCopyForCase } from '@/lib/orgs/case-view';
import { openCase } from '@/lib/orgs/cases';
import { clientAddressFrom } from '@/lib/self-check';
import { letterInput, readLetterValues } from '@/lib/self-check/form-values';
import { attemptOf, formOf } from '@/lib/web/action-input';
import { requireMember } from '@/server/org-session';
import { getOrgCaseDeps } from '@/server/org-cases';
import { getSelfCheckDeps } from '@/server/self-check';
import type { CaseCheckState, CaseFormState } from './form-state';

const caseFields = [
  'label',
  'language',
  'kind',
  'cafNumber',
  'startMonth',
  'startDay',
  'startYear',
  'endMonth',
  'endDay',
  'endYear',
] as const;

const idOf = (form: FormData) => {
  const v = form.get('caseId');
  return typeof v === 'string' && /^[0-9]{1,15}$/.test(v) ? Number(v) : 0;
};

function failure(action: string, err: unknown): void {
  // The error's name only: a message could quote a parameter.
  console.error(
    `[org-cases] ${action}_failed ${JSON.stringify({ errorId: randomUUID(), error: err instanceof Error ? err.name : 'unknown' })}`,
  );
}

function readCaseForm(form: FormData) {
  const values: Record<string, string> = {};
  for (const f of caseFields) {
    const v = form.get(f);
    values[f] = typeof v === 'string' ? v.slice(0, 1000) : '';
  }
  const scopes = form
    .getAll('scopes')
    .filter((s): s is string => typeof s === 'string')
    .slice(0, 5);
  const file = form.get('file');
  const input = {
    label: values.label,
    language: values.language,
    kind: values.kind,
    scopes,
    cafNumber: values.cafNumber,
    startsOn: { month: values.startMonth, day: values.startDay, year: values.startYear },
    expiresOn: { month: values.endMonth, day: values.endDay, year: values.endYear },
  };
  return { values, scopes, input, file: file instanceof File && file.size > 0 ? file : null };
}

async function bytesOf(file: File | null): Promise<Buffer | null> {
  return file ? Buffer.from(await file.arrayBuffer()) : null;
}

type Refusal = { code: string; fields?: Record<string, string>; refusal?: string };

function errorsOf(error: Refusal): Record<string, string> {
  if (error.code === 'invalid_input') return { ...error.fields };
  if (error.code === 'no_file') return { file: 'no_file' };
  if (error.code === 'document') return { file: error.refusal ?? 'wrong_type' };
  return {};
}

export async function openCaseAction(prev: CaseFormState, submitted: FormData): Promise<CaseFormState> {
  const form = formOf(submitted);
  const locale = localeOf(form);
  const member = await requireMember(locale);
  const { values, scopes, input, file } = readCaseForm(form);
  const attempt = attemptOf(prev) + 1;
  let caseId: number;
  try {
    const result = await openCase(await getOrgCaseDeps(), member, input, await bytesOf(file));
    if (!result.ok) return { attempt, values, scopes, fieldErrors: errorsOf(result.error) };
    caseId = result.data.caseId;
  } catch (err) {
    failure('open_case', err);
    return { attempt, values, scopes, fieldErrors: {}, notice: 'unavailable' };
  }
  redirect(`/${locale}/advocates/cases/${caseId}`, RedirectType.push);
}

export async function addAuthorizationAction(prev: CaseFormState, submitted: FormData): Promise<CaseFormState> {
  const form = formOf(submitted);
  const locale = localeOf(form);
  const member = await requireMember(locale);
  const caseId = idOf(form);
  const { values, scopes, input, file } = readCaseForm(form);
  const attempt = attemptOf(prev) + 1;
  try {
    const result = await addAuthorization(await getOrgCaseDeps(), member, caseId, input, await bytesOf(file));
    if (!result.ok && result.error.code === 'not_found') return { attempt, values, scopes, fieldErrors: {}, notice: 'not_found' };
    if (!result.ok) return { attempt, values, scopes, fieldErrors: errorsOf(result.error) };
  } catch (err) {
    failure('add_authorization', err);
    return { attempt, values, scopes, fieldErrors: {}, notice: 'unavailable' };
  }
  redirect(`/${locale}/advocates/cases/${caseId}`, RedirectType.push);
}

export async function revokeAuthorizationAction(submitted: FormData): Promise<void> {
  const form = formOf(submitted);
  const locale = localeOf(form);
  const member = await requireMember(locale);
  const caseId = idOf(form);
  await revokeAuthorizationByMember(await getOrgCaseDeps(), member, caseId);
  redirect(`/${locale}/advocates/cases/${caseId}?revoked=1`, RedirectType.push);
}

export async function requestCopyAction(submitted: FormData): Promise<void> {
  const form = formOf(submitted);
  const locale = localeOf(form);
  const member = await requireMember(locale);
  const caseId = idOf(form);
  const result = await requestCopyForCase(await getOrgCaseDeps(), member, caseId);
  const outcome = result.ok ? result.data.status : 'closed';
  redirect(`/${locale}/advocates/cases/${caseId}?copy=${outcome}`, RedirectType.push);
}

export async function checkCaseAction(prev: CaseCheckState, submitted: FormData): Promise<CaseCheckState> {
  const form = formOf(submitted);
  const locale = localeOf(form);
  const member = await requireMember(locale);
  const caseId = idOf(form);
  const values = readLetterValues(form);
  const attempt = attemptOf(prev) + 1;
  const back = (over: Partial<CaseCheckState>): CaseCheckState => ({ attempt, values, fieldErrors: {}, ...over });
  try {
    const check = await getSelfCheckDeps();
    const client = { address: clientAddressFrom(await headers(), env().TRUSTED_PROXY_HOPS) };
    const result = await checkForCase(await getOrgCaseDeps(), { deps: check, client }, member, caseId, letterInput(values));
    if (!result.ok) {
      const e = result.error;
      switch (e.code) {
        case 'invalid_input':
          return back({ fieldErrors: { code: e.fields.code, dob: e.fields.dob } });
        case 'no_match':
          return back({ notice: { kind: 'no_match', triesLeft: e.triesLeft } });
        case 'code_typo':
        case 'did_you_mean':
          return back({ notice: { kind: e.code } });
        case 'locked':
          return back({ notice: { kind: 'locked' } });
        case 'org_limit':
        case 'rate_limited':
          return back({ notice: { kind: 'limit' } });
        case 'access_code_expired':
          return back({ notice: { kind: 'expired_code' } });
        case 'not_found':
        case 'closed':
          return back({ notice: { kind: 'closed' } });
        default:
          return back({ notice: { kind: 'limit' } });
      }
    }
  } catch (err) {
    failure('case_check', err);
    return back({ notice: { kind: 'unavailable' } });
  }
  redirect(`/${locale}/advocates/cases/${caseId}`, RedirectType.push);
}
