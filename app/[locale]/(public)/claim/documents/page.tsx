import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { listClaimDocuments } from '@/db/queries/claim-documents';
import { Link } from '@/i18n/navigation';
import { uploadRefusals, type UploadRefusal } from '@/lib/claims/document-store';
import { maxDocumentBytes, maxDocumentsPerClaim } from '@/lib/claims/documents';
import { formatLongDate } from '@/lib/intl-dates';
import { isLanguageCode, languages, type LanguageCode } from '@/lib/languages';
import { getSelfCheckDeps } from '@/server/self-check';
import { documentsAccessFor } from '@/server/claim-documents';
import { ErrorSummary } from '../../check/_components/error-summary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ClaimDocuments');
  return { title: t('metaTitle') };
}

const typeKeys = { 'application/pdf': 'pdf', 'image/jpeg': 'jpeg', 'image/png': 'png' } as const;
// A form sent some other way than this page's is told what to do as if no file had been chosen.
const messageOf = (refusal: UploadRefusal) => (refusal === 'not_form' ? 'no_file' : refusal);

function sizeIn(locale: LanguageCode, bytes: number): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(languages[locale].intlLocale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(mb ? bytes / (1024 * 1024) : Math.max(0.1, bytes / 1024));
}

// The claimant's documents: what they sent (type, size, date; no file name is kept) and a plain multipart
// form that posts to /api/claim-documents, which answers with a redirect back here carrying what happened.
// The claim comes from the session alone (server/claim-documents.ts).
export default async function ClaimDocumentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const jar = await cookies();
  const [access, t, query, localeText] = await Promise.all([
    documentsAccessFor(jar),
    getTranslations('ClaimDocuments'),
    searchParams,
    getLocale(),
  ]);
  const locale: LanguageCode = isLanguageCode(localeText) ? localeText : 'en';
  if (access.kind === 'no_session') {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="documents-expired">
        <h1>{t('expiredTitle')}</h1>
        <p className="usa-intro">{t('refused.expired')}</p>
        <p>
          <Link className="usa-button" href="/check">
            {t('expiredLink')}
          </Link>
        </p>
      </div>
    );
  }
  if (access.kind === 'no_claim') {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="documents-no-claim">
        <h1>{t('noClaimTitle')}</h1>
        <p className="usa-intro">{t('noClaimText')}</p>
        <p>
          <Link className="usa-button" href="/claim">
            {t('noClaimLink')}
          </Link>
        </p>
      </div>
    );
  }
  const { db } = await getSelfCheckDeps();
  const documents = await listClaimDocuments(db, access.claimId);
  const refusedText = typeof query.refused === 'string' ? query.refused : undefined;
  const refusal = (uploadRefusals as readonly string[]).includes(refusedText ?? '') ? (refusedText as UploadRefusal) : null;
  const problem = refusal ? t(`refused.${messageOf(refusal)}`, { max: maxDocumentsPerClaim, mb: maxDocumentBytes / (1024 * 1024) }) : null;
  const full = documents.length >= maxDocumentsPerClaim;
  const limitMb = maxDocumentBytes / (1024 * 1024);
  return (
    <div className="grid-container dc-page" data-testid="claim-documents">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
        <ul>
          <li>{t('ruleTypes', { mb: limitMb })}</li>
          <li>{t('ruleCount', { max: maxDocumentsPerClaim })}</li>
          <li>{t('rulePdf')}</li>
        </ul>
        <p>{t('privacy')}</p>
      </div>
      {problem && <ErrorSummary items={[{ targetId: full ? 'documents-heading' : 'file', text: problem }]} attempt={1} />}
      {query.sent === '1' && !problem && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('sent')}</p>
          </div>
        </div>
      )}
      <section className="dc-section usa-prose" aria-labelledby="documents-heading">
        <h2 id="documents-heading" tabIndex={-1}>
          {t('listHeading')}
        </h2>
        {documents.length === 0 ? (
          <p>{t('listNone')}</p>
        ) : (
          <table className="usa-table usa-table--stacked" data-testid="documents-list">
            <caption className="usa-sr-only">{t('listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colType')}</th>
                <th scope="col">{t('colSize')}</th>
                <th scope="col">{t('colDate')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <th scope="row" data-label={t('colType')}>
                    {t(`type.${typeKeys[d.mediaType]}`)}
                  </th>
                  <td data-label={t('colSize')}>{sizeIn(locale, d.byteSize)}</td>
                  <td data-label={t('colDate')}>{formatLongDate(locale, d.uploadedAt.toISOString())}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {full ? (
          <p data-testid="documents-full">{t('refused.too_many', { max: maxDocumentsPerClaim })}</p>
        ) : (
          <form method="post" action={`/api/claim-documents?locale=${locale}`} encType="multipart/form-data" className="usa-form">
            <div className={`usa-form-group${problem ? ' usa-form-group--error' : ''}`}>
              <label className="usa-label" htmlFor="file">
                {t('fileLabel')}
              </label>
              <span className="usa-hint" id="file-hint">
                {t('fileHint', { mb: limitMb })}
              </span>
              {problem && (
                <span className="usa-error-message" id="file-error">
                  {problem}
                </span>
              )}
              <input
                className={`usa-file-input__input${problem ? ' usa-input--error' : ''}`}
                id="file"
                name="file"
                type="file"
                required
                accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                aria-describedby={problem ? 'file-hint file-error' : 'file-hint'}
                aria-invalid={problem ? true : undefined}
              />
            </div>
            <button className="usa-button" type="submit">
              {t('send')}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
