import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { listActivity } from '@/lib/orgs/members';
import { requireMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { formatMoment } from '../_components/dates';
import { param } from '../_components/form-bits';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.activity');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const known = ['sign_in_link', 'sign_in_link_used', 'second_factor', 'member_invited', 'member_disabled', 'signed_out'] as const;

// The org admin's view of their own organization's audit entries (detail.orgId), newest first, 50 a page.
export default async function ActivityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireMember(locale, { role: 'org_admin' });
  const [query, t] = await Promise.all([searchParams, getTranslations('Advocates.activity')]);
  const before = Number(param(query.before));
  const page = await listActivity(await getOrgDeps(), admin, Number.isSafeInteger(before) && before > 0 ? { beforeId: before } : {});
  const { entries, nextBeforeId } = page.ok ? page.data : { entries: [], nextBeforeId: null };
  const actionLabel = (action: string) => {
    const key = known.find((k) => `org.${k}` === action);
    return key ? t(`actions.${key}`) : t('actions.other');
  };
  const who = (actor: string) => {
    const id = /^org-member:(\d+)$/.exec(actor)?.[1];
    return id ? t('memberNumber', { id }) : t('system');
  };
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={t('title')}>
          <table className="usa-table usa-table--stacked">
            <caption>{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('when')}>{formatMoment(locale, e.at)}</td>
                  <td data-label={t('who')}>{who(e.actor)}</td>
                  <td data-label={t('what')}>{actionLabel(e.action)}</td>
                  <td data-label={t('outcome')}>
                    <code>{e.outcome}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBeforeId !== null && (
        <p>
          <Link href={`/advocates/activity?before=${nextBeforeId}`}>{t('older')}</Link>
        </p>
      )}
    </div>
  );
}
