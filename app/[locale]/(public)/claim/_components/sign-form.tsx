'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '../../check/_components/error-summary';
import { TextField } from '../../check/_components/fields';
import { Alert } from '../../check/_components/form-notices';
import { SubmitButton } from '../../check/_components/submit-button';
import { fileClaimAction } from '../actions';
import { initialSignState } from '../form-state';
import { useProblemText } from './problem-text';

// The signature: the declaration's box and the typed name. Pressing twice files once (the button says it
// is working, and the database holds one claim per record whatever arrives).
export function SignForm({ assisted = false }: { assisted?: boolean }) {
  const t = useTranslations('Claim');
  const locale = useLocale();
  const problemText = useProblemText();
  const [state, formAction, pending] = useActionState(fileClaimAction, initialSignState);
  const errors = state.fieldErrors;
  const declarationError = errors.declaration ? problemText('declaration', errors.declaration) : undefined;
  const nameError = errors.signedName ? problemText('signedName', errors.signedName) : undefined;
  const items = [
    ...(declarationError ? [{ targetId: 'declaration', text: declarationError }] : []),
    ...(nameError ? [{ targetId: 'signed-name', text: nameError }] : []),
  ];
  return (
    <>
      <ErrorSummary items={items} attempt={state.attempt} />
      {state.assistedRefused && (
        <Alert kind="error" heading={t('signTitle')} testId="assisted-refused">
          <p className="usa-alert__text">{t('assistedRefused')}</p>
        </Alert>
      )}
      {state.errorId && (
        <Alert kind="error" heading={t('signTitle')} testId="unavailable">
          <p className="usa-alert__text">{t('unavailable', { errorId: state.errorId })}</p>
        </Alert>
      )}
      <form
        key={state.attempt}
        data-attempt={state.attempt}
        action={formAction}
        noValidate
        className="usa-form usa-form--large dc-claim-form"
      >
        <input type="hidden" name="locale" value={locale} />
        <div className={`usa-form-group${declarationError ? ' usa-form-group--error' : ''}`}>
          {declarationError && (
            <span className="usa-error-message" id="declaration-error">
              {declarationError}
            </span>
          )}
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input usa-checkbox__input--tile"
              id="declaration"
              type="checkbox"
              name="declaration"
              value="yes"
              defaultChecked={state.values.declaration}
              aria-describedby={declarationError ? 'declaration-error' : undefined}
              aria-invalid={declarationError ? true : undefined}
            />
            <label className="usa-checkbox__label" htmlFor="declaration">
              {t('declarationCheckbox')}
            </label>
          </div>
        </div>
        <TextField
          id="signed-name"
          name="signed_name"
          label={t(assisted ? 'assistedSignedNameLabel' : 'signedNameLabel')}
          error={nameError}
          defaultValue={state.values.signedName}
          autoComplete="name"
          spellCheck={false}
        />
        <SubmitButton label={t('signButton')} pending={pending} />
      </form>
    </>
  );
}
