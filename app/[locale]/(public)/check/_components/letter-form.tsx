'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { letterFields, orderedFieldErrors } from '@/lib/self-check/feedback';
import { fieldNames } from '@/lib/self-check/form-values';
import { checkLetterAction } from '../actions';
import { initialLetterState, type LetterFormState } from '../form-state';
import { ErrorSummary } from './error-summary';
import { DateOfBirthField, dobFirstInputId, TextField } from './fields';
import { Alert, SharedNotice } from './form-notices';
import { ProofOfWork } from './proof-of-work';
import { SubmitButton } from './submit-button';
import { useClock, useWaitText } from './clock';
import { useFocusOnAnswer } from './use-focus';

const targetOf = { code: 'code', dob: dobFirstInputId } as const;

function Locked({ retryAt, waitMs }: { retryAt: number; waitMs: number }) {
  const t = useTranslations('Check');
  const time = useClock(retryAt, waitMs);
  const wait = useWaitText(waitMs);
  return (
    <Alert kind="error" heading={t('lockedHeading')} testId="locked">
      <p className="usa-alert__text">{t('locked', { time, wait })}</p>
      <p className="usa-alert__text">
        {t('lockedNewCode')} <Link href="/check/by-mail">{t('askByMail')}</Link>
      </p>
    </Alert>
  );
}

// "Did you mean …?": its own small form, so Enter in the main form never submits the suggestion. It
// sends the suggested code with the date of birth that was just typed.
function DidYouMean({ state, action }: { state: LetterFormState; action: (form: FormData) => void }) {
  const t = useTranslations('Check');
  const locale = useLocale();
  const suggestion = state.notice?.kind === 'did_you_mean' ? state.notice.suggestion : '';
  return (
    <Alert kind="warning" heading={t('didYouMeanHeading', { suggestion })} testId="did-you-mean">
      <p className="usa-alert__text">{t('didYouMeanText')}</p>
      <form action={action} className="dc-inline-form">
        <input type="hidden" name={fieldNames.locale} value={locale} />
        <input type="hidden" name={fieldNames.code} value={suggestion} />
        <input type="hidden" name={fieldNames.month} value={state.values.month} />
        <input type="hidden" name={fieldNames.day} value={state.values.day} />
        <input type="hidden" name={fieldNames.year} value={state.values.year} />
        <button type="submit" className="usa-button usa-button--secondary">
          {t('didYouMeanButton', { suggestion })}
        </button>
      </form>
    </Alert>
  );
}

export function LetterForm() {
  const t = useTranslations('Check');
  const tf = useTranslations('SelfCheckForm');
  const te = useTranslations('Errors');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(checkLetterAction, initialLetterState, undefined);
  const errors = orderedFieldErrors(letterFields, state.fieldErrors);
  const notice = state.notice;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, errors.length === 0 && notice !== null && notice.kind !== 'challenge');
  const message = (field: 'code' | 'dob') => (state.fieldErrors[field] ? te(state.fieldErrors[field]) : undefined);

  return (
    <>
      <ErrorSummary attempt={state.attempt} items={errors.map(([field, key]) => ({ targetId: targetOf[field], text: te(key) }))} />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notice?.kind === 'did_you_mean' && <DidYouMean state={state} action={formAction} />}
        {notice?.kind === 'locked' && <Locked retryAt={notice.retryAt} waitMs={notice.waitMs} />}
        {notice?.kind === 'access_code_expired' && (
          <Alert kind="error" heading={t('expiredHeading')} testId="access-code-expired">
            <p className="usa-alert__text">
              {t('expired')} <Link href="/check/by-mail">{t('askByMail')}</Link>
            </p>
          </Alert>
        )}
        <SharedNotice notice={notice} />
      </div>
      {/* Keyed by attempt: each answer shows exactly the values it was given, nothing left from before. */}
      <form key={state.attempt} data-attempt={state.attempt} action={formAction} noValidate className="usa-form usa-form--large dc-check-form">
        <input type="hidden" name={fieldNames.locale} value={locale} />
        <TextField
          id="code"
          name={fieldNames.code}
          label={t('codeLabel')}
          hint={t('codeHint')}
          error={message('code')}
          defaultValue={state.values.code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <DateOfBirthField values={state.values} error={message('dob')} />
        {notice?.kind === 'challenge' && <ProofOfWork challenge={notice.challenge} waitMs={notice.waitMs} />}
        <SubmitButton label={tf('continue')} pending={pending} />
      </form>
    </>
  );
}
