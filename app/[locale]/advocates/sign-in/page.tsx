import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { ErrorSummary } from '../../(public)/check/_components/error-summary';
import { TextField } from '../../(public)/check/_components/fields';
import { param } from '../_components/form-bits';
import { requestLinkAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.signIn');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The member's sign-in: one field. The answer never says whether the email is a member's.
export default async function AdvocateSignInPage({ params, searchParams }: Props) {
  await connection();
  const [{ locale }, query, t] = await Promise.all([params, searchParams, getTranslations('Advocates.signIn')]);
  const error = param(query.error);
  const fieldError = error === 'invalid_email' ? t('invalidEmail') : undefined;
  const notice = error === 'rate_limited' ? t('rateLimited') : error === 'unavailable' ? t('unavailable') : undefined;
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
      </div>
      <ErrorSummary items={fieldError ? [{ targetId: 'email', text: fieldError }] : []} attempt={0} />
      {notice && (
        <div className="usa-alert usa-alert--warning" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      <form action={requestLinkAction} method="post" noValidate className="usa-form usa-form--large">
        <input type="hidden" name="locale" value={locale} />
        <TextField
          id="email"
          name="email"
          label={t('emailLabel')}
          hint={t('emailHint')}
          error={fieldError}
          defaultValue=""
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
        />
        <button className="usa-button dc-submit" type="submit">
          {t('submit')}
        </button>
      </form>
      <p className="dc-note-plain">{t('notMember')}</p>
    </div>
  );
}
