'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { fieldNames } from '@/lib/self-check/form-values';
import { solveChallenge, type ChallengeForClient } from '@/lib/self-check/pow-solver';
import { useClock, useWaitText } from './clock';

type Phase = 'waiting' | 'solving' | 'done' | 'failed';

// Inside the form, above Continue. Without JavaScript the page says when Continue will work and the form
// sends the token without a counter (the server accepts it once the wait is over). With JavaScript the
// browser solves the challenge, puts the counter in the form and submits it again, typed values and all.
export function ProofOfWork({ challenge, waitMs }: { challenge: ChallengeForClient; waitMs: number }) {
  const t = useTranslations('SelfCheckForm');
  const counterRef = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>('waiting');
  const time = useClock(challenge.waitUntil, waitMs);
  const wait = useWaitText(waitMs);

  useEffect(() => {
    const controller = new AbortController();
    setPhase('solving');
    solveChallenge(challenge, { signal: controller.signal })
      .then((counter) => {
        const input = counterRef.current;
        if (controller.signal.aborted || !input) return;
        input.value = String(counter);
        setPhase('done');
        input.form?.requestSubmit();
      })
      .catch(() => {
        if (!controller.signal.aborted) setPhase('failed');
      });
    return () => controller.abort();
  }, [challenge]);

  return (
    <div className="usa-alert usa-alert--info dc-challenge" data-testid="challenge" data-wait-until={challenge.waitUntil}>
      <input type="hidden" name={fieldNames.powToken} value={challenge.token} />
      <input type="hidden" name={fieldNames.powCounter} ref={counterRef} defaultValue="" />
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('challengeHeading')}</h2>
        {phase === 'waiting' && (
          <p className="usa-alert__text">{time ? t('challengeWait', { time, wait }) : t('challengeWaitRelative', { wait })}</p>
        )}
        {phase === 'failed' && (
          <p className="usa-alert__text">{time ? t('challengeFailed', { time }) : t('challengeFailedRelative', { wait })}</p>
        )}
        {(phase === 'solving' || phase === 'done') && (
          <>
            <p className="usa-alert__text">{t('challengeWorking')}</p>
            {phase === 'solving' && <progress className="dc-challenge__progress" aria-label={t('challengeProgress')} />}
          </>
        )}
        <p className="usa-alert__text" role="status">
          {phase === 'solving' ? t('challengeProgress') : phase === 'done' ? t('challengeDone') : ''}
        </p>
      </div>
    </div>
  );
}
