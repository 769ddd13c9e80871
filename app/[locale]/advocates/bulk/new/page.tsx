import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { bulkColumns, bulkMaxRows } from '@/lib/orgs/bulk-file';
import { remainingBulkRows } from '@/lib/orgs/bulk';
import { getOrgBulkDeps } from '@/server/org-bulk';
import { requireMember } from '@/server/org-session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgBulk');
  return { title: t('newTitle') };
}

const errorCodes = ['empty', 'too_large', 'bad_header', 'too_many_rows', 'no_rows', 'quota'] as const;
type ErrorCode = (typeof errorCodes)[number];

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string; rows?: string; remaining?: string }>;
};

// The upload form: a plain multipart POST to ./upload (a route handler, so a 2 MB file is not held by the
// server-action decoder), which redirects to the progress page or back here with the reason.
export default async function NewBulkCheckPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  const member = await requireMember(locale);
  const query = await searchParams;
  const error = errorCodes.includes(query.error as ErrorCode) ? (query.error as ErrorCode) : null;
  const [t, deps] = await Promise.all([getTranslations('OrgBulk'), getOrgBulkDeps()]);
  const remaining = await remainingBulkRows(deps, member.orgId);
  const figure = (v: string | undefined) => (/^\d{1,6}$/.test(v ?? '') ? Number(v) : 0);
  const message = error
    ? t(`error.${error}`, { maxRows: bulkMaxRows, rows: figure(query.rows), remaining: figure(query.remaining) })
    : null;
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('newTitle')}</h1>
        <p className="usa-intro">{t('newLead')}</p>
      </div>
      {message && (
        <div className="usa-alert usa-alert--error" role="alert" aria-labelledby="bulk-error-title">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="bulk-error-title">
              {t('errorSummary')}
            </h2>
            <ul className="usa-list usa-list--unstyled">
              <li>
                <a href="#bulk-file">{message}</a>
              </li>
            </ul>
          </div>
        </div>
      )}
      <section className="dc-section usa-prose" aria-labelledby="bulk-columns">
        <h2 id="bulk-columns">{t('columnsHeading')}</h2>
        <p>{t('columnsIntro')}</p>
        <p>
          <code dir="ltr">{bulkColumns.join(',')}</code>
        </p>
        <ul>
          <li>{t('column.authorization')}</li>
          <li>{t('column.tin')}</li>
          <li>{t('column.dob')}</li>
          <li>{t('column.lastName')}</li>
          <li>{t('column.zip')}</li>
        </ul>
        <p>{t('limits', { maxRows: bulkMaxRows, remaining })}</p>
        <p>
          <a href={`/${locale}/advocates/bulk/template`} download>
            {t('template')}
          </a>
        </p>
      </section>
      <form className="usa-form usa-form--large" method="post" action={`/${locale}/advocates/bulk/upload`} encType="multipart/form-data">
        <div className={`usa-form-group${message ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="bulk-file">
            {t('fileLabel')}
          </label>
          <span className="usa-hint" id="bulk-file-hint">
            {t('fileHint')}
          </span>
          {message && (
            <span className="usa-error-message" id="bulk-file-error">
              {message}
            </span>
          )}
          <input
            className={`usa-file-input${message ? ' usa-input--error' : ''}`}
            id="bulk-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={message ? 'bulk-file-hint bulk-file-error' : 'bulk-file-hint'}
          />
        </div>
        <button className="usa-button" type="submit">
          {t('submit')}
        </button>
      </form>
      <p className="dc-note-plain">{t('privacy')}</p>
    </div>
  );
}
