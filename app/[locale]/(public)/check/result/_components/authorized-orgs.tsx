import { getLocale, getTranslations } from 'next-intl/server';
import { isolate } from '@/lib/bidi';
import { languageDirection } from '@/lib/languages';
import { formatLongDate } from '@/lib/intl-dates';
import type { RecordAuthorization } from '@/db/queries/org-cases';
import { revokeOrganizationAction } from '../org-actions';

// The organizations the person authorized to see their record (a live authorization on one of their cases),
// each with a button that stops it at once. Nothing shows when there is none.
export async function AuthorizedOrganizations({ entries, revoked }: { entries: RecordAuthorization[]; revoked: boolean }) {
  if (entries.length === 0 && !revoked) return null;
  const [t, locale] = await Promise.all([getTranslations('OrgCases'), getLocale()]);
  return (
    <section className="dc-section usa-prose" aria-labelledby="authorized-orgs" data-testid="authorized-orgs">
      <h2 id="authorized-orgs">{t('clientOrgsHeading')}</h2>
      {revoked && (
        <p role="status" data-testid="org-revoked">
          {t('clientRevoked')}
        </p>
      )}
      {entries.length > 0 && <p>{t('clientOrgsLead')}</p>}
      <ul className="usa-list usa-list--unstyled">
        {entries.map((e) => (
          <li key={e.authorizationId} className="margin-bottom-2">
            <strong>
              <bdi>{e.orgName}</bdi>
            </strong>{' '}
            — {t(`kind.${e.kind as 'form_8821'}`)}. {t('clientOrgsExpires', { date: formatLongDate(locale, e.expiresOn) })}
            <form action={revokeOrganizationAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="authorizationId" value={e.authorizationId} />
              <button className="usa-button usa-button--secondary" type="submit">
                {t('clientRevoke', { name: isolate(e.orgName, languageDirection(locale)) })}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
