import { getLocale, getTranslations } from 'next-intl/server';
import { startAssistedClaimAction } from './actions';

// The case page's way into the claim pages for its client: a plain form (works without JavaScript). The case
// page shows it only with a live authorization that includes claims and a record found by the check.
export async function StartClaimForm({ caseId, hasClaim }: { caseId: number; hasClaim: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('OrgAssistedClaim'), getLocale()]);
  return (
    <form action={startAssistedClaimAction} data-testid="start-assisted-claim">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="caseId" value={String(caseId)} />
      <button type="submit" className="usa-button">
        {hasClaim ? t('open') : t('start')}
      </button>
    </form>
  );
}

/** What the case page says when the claim pages would not open (the `claim` query the action sets). */
export async function StartClaimRefused({ code }: { code: string | undefined }) {
  if (!code) return null;
  const t = await getTranslations('OrgAssistedClaim');
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert" data-testid="assisted-claim-refused">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{code === 'failed' ? t('failed') : t('refused')}</p>
      </div>
    </div>
  );
}
