import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import QRCode from 'qrcode';
import { secondFactorStage } from '@/lib/orgs/second-factor';
import { currentMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { ErrorSummary } from '../../(public)/check/_components/error-summary';
import { TextField } from '../../(public)/check/_components/fields';
import { param } from '../_components/form-bits';
import { secondFactorAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.secondFactor');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// After the link: the first time, enrol an authenticator app (QR code drawn here, on the server, and the key
// as text); later, its code. Nothing else of the member area opens before this is done.
export default async function SecondFactorPage({ params, searchParams }: Props) {
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations('Advocates.secondFactor')]);
  const member = await currentMember();
  if (!member) redirect(`/${locale}/advocates/sign-in`);
  if (member.secondFactor) redirect(`/${locale}/advocates`);
  const stage = await secondFactorStage(await getOrgDeps(), member);
  const error = param(query.error);
  const message = error === 'locked' ? t('locked') : error === 'wrong_code' ? t('wrongCode') : undefined;
  const qr =
    stage.kind === 'enrol'
      ? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(stage.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })).toString('base64')}`
      : null;
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{stage.kind === 'enrol' ? t('enrolTitle') : t('codeTitle')}</h1>
        <p className="usa-intro">{stage.kind === 'enrol' ? t('enrolLead') : t('codeLead')}</p>
      </div>
      <ErrorSummary items={message ? [{ targetId: 'code', text: message }] : []} attempt={0} />
      {stage.kind === 'enrol' && qr && (
        <div className="usa-prose">
          <p>{t('scan')}</p>
          <img src={qr} alt={t('qrAlt')} width={220} height={220} />
          <p>
            {t('keyLabel')}: <code data-testid="totp-secret">{stage.secret}</code>
          </p>
        </div>
      )}
      <form action={secondFactorAction} method="post" noValidate className="usa-form">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="code"
          name="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          error={message}
          defaultValue=""
          autoComplete="one-time-code"
          inputMode="numeric"
          width="sm"
        />
        <button className="usa-button dc-submit" type="submit">
          {t('submit')}
        </button>
      </form>
    </div>
  );
}
