import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { buildClaimFormView } from '@/lib/claims/form-view';
import { languages, type LanguageCode } from '@/lib/languages';
import { parseClaimDetails } from '@/lib/validation/claims';
import { AnswerList, type AnswerRow } from '../_components/answer-list';
import { AlreadyFiled, Money, SessionExpired, StepNote } from '../_components/claim-views';
import { claimContext, findExistingClaim, readDraft } from '../_lib/claim-context';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Claim');
  return { title: t('answersMetaTitle') };
}

// Step 2: everything typed, read back from the sealed draft, each with a link to change it. Nothing is filed.
export default async function CheckAnswersPage() {
  const ctx = await claimContext();
  const { deps, session } = ctx;
  const [t, locale] = await Promise.all([getTranslations('Claim'), getLocale() as Promise<LanguageCode>]);
  if (!session) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  const existing = await findExistingClaim(deps, session);
  if (existing) return <AlreadyFiled claimNumber={existing.claimNumber} />;
  const draft = readDraft(ctx);
  const parsed = draft ? parseClaimDetails(draft) : null;
  if (!parsed?.ok) redirect(`/${locale}/claim`);
  const view = await buildClaimFormView(session.recordId, session.via, 'claim_answers', deps, session.assisted);
  if (!view) return <SessionExpired minutes={Math.round(deps.config.sessionTtlMs / 60_000)} />;
  const details = parsed.value;
  const change = (field: string) => ({ href: `/claim#${field}`, text: t('change') });
  const none = <span className="dc-muted">{t('none')}</span>;
  const payment = details.payment;
  const rows: AnswerRow[] = [
    { label: t('statutoryRow'), value: <Money locale={locale} cents={view.entitlement.statutoryCents} />, testId: 'answer-statutory' },
    {
      label: t('actualRow'),
      value: details.actual ? <Money locale={locale} cents={details.actual.amountCents} /> : none,
      change: change(details.actual ? 'actual-amount' : 'actual-no'),
      testId: 'answer-actual',
    },
    ...(details.actual
      ? [
          {
            label: t('descriptionRow'),
            value: <span className="dc-pre">{details.actual.description}</span>,
            change: change('actual-description'),
          },
        ]
      : []),
    { label: t('emailLabel'), value: details.email ?? none, change: change('email') },
    { label: t('phoneLabel'), value: details.phone ? <bdi dir="ltr">{details.phone}</bdi> : none, change: change('phone') },
    { label: t('languageLabel'), value: languages[details.language].endonym, change: change('language') },
    {
      label: t('paymentRow'),
      value: payment.method === 'check' ? t('payCheck') : t('payDeposit'),
      change: change(payment.method === 'check' ? 'pay-check' : 'pay-deposit'),
      testId: 'answer-payment',
    },
    ...(payment.method === 'check'
      ? [
          {
            label: t('checkHeading'),
            value: (
              <bdi dir="ltr" className="dc-address-lines">
                {payment.lines.map((line) => (
                  <span key={line}>{line}</span>
                ))}
              </bdi>
            ),
            change: change('street'),
          },
        ]
      : [
          { label: t('routingLabel'), value: <bdi dir="ltr">{payment.routingNumber}</bdi>, change: change('routing-number') },
          {
            label: t('accountRow'),
            value: t('accountEnding', { type: payment.accountType, last4: payment.accountNumber.slice(-4) }),
            change: change('account-number'),
          },
          { label: t('holderLabel'), value: <bdi dir="ltr">{payment.accountHolder}</bdi>, change: change('account-holder') },
        ]),
  ];
  return (
    <div className="grid-container dc-page" data-testid="claim-answers">
      <div className="usa-prose">
        <StepNote step={2} />
        <h1>{t('answersTitle')}</h1>
        <p className="usa-intro">{t('answersLead')}</p>
      </div>
      <AnswerList rows={rows} />
      <p>
        <a className="usa-button dc-submit" href={`/${locale}/claim/sign`}>
          {t('continueToSign')}
        </a>
      </p>
    </div>
  );
}
