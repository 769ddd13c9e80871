import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { openMyClaimAction } from '../actions';
import type { Entitlement } from '@/lib/claims/entitlement';
import { formatClaimNumber } from '@/lib/claims/filing';
import type { LanguageCode } from '@/lib/languages';
import { formatUsd } from '@/lib/money';

/** The same page the result shows when the session has run out or this browser never opened one. */
export async function SessionExpired({ minutes }: { minutes: number }) {
  const t = await getTranslations('Result');
  return (
    <div className="grid-container dc-page usa-prose" data-testid="session-expired">
      <h1>{t('expiredTitle')}</h1>
      <p className="usa-intro">{t('expired', { minutes })}</p>
      <p>
        <Link className="usa-button" href="/check">
          {t('expiredAgain')}
        </Link>
      </p>
      <p>{t('checkAgainNote')}</p>
    </div>
  );
}

/** A claim number always left to right and kept whole, also inside Arabic, Farsi or Urdu text. */
export function ClaimNumber({ claimNumber, testId }: { claimNumber: string; testId?: string }) {
  return (
    <bdi dir="ltr" className="dc-code" data-testid={testId}>
      {formatClaimNumber(claimNumber)}
    </bdi>
  );
}

/**
 * One claim per record: a second attempt shows the claim there is, never its PIN again. The person has just
 * proved who they are (a verified check session), so "Open my claim" opens it without the PIN: a plain form
 * POST that works without JavaScript, the session saying whose claim (openMyClaimAction).
 */
export async function AlreadyFiled({ claimNumber, openFailedId }: { claimNumber: string; openFailedId?: string }) {
  const [t, locale] = await Promise.all([getTranslations('Claim'), getLocale()]);
  return (
    <div className="grid-container dc-page usa-prose" data-testid="claim-exists">
      <h1>{t('existsTitle')}</h1>
      <p className="usa-intro">{t('exists')}</p>
      <p className="dc-claim-code">
        <span className="dc-claim-code__label">{t('claimNumberLabel')}</span>{' '}
        <ClaimNumber claimNumber={claimNumber} testId="existing-claim-number" />
      </p>
      {openFailedId && (
        <div className="usa-alert usa-alert--error dc-form-alert" role="alert" data-testid="open-failed">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('openFailed', { errorId: openFailedId })}</p>
          </div>
        </div>
      )}
      <p>{t('existsPin')}</p>
      <p>{t('existsLostPin')}</p>
      <form action={openMyClaimAction} className="dc-section">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="usa-button" data-testid="open-my-claim">
          {t('openMyClaim')}
        </button>
      </form>
      <p>
        <Link className="usa-button usa-button--outline" href="/claim/status">
          {t('statusLink')}
        </Link>
      </p>
    </div>
  );
}

export async function EntitlementBox({ entitlement }: { entitlement: Entitlement }) {
  const [t, locale] = await Promise.all([getTranslations('Claim'), getLocale()]);
  return (
    <section className="usa-summary-box dc-entitlement" aria-labelledby="entitlement-heading" data-testid="entitlement">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="entitlement-heading">
          {t('entitlementHeading')}
        </h2>
        <p className="dc-entitlement__amount">
          <span>{t('statutoryLabel')}</span>{' '}
          <strong data-testid="statutory-amount">
            <Money locale={locale as LanguageCode} cents={entitlement.statutoryCents} />
          </strong>
        </p>
        <p>{entitlement.acts === null ? t('actsUnknown') : t('actsKnown', { acts: entitlement.acts })}</p>
        {entitlement.ruledUnlawful === true && <p>{t('ruledUnlawful')}</p>}
        <p>{t('prefilled')}</p>
      </div>
    </section>
  );
}

export async function StepNote({ step }: { step: 1 | 2 | 3 }) {
  const t = await getTranslations('Claim');
  return <p className="dc-step">{t('steps', { step })}</p>;
}

/**
 * An amount as Intl writes it, kept left to right: in an Arabic sentence "1,000 US$" would otherwise be
 * reordered to "$US 1,000".
 */
export function Money({ locale, cents }: { locale: LanguageCode; cents: number }) {
  return <bdi dir="ltr">{formatUsd(locale, cents)}</bdi>;
}
