'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '../_components/error-summary';
import { Field } from '../_components/field';
import { RoleOptions } from './role-options';
import { createUserAction } from './actions';

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <>
      {state?.ok ? (
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">Account created for {state.data.email}</h3>
            <p className="usa-alert__text">
              Temporary password: <code data-testid="temporary-password">{state.data.temporaryPassword}</code>. Give it to them in person or
              by phone, not by email; it is not shown again. They set up an authenticator app and then choose their own password when they
              first sign in.
            </p>
          </div>
        </div>
      ) : null}
      <form className="usa-form" action={action} noValidate>
        {error ? <ErrorSummary message={error.message} fields={error.fields} /> : null}
        <Field
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          error={error?.fields?.email}
        />
        <div className={`usa-form-group${error?.fields?.role ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="field-role">
            Role
          </label>
          {error?.fields?.role ? (
            <span className="usa-error-message" id="field-role-error">
              {error.fields.role}
            </span>
          ) : null}
          <select className="usa-select" id="field-role" name="role" defaultValue="" required>
            <option value="" disabled>
              - Choose a role -
            </option>
            <RoleOptions />
          </select>
        </div>
        <button className="usa-button" type="submit" disabled={pending}>
          Create account
        </button>
      </form>
    </>
  );
}
