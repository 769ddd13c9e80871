import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { paymentChangeAvailability } from '@/lib/claims/payment-change';
import { claimSessionCookieName, readClaimSession } from '@/lib/claims/status-session';
import { getClaimStatusDeps } from '@/server/claim-status';
import { currentMember } from '@/server/org-session';
import { PortalContact } from '../../../_components/portal-contact';
import { ChangePaymentForm } from './change-payment-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ClaimPaymentChange');
  return { title: t('metaTitle') };
}

// "Change where we send your payment", from a verified claim status session (the signed cookie says whose
// claim). Offered until the payment is on its way; a claim in a payment file being prepared is told to
// contact us instead (the file already carries the old details). The action decides again under the lock.
export default async function ChangePaymentPage() {
  const jar = await cookies();
  const [deps, t, ts] = await Promise.all([getClaimStatusDeps(), getTranslations('ClaimPaymentChange'), getTranslations('ClaimStatus')]);
  const session = readClaimSession(jar.get(claimSessionCookieName)?.value, deps);
  const found = session ? await paymentChangeAvailability(deps.db, session.claimId) : null;
  // A payment destination is never changed by an advocate alone (issue 15): not from a claim session an
  // advocate opened, nor in a browser signed in to an organization's account.
  const availability = found && found === 'open' && session && (session.assisted || (await currentMember())) ? 'advocate' : found;
  if (!session || !availability) {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="session-expired">
        <h1>{ts('expiredTitle')}</h1>
        <p className="usa-intro">{ts('expired', { minutes: Math.round(deps.config.sessionTtlMs / 60_000) })}</p>
        <p>
          <Link className="usa-button" href="/claim/status">
            {ts('lookUpAgain')}
          </Link>
        </p>
      </div>
    );
  }
  if (availability !== 'open') {
    return (
      <div className="grid-container dc-page usa-prose" data-testid={`refused-${availability}`}>
        <h1>{t(`refused.${availability}.heading`)}</h1>
        <p className="usa-intro">{t(`refused.${availability}.text`)}</p>
        <PortalContact />
        <p>
          <Link className="usa-button usa-button--outline" href="/claim/status/view">
            {t('back')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="grid-container dc-page" data-testid="change-payment">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      <div className="usa-alert usa-alert--warning dc-form-alert" data-testid="change-warning">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t('warningHeading')}</h2>
          <p className="usa-alert__text">{t('warning')}</p>
          <p className="usa-alert__text">{t('warningHold')}</p>
          <p className="usa-alert__text">
            <strong>{t('warningScam')}</strong>
          </p>
        </div>
      </div>
      <ChangePaymentForm contact={<PortalContact headingLevel="h3" compact />} />
    </div>
  );
}
