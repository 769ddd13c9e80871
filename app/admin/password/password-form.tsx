'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary } from '../_components/error-summary';
import { Field } from '../_components/field';
import { changePasswordAction } from './actions';

export function PasswordForm({ minLength }: { minLength: number }) {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  if (state?.ok) {
    const n = state.data.otherSessionsEnded;
    return (
      <>
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Your password is changed.
              {n > 0
                ? ` ${n === 1 ? 'One other session' : `${n} other sessions`} of your account ended; sign in there again with the new password.`
                : ''}
            </p>
          </div>
        </div>
        <p>
          <Link className="usa-button" href="/admin">
            Continue to the staff area
          </Link>
        </p>
      </>
    );
  }
  const error = state && !state.ok ? state.error : null;
  return (
    <form className="usa-form usa-form--large" action={action} noValidate>
      {error ? <ErrorSummary message={error.message} fields={error.fields} /> : null}
      <Field
        name="current"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={error?.fields?.current}
      />
      <Field
        name="next"
        label="New password"
        hint={`At least ${minLength} characters. A few unrelated words make a password that is long and easy to type.`}
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        error={error?.fields?.next}
      />
      <Field
        name="confirm"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        error={error?.fields?.confirm}
      />
      <button className="usa-button" type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
