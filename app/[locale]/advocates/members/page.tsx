import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listMembers } from '@/lib/orgs/members';
import { requireMember } from '@/server/org-session';
import { getOrgDeps } from '@/server/orgs';
import { ErrorSummary } from '../../(public)/check/_components/error-summary';
import { TextField } from '../../(public)/check/_components/fields';
import { formatDay } from '../_components/dates';
import { param } from '../_components/form-bits';
import { disableMemberAction, inviteMemberAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Advocates.members');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const errorCodes = ['invalid_email', 'invalid_role', 'already_member', 'self', 'last_admin', 'not_found'] as const;
type ErrorCode = (typeof errorCodes)[number];
const fieldOf: Partial<Record<ErrorCode, string>> = { invalid_email: 'email', already_member: 'email', invalid_role: 'role-advocate' };

// An org admin's list of the organization's members, the invitation form, and a Disable button per member.
export default async function MembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireMember(locale, { role: 'org_admin' });
  const [query, t, tr, ts] = await Promise.all([
    searchParams,
    getTranslations('Advocates.members'),
    getTranslations('Advocates.roles'),
    getTranslations('Advocates.signIn'),
  ]);
  const listed = await listMembers(await getOrgDeps(), admin);
  const members = listed.ok ? listed.data : [];
  const raw = param(query.error);
  const error = errorCodes.find((c) => c === raw);
  const done = param(query.done);
  const message = error === 'invalid_email' ? ts('invalidEmail') : error ? t(`errors.${error}`) : undefined;
  const field = error ? fieldOf[error] : undefined;
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
      </div>
      {done && (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{done === 'invited' ? t('invitedDone') : t('disabledDone')}</p>
          </div>
        </div>
      )}
      <ErrorSummary items={message && field ? [{ targetId: field, text: message }] : []} attempt={0} />
      {message && !field && (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message}</p>
          </div>
        </div>
      )}
      <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={t('title')}>
        <table className="usa-table usa-table--stacked">
          <caption>{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('action')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row" data-label={t('email')}>
                  <span dir="ltr">{m.email}</span>
                  {m.id === admin.memberId && ` (${t('you')})`}
                </th>
                <td data-label={t('role')}>{tr(m.role === 'org_admin' ? 'org_admin' : 'advocate')}</td>
                <td data-label={t('status')}>
                  {m.disabledAt
                    ? t('disabledOn', { date: formatDay(locale, m.disabledAt) })
                    : m.joinedAt
                      ? t('joinedOn', { date: formatDay(locale, m.joinedAt) })
                      : t('invitedOn', { date: formatDay(locale, m.invitedAt) })}
                </td>
                <td data-label={t('action')}>
                  {!m.disabledAt && m.id !== admin.memberId && (
                    <form action={disableMemberAction} method="post">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="memberId" value={m.id} />
                      <button type="submit" className="usa-button usa-button--secondary" aria-label={t('disableLabel', { email: m.email })}>
                        {t('disable')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="dc-section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('inviteTitle')}</h2>
        <p>{t('inviteLead')}</p>
        <form action={inviteMemberAction} method="post" noValidate className="usa-form usa-form--large">
          <input type="hidden" name="locale" value={locale} />
          <TextField
            id="email"
            name="email"
            label={ts('emailLabel')}
            hint={ts('emailHint')}
            error={field === 'email' ? message : undefined}
            defaultValue=""
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
          />
          <fieldset className={`usa-fieldset usa-form-group${field === 'role-advocate' ? ' usa-form-group--error' : ''}`}>
            <legend className="usa-legend">{t('roleLegend')}</legend>
            {field === 'role-advocate' && <span className="usa-error-message">{message}</span>}
            {(['advocate', 'org_admin'] as const).map((role) => (
              <div className="usa-radio" key={role}>
                <input
                  className="usa-radio__input"
                  id={`role-${role}`}
                  type="radio"
                  name="role"
                  value={role}
                  defaultChecked={role === 'advocate'}
                />
                <label className="usa-radio__label" htmlFor={`role-${role}`}>
                  {tr(role)}
                </label>
              </div>
            ))}
          </fieldset>
          <button className="usa-button dc-submit" type="submit">
            {t('submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
