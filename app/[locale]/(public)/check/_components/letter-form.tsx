'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Link } from '@/i18n/navigation';
import { letterFields } from '@/lib/self-check/feedback';
import { fieldNames } from '@/lib/self-check/form-values';
import { checkLetterAction } from '../actions';
import { initialLetterState, type LetterFormState } from '../form-state';
import { CheckFormFrame } from './check-form-frame';
import { DateOfBirthField, dobFirstInputId, TextField } from './fields';
import { Alert } from './form-notices';
import { useClock, useWaitText } from './clock';

const targetOf = { code: 'code', dob: dobFirstInputId } as const;

function Locked({ retryAt, waitMs }: { retryAt: number; waitMs: number }) {
  const t = useTranslations('Check');
  const time = useClock(retryAt, waitMs);
  const wait = useWaitText(waitMs);
  return (
    <Alert kind="error" heading={t('lockedHeading')} testId="locked">
      <p className="usa-alert__text">{time ? t('locked', { time, wait }) : t('lockedRelative', { wait })}</p>
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
        {/* Not a danger colour (USWDS "secondary" is red): accepting the suggestion is the safe choice. */}
        <button type="submit" className="usa-button">
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
  const [state, formAction, pending] = useActionState(checkLetterAction, initialLetterState, undefined);
  const notice = state.notice;
  const message = (field: 'code' | 'dob') => (state.fieldErrors[field] ? te(state.fieldErrors[field]) : undefined);
  const notices = (
    <>
      {notice?.kind === 'did_you_mean' && <DidYouMean state={state} action={formAction} />}
      {notice?.kind === 'locked' && <Locked retryAt={notice.retryAt} waitMs={notice.waitMs} />}
      {notice?.kind === 'access_code_expired' && (
        <Alert kind="error" heading={t('expiredHeading')} testId="access-code-expired">
          <p className="usa-alert__text">
            {t('expired')} <Link href="/check/by-mail">{t('askByMail')}</Link>
          </p>
        </Alert>
      )}
    </>
  );
  return (
    <CheckFormFrame
      state={state}
      action={formAction}
      pending={pending}
      order={letterFields}
      targetOf={targetOf}
      submitLabel={tf('continue')}
      notices={notices}
    >
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
    </CheckFormFrame>
  );
}
