import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatLongDate } from '@/lib/intl-dates';
import { findClaimByRecord } from '@/db/queries/claims';
import { Link } from '@/i18n/navigation';
import { localHelpFor } from '@/lib/help/directory';
import { auditActorOf, buildResultView, checkSessionCookieName } from '@/lib/self-check';
import { liveCheckSession } from '@/server/check-session';
import { getSelfCheckDeps } from '@/server/self-check';
import { listClientAuthorizations } from '@/lib/orgs/authorizations';
import { AuthorizedOrganizations } from './_components/authorized-orgs';
import { NoticeCopyForm } from './_components/notice-copy-form';
import { ResultHelp, WhatThisMeans } from './_components/result-help';
import { ResultSections } from './_components/result-sections';
import { SessionNote } from './_components/session-note';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Result');
  return { title: t('metaTitle') };
}

function CheckAgain({ label }: { label: string }) {
  return (
    <p>
      <Link className="usa-button" href="/check">
        {label}
      </Link>
    </p>
  );
}

// The result of a verified check. Reading the cookie makes the page dynamic; next.config.ts adds
// Cache-Control: no-store. Each build of the view is written to the audit log (buildResultView).
export default async function ResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The request first: during `next build` this is where the page stops, before any database is touched.
  const jar = await cookies();
  const [deps, t] = await Promise.all([getSelfCheckDeps(), getTranslations('Result')]);
  const session = await liveCheckSession(jar.get(checkSessionCookieName)?.value, deps);
  if (!session) {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="session-expired">
        <h1>{t('expiredTitle')}</h1>
        <p className="usa-intro">{t('expired', { minutes: Math.round(deps.config.sessionTtlMs / 60_000) })}</p>
        <CheckAgain label={t('expiredAgain')} />
        <p>{t('checkAgainNote')}</p>
      </div>
    );
  }
  const view = await buildResultView(session.recordId, session.via, deps, auditActorOf(session.via, session.assisted));
  if (!view) {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="not-among-records">
        <h1>{t('notFoundTitle')}</h1>
        <p className="usa-intro">{t('notFoundMeaning')}</p>
        <h2>{t('notFoundReviewHeading')}</h2>
        <p>{t('notFoundReview')}</p>
      </div>
    );
  }
  const [locale, localHelp, claim, organizations, query] = await Promise.all([
    getLocale(),
    localHelpFor(deps.db, { state: view.place.state, language: view.language }),
    findClaimByRecord(deps.db, session.recordId),
    listClientAuthorizations({ db: deps.db, sealer: deps.sealer, auditKey: deps.hasher.auditKey, now: deps.now }, session),
    searchParams,
  ]);
  const disclosedOn = formatLongDate(locale, view.disclosedOn);
  return (
    <div className="grid-container dc-page" data-testid="result">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead', { disclosedOn })}</p>
        <SessionNote expiresAt={session.expiresAt} remainingMs={Math.max(0, session.expiresAt - deps.now().getTime())} />
      </div>
      <WhatThisMeans addressShared={view.disclosedElements.includes('address')} />
      <ResultSections view={view} claimNumber={claim?.claimNumber ?? null} />
      <AuthorizedOrganizations entries={organizations} revoked={query.orgRevoked === '1'} />
      <ResultHelp entries={localHelp} state={view.place.state} language={view.language} />
      <section className="dc-section usa-prose" aria-labelledby="notice-copy">
        <h2 id="notice-copy">{t('copyHeading')}</h2>
        <p>{t('copyText')}</p>
        <NoticeCopyForm />
      </section>
    </div>
  );
}
