import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/intl-dates';
import type { AccessEntry, AccessHistory as History } from '@/lib/self-check/access-history';

// "Who has looked at your record": each earlier access as labels from a fixed vocabulary (what, what kind
// of actor, a reveal's stated purpose), in the page's language and with the time zone named. Never a
// staff name or id, a ticket, or anything about another record: the view holds none of them.
export async function AccessHistory({ history }: { history: History }) {
  const [t, tOrg, locale, timeZone] = await Promise.all([
    getTranslations('Result'),
    getTranslations('OrgCases'),
    getLocale(),
    getTimeZone(),
  ]);
  const when = (iso: string) => formatDateTime(locale, iso, timeZone);
  const who = (a: AccessEntry['actor']) => {
    switch (a.kind) {
      case 'staff':
        return a.role ? t('accessActor.staff', { role: t(`accessRole.${a.role}`) }) : t('accessActor.staffUnknown');
      case 'organization':
        // The organization's name as it applied under (never the member's name or email).
        return a.name ? tOrg('clientAccessActor', { name: a.name }) : t('accessActor.organization');
      default:
        return t(`accessActor.${a.kind}`);
    }
  };
  return (
    <section className="dc-section usa-prose" aria-labelledby="access-history" data-testid="access-history">
      <h2 id="access-history">{t('accessHeading')}</h2>
      <p>{t('accessIntro')}</p>
      {history.total === 0 ? (
        <p>{t('accessNone')}</p>
      ) : (
        <>
          <p data-testid="access-count">
            {t('accessCount', { total: history.total })}
            {history.shown < history.total ? ` ${t('accessLatest', { shown: history.shown })}` : ''}
          </p>
          <table className="usa-table usa-table--borderless usa-table--stacked">
            <caption>{t('accessCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accessWhen')}</th>
                <th scope="col">{t('accessWho')}</th>
                <th scope="col">{t('accessWhat')}</th>
                <th scope="col">{t('accessWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((e, i) => (
                <tr key={i}>
                  <th scope="row" data-label={t('accessWhen')}>
                    <time dateTime={e.at}>{when(e.at)}</time>
                  </th>
                  <td data-label={t('accessWho')}>{who(e.actor)}</td>
                  <td data-label={t('accessWhat')}>{t(`accessKind.${e.kind}`)}</td>
                  <td data-label={t('accessWhy')}>{e.purpose ? t(`accessPurpose.${e.purpose}`) : t('accessNoPurpose')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
