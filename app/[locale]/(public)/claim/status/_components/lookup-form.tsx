'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { claimLookupFields } from '@/lib/claims/status-feedback';
import { ErrorSummary } from '../../../check/_components/error-summary';
import { TextField } from '../../../check/_components/fields';
import { Alert, SharedNotice } from '../../../check/_components/form-notices';
import { ProofOfWork } from '../../../check/_components/proof-of-work';
import { SubmitButton } from '../../../check/_components/submit-button';
import { useClock, useWaitText } from '../../../check/_components/clock';
import { useFocusOnAnswer } from '../../../check/_components/use-focus';
import { lookUpClaimAction } from '../actions';
import { initialLookupState } from '../form-state';

const targetOf = { claimNumber: 'claim-number', pin: 'claim-pin' } as const;

function Locked({ retryAt, waitMs }: { retryAt: number; waitMs: number }) {
  const t = useTranslations('ClaimStatus');
  const time = useClock(retryAt, waitMs);
  const wait = useWaitText(waitMs);
  return (
    <Alert kind="error" heading={t('lockedHeading')} testId="locked">
      <p className="usa-alert__text">{time ? t('locked', { time, wait }) : t('lockedRelative', { wait })}</p>
      <p className="usa-alert__text">{t('lockedSafe')}</p>
    </Alert>
  );
}

// Claim number and PIN → the claim's status on the next page. The self-check's parts: the error summary
// (with the tries left), the shared notices, the proof of work when one is asked for.
export function LookupForm() {
  const t = useTranslations('ClaimStatus');
  const tf = useTranslations('SelfCheckForm');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(lookUpClaimAction, initialLookupState, undefined);
  const lockWait = useWaitText(state.tries?.lockMs ?? 0);
  const notice = state.notice;
  const errors = claimLookupFields.flatMap((f) => (state.fieldErrors[f] ? [[f, state.fieldErrors[f]] as const] : []));
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, errors.length === 0 && notice !== null && notice.kind !== 'challenge');
  const message = (f: 'claimNumber' | 'pin') => (state.fieldErrors[f] ? t(`error.${state.fieldErrors[f]}`) : undefined);
  return (
    <>
      <ErrorSummary
        attempt={state.attempt}
        note={state.tries ? t('triesLeft', { count: state.tries.left, wait: lockWait }) : undefined}
        items={errors.map(([field, key]) => ({ targetId: targetOf[field], text: t(`error.${key}`) }))}
      />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notice?.kind === 'locked' && <Locked retryAt={notice.retryAt} waitMs={notice.waitMs} />}
        <SharedNotice notice={notice} />
      </div>
      <form
        key={state.attempt}
        data-attempt={state.attempt}
        action={formAction}
        noValidate
        className="usa-form usa-form--large dc-check-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id={targetOf.claimNumber}
          name="claimNumber"
          label={t('claimNumberLabel')}
          hint={t('claimNumberHint')}
          error={message('claimNumber')}
          defaultValue={state.values.claimNumber}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField
          id={targetOf.pin}
          name="pin"
          label={t('pinLabel')}
          hint={t('pinHint')}
          error={message('pin')}
          defaultValue={state.values.pin}
          autoComplete="off"
          inputMode="numeric"
          width="md"
        />
        {notice?.kind === 'challenge' && <ProofOfWork challenge={notice.challenge} waitMs={notice.waitMs} />}
        <SubmitButton label={tf('continue')} pending={pending} />
      </form>
    </>
  );
}
