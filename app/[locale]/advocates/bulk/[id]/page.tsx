import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { formatDateTime } from '@/lib/intl-dates';
import type { LanguageCode } from '@/lib/languages';
import { readBulkProgress } from '@/lib/orgs/bulk';
import { getOrgBulkDeps, parseBulkId } from '@/server/org-bulk';
import { requireMember } from '@/server/org-session';
import { BulkProgressBar } from './progress-bar';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgBulk');
  return { title: t('progressTitle') };
}

type Props = { params: Promise<{ locale: string; id: string }> };

// The run's progress, then its figures and the results download until they are deleted. Another
// organization's id (or one that does not exist) is a 404, whatever the member types.
export default async function BulkCheckPage({ params }: Props) {
  await connection();
  const { locale, id } = await params;
  const member = await requireMember(locale);
  const bulkId = parseBulkId(id);
  const bulk = bulkId === null ? undefined : await readBulkProgress(await getOrgBulkDeps(), member, bulkId);
  if (!bulk) notFound();
  const t = await getTranslations('OrgBulk');
  const lang = (await getLocale()) as LanguageCode;
  const when = (at: Date) => formatDateTime(lang, at, 'America/New_York');
  const running = bulk.status === 'queued' || bulk.status === 'running';
  const base = `/${locale}/advocates/bulk/${bulk.id}`;
  return (
    <div className="grid-container dc-page">
      {running && (
        <noscript>
          <meta httpEquiv="refresh" content="5" />
        </noscript>
      )}
      <div className="usa-prose">
        <h1>{t('progressTitle')}</h1>
      </div>
      <BulkProgressBar
        url={`${base}/progress`}
        initial={{ status: bulk.status as 'queued' | 'running' | 'finished' | 'failed', total: bulk.total, processed: bulk.processed }}
      />
      {running ? (
        <p>
          {t('refreshHint')} <a href={base}>{t('refresh')}</a>
        </p>
      ) : (
        <section className="dc-section usa-prose" aria-labelledby="bulk-results">
          <h2 id="bulk-results">{t('resultsHeading')}</h2>
          <ul>
            <li>{t('count.found', { count: bulk.found })}</li>
            <li>{t('count.notFound', { count: bulk.notFound })}</li>
            <li>{t('count.notLive', { count: bulk.notLive })}</li>
            <li>{t('count.invalid', { count: bulk.invalid })}</li>
          </ul>
          {bulk.hasResults && bulk.expiresAt ? (
            <>
              <p>
                <a className="usa-button" href={`${base}/results`} download>
                  {t('download')}
                </a>
              </p>
              <p>{t('availableUntil', { date: when(bulk.expiresAt) })}</p>
            </>
          ) : (
            bulk.deletedAt && <p>{t('deleted', { date: when(bulk.deletedAt) })}</p>
          )}
        </section>
      )}
      <p>
        <a href={`/${locale}/advocates/bulk/new`}>{t('newCheck')}</a>
      </p>
    </div>
  );
}
