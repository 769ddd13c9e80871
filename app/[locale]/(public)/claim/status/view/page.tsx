import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { buildClaimStatusView, type ClaimStatusView } from '@/lib/claims/status-view';
import { claimSessionCookieName, readClaimSession } from '@/lib/claims/status-session';
import { formatLongDate } from '@/lib/intl-dates';
import { type LanguageCode } from '@/lib/languages';
import { formatUsd } from '@/lib/money';
import { getClaimStatusDeps } from '@/server/claim-status';
import { signOutClaimAction } from '../actions';
import { canChangePayment } from '@/lib/claims/payment-change-form';
import { ChangePaymentLink, PaymentChangedAlert, PaymentChangedEntry } from '../change-payment/status-parts';
import { AnswerForm } from '../_components/answer-form';
import { AppealForm } from '../_components/appeal-form';
import { LocalDate } from '../_components/local-date';
import { ClaimSessionNote } from '../_components/session-note';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ClaimStatus');
  return { title: t('viewMetaTitle') };
}

// Amounts as the claim form's pages write them (lib/money.ts: whole dollars without cents), left to right in
// right-to-left text.
const usd = (locale: LanguageCode, cents: number) => <bdi dir="ltr">{formatUsd(locale, cents)}</bdi>;

async function Dates({ view, locale }: { view: ClaimStatusView; locale: LanguageCode }) {
  const t = await getTranslations('ClaimStatus');
  const rows: [string, string, string][] = [];
  if (view.request) rows.push(['cure-by', t('answerByLabel'), formatLongDate(locale, view.request.cureBy)]);
  if (view.appealBy) rows.push(['appeal-by', t('appealByLabel'), formatLongDate(locale, view.appealBy)]);
  rows.push(['claims-deadline', t('deadlineLabel'), formatLongDate(locale, view.claimsDeadline)]);
  rows.push(['file-by', t('fileByLabel'), formatLongDate(locale, view.fileBy)]);
  return (
    <section className="dc-section usa-prose" aria-labelledby="dates">
      <h2 id="dates">{t('datesHeading')}</h2>
      <dl className="dc-claim-facts">
        {rows.map(([id, label, value]) => (
          <div key={id} data-testid={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('fileByNote')}</p>
    </section>
  );
}

async function Request({ view, locale }: { view: ClaimStatusView; locale: LanguageCode }) {
  const t = await getTranslations('ClaimStatus');
  const request = view.request!;
  return (
    <section className="dc-section usa-prose" aria-labelledby="request" data-testid="request">
      <h2 id="request">{t('requestHeading')}</h2>
      <p>{t('requestLead')}</p>
      <ul>
        {request.reasons.map((code, i) => (
          <li key={`${code}-${i}`}>{t(`requestReason.${code}`)}</li>
        ))}
      </ul>
      {request.answerable ? (
        <>
          <p>
            <strong>{t('answerBy', { date: formatLongDate(locale, request.cureBy) })}</strong>
          </p>
          <AnswerForm />
          <p>
            {t('documentsText')} <Link href="/claim/documents">{t('documentsLink')}</Link>
          </p>
        </>
      ) : (
        <p data-testid="request-closed">{t('requestClosed')}</p>
      )}
    </section>
  );
}

/** A denied claim: the form to ask for an appeal while it takes one, or when the person asked. */
async function Appeal({ view, locale }: { view: ClaimStatusView; locale: LanguageCode }) {
  const t = await getTranslations('ClaimStatus');
  if (view.appeal.open && view.appeal.askedAt) {
    return (
      <section className="dc-section usa-prose" aria-labelledby="appeal" data-testid="appeal-asked">
        <h2 id="appeal">{t('appealHeading')}</h2>
        <p>{t('appealOpen', { date: formatLongDate(locale, view.appeal.askedAt.slice(0, 10)) })}</p>
      </section>
    );
  }
  if (!view.appeal.askable || !view.appealBy) return null;
  return (
    <section className="dc-section usa-prose" aria-labelledby="appeal" data-testid="appeal">
      <h2 id="appeal">{t('appealHeading')}</h2>
      <p>{t('appealLead', { date: formatLongDate(locale, view.appealBy) })}</p>
      <AppealForm />
    </section>
  );
}

// The person's own claim, opened with its number and PIN. Reading the cookie makes the page dynamic;
// next.config.ts adds Cache-Control: no-store. Each build of the view is written to the audit log.
export default async function ClaimStatusViewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const jar = await cookies();
  const [deps, t, localeString, params] = await Promise.all([
    getClaimStatusDeps(),
    getTranslations('ClaimStatus'),
    getLocale(),
    searchParams,
  ]);
  const locale = localeString as LanguageCode;
  const session = readClaimSession(jar.get(claimSessionCookieName)?.value, deps);
  const view = session ? await buildClaimStatusView(session.claimId, deps) : null;
  if (!session || !view) {
    return (
      <div className="grid-container dc-page usa-prose" data-testid="session-expired">
        <h1>{t('expiredTitle')}</h1>
        <p className="usa-intro">{t('expired', { minutes: Math.round(deps.config.sessionTtlMs / 60_000) })}</p>
        <p>
          <Link className="usa-button" href="/claim/status">
            {t('lookUpAgain')}
          </Link>
        </p>
      </div>
    );
  }
  const decidedPart = view.reason !== null;
  return (
    <div className="grid-container dc-page" data-testid="claim-status">
      <div className="usa-prose">
        <h1>{t('viewTitle')}</h1>
        <p className="usa-intro">
          <span data-testid="claim-number">{t('claimNumberIs', { claimNumber: `\u2066${view.claimNumber}\u2069` })}</span>
          <br />
          {t('filedOn', { date: formatLongDate(locale, view.filedOn.slice(0, 10)) })}
        </p>
        <ClaimSessionNote expiresAt={session.expiresAt} remainingMs={Math.max(0, session.expiresAt - deps.now().getTime())} />
      </div>
      {params.answered === '1' && view.answeredAt && (
        <div className="usa-alert usa-alert--success dc-form-alert" role="status" data-testid="answered">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('answeredHeading')}</h2>
            <p className="usa-alert__text">{t('answered')}</p>
          </div>
        </div>
      )}
      {params.appealed === '1' && view.appeal.open && (
        <div className="usa-alert usa-alert--success dc-form-alert" role="status" data-testid="appealed">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('appealAskedHeading')}</h2>
            <p className="usa-alert__text">{t('appealAsked')}</p>
          </div>
        </div>
      )}
      {(params.paymentChanged === '1' || params.paymentChanged === 'held') && view.history.at(-1)?.event === 'payment_changed' && (
        <PaymentChangedAlert held={params.paymentChanged === 'held'} />
      )}
      <section className="dc-section usa-prose dc-claim-now" aria-labelledby="now" data-testid="status">
        <h2 id="now">{t('nowHeading')}</h2>
        <p className="dc-claim-state" data-status={view.status}>
          {t(`statusTitle.${view.status}`)}
        </p>
        <p>{t(`statusText.${view.status}`, { method: view.paymentMethod })}</p>
        {canChangePayment(view.status) && <ChangePaymentLink />}
      </section>
      {view.request && <Request view={view} locale={locale} />}
      {decidedPart && (
        <section className="dc-section usa-prose" aria-labelledby="reason" data-testid="reason">
          <h2 id="reason">{t('reasonHeading')}</h2>
          <p>{t(`decisionReason.${view.reason!}`)}</p>
        </section>
      )}
      {view.status === 'denied' && <Appeal view={view} locale={locale} />}
      <section className="dc-section usa-prose" aria-labelledby="amounts">
        <h2 id="amounts">{t('amountsHeading')}</h2>
        <dl className="dc-claim-facts">
          <div data-testid="claimed">
            <dt>{t('claimedLabel')}</dt>
            <dd>{usd(locale, view.claimedCents)}</dd>
          </div>
          {view.approvedCents !== null && (
            <div data-testid="approved">
              <dt>{t('approvedLabel')}</dt>
              <dd>{usd(locale, view.approvedCents)}</dd>
            </div>
          )}
        </dl>
      </section>
      <Dates view={view} locale={locale} />
      <section className="dc-section usa-prose" aria-labelledby="history">
        <h2 id="history">{t('historyHeading')}</h2>
        <ol className="usa-list usa-list--unstyled dc-claim-history" data-testid="history">
          {[...view.history].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <LocalDate at={e.at} />:{' '}
              {e.event === 'appeal_asked' ? (
                <strong data-event="appeal_asked">{t('historyAppealAsked')}</strong>
              ) : e.event === 'payment_changed' ? (
                <>
                  <PaymentChangedEntry /> ({t('byYou')})
                </>
              ) : (
                <>
                  <strong>{t(`statusTitle.${e.status}`)}</strong> ({e.by === 'you' ? t('byYou') : t('byReviewTeam')})
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
      <form action={signOutClaimAction} className="dc-section">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="usa-button usa-button--outline">
          {t('signOut')}
        </button>
      </form>
    </div>
  );
}
