'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '../../../(public)/check/_components/error-summary';
import { SubmitButton } from '../../../(public)/check/_components/submit-button';
import { TextField } from '../../../(public)/check/_components/fields';
import { addAuthorizationAction, openCaseAction } from '../actions';
import { initialCaseFormState, type CaseFormState } from '../form-state';

type Language = { code: string; name: string };

const kinds = ['form_8821', 'form_2848', 'signed_consent'] as const;
const scopes = ['status', 'copies', 'claim'] as const;
// The order of the fields on the page, for the error summary, and the element each message links to.
const order = ['label', 'language', 'kind', 'scopes', 'cafNumber', 'startsOn', 'expiresOn', 'file'] as const;
const targetOf: Record<(typeof order)[number], string> = {
  label: 'label',
  language: 'language',
  kind: 'kind-form_8821',
  scopes: 'scope-status',
  cafNumber: 'cafNumber',
  startsOn: 'startMonth',
  expiresOn: 'endMonth',
  file: 'file',
};

function DateField(p: { prefix: 'start' | 'end'; legend: string; error?: string; values: Record<string, string> }) {
  const t = useTranslations('OrgCases');
  const errorId = `${p.prefix}-error`;
  return (
    <div className={`usa-form-group${p.error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset">
        <legend className={`usa-legend${p.error ? ' usa-label--error' : ''}`}>{p.legend}</legend>
        <span className="usa-hint" id={`${p.prefix}-hint`}>
          {t('dateHint')}
        </span>
        {p.error && (
          <span className="usa-error-message" id={errorId}>
            {p.error}
          </span>
        )}
        <div className="usa-memorable-date">
          {(['Month', 'Day', 'Year'] as const).map((part) => {
            const id = `${p.prefix}${part}`;
            return (
              <div key={part} className={`usa-form-group usa-form-group--${part.toLowerCase()}`}>
                <label className="usa-label" htmlFor={id}>
                  {t(part === 'Month' ? 'month' : part === 'Day' ? 'day' : 'year')}
                </label>
                <input
                  className={`usa-input${p.error ? ' usa-input--error' : ''}`}
                  id={id}
                  name={id}
                  type="text"
                  inputMode="numeric"
                  maxLength={part === 'Year' ? 4 : 2}
                  defaultValue={p.values[id] ?? ''}
                  aria-describedby={p.error ? `${p.prefix}-hint ${errorId}` : `${p.prefix}-hint`}
                  aria-invalid={p.error ? true : undefined}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function Choices(p: {
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; id: string; label: string; checked: boolean }[];
}) {
  const hintId = `${p.name}-hint`;
  const errorId = `${p.name}-error`;
  const describedBy = [p.hint && hintId, p.error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`usa-form-group${p.error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" aria-describedby={describedBy}>
        <legend className={`usa-legend${p.error ? ' usa-label--error' : ''}`}>{p.legend}</legend>
        {p.hint && (
          <span className="usa-hint" id={hintId}>
            {p.hint}
          </span>
        )}
        {p.error && (
          <span className="usa-error-message" id={errorId}>
            {p.error}
          </span>
        )}
        {p.options.map((o) => (
          <div key={o.value} className={`usa-${p.type}`}>
            <input className={`usa-${p.type}__input`} id={o.id} type={p.type} name={p.name} value={o.value} defaultChecked={o.checked} />
            <label className={`usa-${p.type}__label`} htmlFor={o.id}>
              {o.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** Opens a case (label, language and the authorization) or, with `caseId`, puts a new authorization on file for it. */
export function CaseForm({ caseId, languages, maxMb }: { caseId?: number; languages: Language[]; maxMb: number }) {
  const t = useTranslations('OrgCases');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<CaseFormState, FormData>(
    caseId === undefined ? openCaseAction : addAuthorizationAction,
    initialCaseFormState,
  );
  const errorText = (field: string) => {
    const code = state.fieldErrors[field];
    return code ? t(`error.${code}` as 'error.no_file', { mb: maxMb }) : undefined;
  };
  const fields = order.filter((f) => (caseId === undefined || (f !== 'label' && f !== 'language')) && state.fieldErrors[f]);
  const v = state.values;
  return (
    <form action={formAction} className="usa-form usa-form--large" noValidate>
      {state.notice && (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t(state.notice === 'not_found' ? 'notFound' : 'unavailable')}</p>
          </div>
        </div>
      )}
      <ErrorSummary items={fields.map((f) => ({ targetId: targetOf[f], text: errorText(f)! }))} attempt={state.attempt} />
      <input type="hidden" name="locale" value={locale} />
      {caseId !== undefined && <input type="hidden" name="caseId" value={caseId} />}
      {caseId === undefined && (
        <>
          <TextField
            id="label"
            name="label"
            label={t('labelLabel')}
            hint={t('labelHint')}
            error={errorText('label')}
            defaultValue={v.label ?? ''}
            autoComplete="off"
          />
          <div className={`usa-form-group${errorText('language') ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor="language">
              {t('languageLabel')}
            </label>
            <span className="usa-hint" id="language-hint">
              {t('languageHint')}
            </span>
            {errorText('language') && (
              <span className="usa-error-message" id="language-error">
                {errorText('language')}
              </span>
            )}
            {/* React's reset of the form after its action restores a select's first option, not its default value: a new
                element per attempt shows the value that was chosen. */}
            <select
              key={state.attempt}
              className="usa-select"
              id="language"
              name="language"
              defaultValue={v.language ?? ''}
              aria-describedby={errorText('language') ? 'language-hint language-error' : 'language-hint'}
            >
              <option value="">-</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <Choices
        name="kind"
        type="radio"
        legend={t('kindLegend')}
        error={errorText('kind')}
        options={kinds.map((k) => ({ value: k, id: `kind-${k}`, label: t(`kind.${k}`), checked: v.kind === k }))}
      />
      <Choices
        name="scopes"
        type="checkbox"
        legend={t('scopesLegend')}
        hint={t('scopesHint')}
        error={errorText('scopes')}
        options={scopes.map((s) => ({ value: s, id: `scope-${s}`, label: t(`scope.${s}`), checked: state.scopes.includes(s) }))}
      />
      <TextField
        id="cafNumber"
        name="cafNumber"
        label={t('cafLabel')}
        hint={t('cafHint')}
        error={errorText('cafNumber')}
        defaultValue={v.cafNumber ?? ''}
        autoComplete="off"
        width="md"
      />
      <DateField prefix="start" legend={t('startLegend')} error={errorText('startsOn')} values={v} />
      <DateField prefix="end" legend={t('endLegend')} error={errorText('expiresOn')} values={v} />
      <div className={`usa-form-group${errorText('file') ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="file">
          {t('fileLabel')}
        </label>
        <span className="usa-hint" id="file-hint">
          {t('fileHint', { mb: maxMb })}
        </span>
        {errorText('file') && (
          <span className="usa-error-message" id="file-error">
            {errorText('file')}
          </span>
        )}
        <input
          className="usa-file-input__input"
          id="file"
          name="file"
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          aria-describedby={errorText('file') ? 'file-hint file-error' : 'file-hint'}
          aria-invalid={errorText('file') ? true : undefined}
        />
      </div>
      <SubmitButton label={t(caseId === undefined ? 'submitOpen' : 'submitAdd')} pending={pending} />
    </form>
  );
}
