import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

// What the claim status page shows of a payment change: the link to make one (while the payment is not on
// its way), the confirmation after one, and the history entry (no digit of the new details anywhere).

export async function ChangePaymentLink() {
  const t = await getTranslations('ClaimPaymentChange');
  return (
    <p>
      <Link href="/claim/status/change-payment" data-testid="change-payment-link">
        {t('changeLink')}
      </Link>
    </p>
  );
}

export async function PaymentChangedAlert({ held }: { held: boolean }) {
  const t = await getTranslations('ClaimPaymentChange');
  return (
    <div className="usa-alert usa-alert--success dc-form-alert" role="status" data-testid="payment-changed">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('changedHeading')}</h2>
        <p className="usa-alert__text">{t('changed')}</p>
        {held && <p className="usa-alert__text">{t('changedHeld')}</p>}
      </div>
    </div>
  );
}

export async function PaymentChangedEntry() {
  const t = await getTranslations('ClaimPaymentChange');
  return <strong data-testid="history-payment-changed">{t('history')}</strong>;
}
