'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { orderedFieldErrors, type CheckFormState } from '@/lib/self-check/feedback';
import { fieldNames } from '@/lib/self-check/form-values';
import { ErrorSummary } from './error-summary';
import { SharedNotice } from './form-notices';
import { ProofOfWork } from './proof-of-work';
import { SubmitButton } from './submit-button';
import { useWaitText } from './clock';
import { useFocusOnAnswer } from './use-focus';

type Props<V, F extends string> = {
  state: CheckFormState<V, F>;
  action: (form: FormData) => void;
  pending: boolean;
  /** The fields in page order, and the id of the input each one's summary link goes to. */
  order: readonly F[];
  targetOf: Record<F, string>;
  submitLabel: string;
  /** Notices only this form has (above the shared ones). */
  notices?: ReactNode;
  children: ReactNode;
};

// What both self-check forms are made of around their fields: the error summary, the notices (focused
// when they are the answer), the form itself keyed by attempt so it shows exactly the values it was
// given, the proof of work when one is asked for, and the submit button.
export function CheckFormFrame<V, F extends string>({
  state,
  action,
  pending,
  order,
  targetOf,
  submitLabel,
  notices,
  children,
}: Props<V, F>) {
  const te = useTranslations('Errors');
  const tf = useTranslations('SelfCheckForm');
  const locale = useLocale();
  const lockWait = useWaitText(state.tries?.lockMs ?? 0);
  const triesNote = state.tries ? tf('triesLeft', { count: state.tries.left, wait: lockWait }) : undefined;
  const errors = orderedFieldErrors(order, state.fieldErrors);
  const notice = state.notice;
  const noticeRef = useFocusOnAnswer<HTMLDivElement>(state.attempt, errors.length === 0 && notice !== null && notice.kind !== 'challenge');
  return (
    <>
      <ErrorSummary
        attempt={state.attempt}
        note={triesNote}
        items={errors.map(([field, key]) => ({ targetId: targetOf[field], text: te(key) }))}
      />
      <div ref={noticeRef} tabIndex={-1} className="dc-notice-anchor">
        {notices}
        <SharedNotice notice={notice} />
      </div>
      <form key={state.attempt} data-attempt={state.attempt} action={action} noValidate className="usa-form usa-form--large dc-check-form">
        <input type="hidden" name={fieldNames.locale} value={locale} />
        {children}
        {notice?.kind === 'challenge' && <ProofOfWork challenge={notice.challenge} waitMs={notice.waitMs} />}
        <SubmitButton label={submitLabel} pending={pending} />
      </form>
    </>
  );
}
