'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary } from '../_components/error-summary';
import { Field } from '../_components/field';
import { confirmEnrolmentAction } from './actions';

export function EnrolForm() {
  const [state, action, pending] = useActionState(confirmEnrolmentAction, null);
  if (state?.ok) {
    return (
      <section aria-labelledby="recovery-heading">
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Your authenticator app is set up.</p>
          </div>
        </div>
        <h2 id="recovery-heading">Your recovery codes</h2>
        <p>
          Each code signs you in once if you lose your phone. Store them somewhere safe now, such as a password manager:{' '}
          <strong>they will not be shown again.</strong>
        </p>
        <ol className="usa-list dc-admin-codes" data-testid="recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p>
          <Link className="usa-button" href="/admin">
            I have stored them: continue
          </Link>
        </p>
      </section>
    );
  }
  const error = state && !state.ok ? state.error : null;
  return (
    <form className="usa-form usa-form--large" action={action} noValidate>
      {error ? <ErrorSummary message={error.message} fields={error.fields} /> : null}
      <Field
        name="code"
        label="Code from your authenticator app"
        hint="6 digits, for example 123456"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        error={error?.fields?.code}
      />
      <button className="usa-button" type="submit" disabled={pending}>
        {pending ? 'Checking…' : 'Confirm and continue'}
      </button>
    </form>
  );
}
