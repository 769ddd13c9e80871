'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { requestNoticeCopyAction } from '../../actions';
import { initialNoticeCopyState } from '../../form-state';
import { SubmitButton } from '../../_components/submit-button';

// "Send me a copy": the session cookie says whose notice, so the form carries nothing. The answer is
// read out by a live region.
export function NoticeCopyForm() {
  const t = useTranslations('Result');
  const [state, action, pending] = useActionState(requestNoticeCopyAction, initialNoticeCopyState);
  const channels = state.channels ?? 'letter';
  const answer =
    state.status === 'queued'
      ? t('copyQueued', { channels })
      : state.status === 'already_requested'
        ? t('copyAlready', { channels })
        : state.status === 'expired'
          ? t('copyExpired')
          : state.status === 'failed'
            ? t('copyFailed', { errorId: state.errorId ?? '' })
            : '';
  const good = state.status === 'queued' || state.status === 'already_requested';
  return (
    <form action={action} className="dc-copy-form">
      <SubmitButton label={t('copyButton')} pending={pending} />
      <div
        role="status"
        className={answer ? `usa-alert usa-alert--slim usa-alert--${good ? 'success' : 'error'} dc-copy-answer` : undefined}
      >
        {answer && (
          <div className="usa-alert__body">
            <p className="usa-alert__text">{answer}</p>
          </div>
        )}
      </div>
    </form>
  );
}
