import { getTranslations } from 'next-intl/server';
import { assistingOrganizationName } from '@/lib/orgs/assisted-claim';
import type { CheckSession, SelfCheckDeps } from '@/lib/self-check';

// On the claim pages an advocate opened from a client's case: who is filing, for whom, and what the client
// will see. Nothing for the person's own session.
export async function AssistedBanner({ session, deps }: { session: CheckSession; deps: Pick<SelfCheckDeps, 'db'> }) {
  if (session.via !== 'advocate' || !session.assisted) return null;
  const [t, organization] = await Promise.all([getTranslations('Claim'), assistingOrganizationName(deps.db, session.assisted)]);
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="assisted-banner">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('assistedBanner', { organization: organization ?? '' })}</p>
      </div>
    </div>
  );
}
