import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatLongDate } from '@/lib/intl-dates';
import { isLanguageCode, languages, type LanguageCode } from '@/lib/languages';
import { buildCaseClientView } from '@/lib/orgs/case-view';
import { readCase } from '@/lib/orgs/cases';
import { getOrgCaseDeps } from '@/server/org-cases';
import { requireMember } from '@/server/org-session';
import { ResultSections } from '../../../(public)/check/result/_components/result-sections';
import { requestCopyAction, revokeAuthorizationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgCases');
  return { title: t('authHeading') };
}

import { StartClaimForm, StartClaimRefused } from '../../assisted-claim/start-claim-form';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const copyOutcomes = ['queued', 'already_requested', 'closed'] as const;

// One case. Every read checks the case's authorization first (readCase): without a live one the page says
// so and offers a new one, and shows nothing about the client, not even the case's label.
export default async function CasePage({ params, searchParams }: Props) {
  const [{ id }, query, localeText] = await Promise.all([params, searchParams, getLocale()]);
  const locale: LanguageCode = isLanguageCode(localeText) ? localeText : 'en';
  const member = await requireMember(locale);
  if (!/^[0-9]{1,15}$/.test(id)) notFound();
  const [t, tStatus, deps] = await Promise.all([getTranslations('OrgCases'), getTranslations('ClaimStatus'), getOrgCaseDeps()]);
  const read = await readCase(deps, member, Number(id));
  if (!read) notFound();
  const date = (iso: string) => formatLongDate(locale, iso);
  if (read.access === 'closed') {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="org-case-closed">
        <p>
          <Link href="/advocates/cases">{t('backToList')}</Link>
        </p>
        <h1>{t('closedTitle', { id: read.id })}</h1>
        {query.revoked === '1' && <p role="status">{t('revokedNote')}</p>}
        <p className="usa-intro">{t('closedText')}</p>
        <p>{t(`closedWhy.${read.state}`)}</p>
        <p>
          <Link className="usa-button" href={`/advocates/cases/${read.id}/authorization`}>
            {t('addTitle')}
          </Link>
        </p>
      </div>
    );
  }
  const c = read.case;
  const a = c.authorization;
  const view = await buildCaseClientView(deps, member, c);
  const scopes = (['status', 'copies', 'claim'] as const).filter((s) =>
    s === 'status' ? a.scopeStatus : s === 'copies' ? a.scopeCopies : a.scopeClaim,
  );
  const copy = copyOutcomes.find((o) => o === query.copy);
  return (
    <div className="grid-container dc-page" data-testid="org-case">
      <div className="usa-prose">
        <p>
          <Link href="/advocates/cases">{t('backToList')}</Link>
        </p>
        <h1 data-testid="org-case-title">{t('caseTitle', { label: c.label })}</h1>
        <p>
          {t('colLanguage')}: <span lang={c.language}>{languages[c.language].endonym}</span>
        </p>
      </div>
      <section className="dc-section usa-prose" aria-labelledby="auth-heading">
        <h2 id="auth-heading">{t('authHeading')}</h2>
        <dl>
          <dt>{t('authKind')}</dt>
          <dd>{t(`kind.${a.kind as 'form_8821'}`)}</dd>
          <dt>{t('authScopes')}</dt>
          <dd>
            <ul>
              {scopes.map((s) => (
                <li key={s}>{t(`scope.${s}`)}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('authCaf')}</dt>
          <dd>{a.cafNumber ?? t('authNone')}</dd>
          <dt>{t('authDates')}</dt>
          <dd>{t('authDatesValue', { start: date(a.startsOn), end: date(a.expiresOn) })}</dd>
        </dl>
        <p>
          {/* A file download, not a page: a plain link so the browser saves it. */}
          <a href={`/${locale}/advocates/cases/${c.id}/document`} data-testid="auth-document">
            {t('authDocument')}
          </a>
        </p>
        <p>
          <Link href={`/advocates/cases/${c.id}/authorization`}>{t('replaceLink')}</Link>
        </p>
        <form action={revokeAuthorizationAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="caseId" value={c.id} />
          <p className="usa-hint" id="revoke-hint">
            {t('revokeHint')}
          </p>
          <button className="usa-button usa-button--secondary" type="submit" aria-describedby="revoke-hint">
            {t('revokeButton')}
          </button>
        </form>
      </section>
      <section className="dc-section usa-prose" aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('deadlinesHeading')}</h2>
        <ul data-testid="case-deadlines">
          {view.deadlines.map((d) => (
            <li key={d.kind}>
              {t(`deadline.${d.kind}`)}: <strong>{date(d.date)}</strong>
            </li>
          ))}
        </ul>
        <p>{t('deadlineNote')}</p>
      </section>
      <section className="dc-section usa-prose" aria-labelledby="record-heading">
        <h2 id="record-heading">{t('checkHeading')}</h2>
        {!a.scopeStatus ? (
          <p>{t('checkNoScope')}</p>
        ) : c.recordId === null ? (
          <>
            <p>{t('notChecked')}</p>
            <p>
              <Link className="usa-button" href={`/advocates/cases/${c.id}/check`}>
                {t('checkLink')}
              </Link>
            </p>
          </>
        ) : view.result ? (
          <p data-testid="case-result-lead">{t('resultLead', { disclosedOn: date(view.result.disclosedOn) })}</p>
        ) : null}
      </section>
      {view.result && <ResultSections view={view.result} claimNumber={null} />}
      {a.scopeStatus && c.recordId !== null && (
        <section className="dc-section usa-prose" aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t('noticesHeading')}</h2>
          {view.notices.length === 0 ? (
            <p>{t('noticesNone')}</p>
          ) : (
            <ul data-testid="case-notices">
              {view.notices.map((n, i) => (
                <li key={i}>
                  {t(`noticeType.${n.type as 'initial_notice'}`)} ({t(`channel.${n.channel}`)}):{' '}
                  {n.sentOn ? date(n.sentOn) : t('noticeNotSent')}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {view.canRequestCopy && (
        <section className="dc-section usa-prose" aria-labelledby="copy-heading">
          <h2 id="copy-heading">{t('copyButton')}</h2>
          {copy && <p role="status">{t(`copy.${copy}`)}</p>}
          <form action={requestCopyAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="caseId" value={c.id} />
            <button className="usa-button" type="submit">
              {t('copyButton')}
            </button>
          </form>
        </section>
      )}
      <section className="dc-section usa-prose" aria-labelledby="claim-heading">
        <h2 id="claim-heading">{t('claimHeading')}</h2>
        <StartClaimRefused code={typeof query.claim === 'string' ? query.claim : undefined} />
        <p>{view.claim ? t('claimStatus', { status: tStatus(`statusTitle.${view.claim.status}`) }) : t('claimNone')}</p>
        {a.scopeClaim && c.recordId !== null && <StartClaimForm caseId={c.id} hasClaim={view.claim !== null} />}
      </section>
    </div>
  );
}
