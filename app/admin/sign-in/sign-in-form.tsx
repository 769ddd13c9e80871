'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '../_components/error-summary';
import { Field } from '../_components/field';
import { signInAction } from './actions';

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form className="usa-form usa-form--large" action={action} noValidate>
      {error ? <ErrorSummary message={error.message} fields={error.fields} /> : null}
      <Field
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        required
        spellCheck={false}
        error={error?.fields?.email}
      />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required error={error?.fields?.password} />
      <Field
        name="code"
        label="Authentication code"
        hint="The 6-digit code from your authenticator app, or one of your recovery codes. Leave it empty only the first time you sign in, before you have set up the app."
        autoComplete="one-time-code"
        inputMode="text"
        spellCheck={false}
        error={error?.fields?.code}
      />
      <button className="usa-button" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
