'use client';
import { useActionState } from 'react';
import { emptyDisposalForm } from '@/lib/admin/form-values';
import { CountAndSubmit } from '../../_components/count-and-submit';
import { ErrorSummary, FieldError } from '../../_components/error-summary';
import { disposalMethodLabels, disposalScopeLabels } from '@/lib/admin/disposal-labels';
import { categoryLabel, categoryLabels } from '../../_components/labels';
import { submitDisposalForm } from '../actions';

const labels: Record<string, string> = {
  month: 'Certification date',
  reference: 'DHS reference',
  method: 'Disposal method',
  methodNote: 'Note on the method',
  scope: 'What it covers',
  categories: 'Categories',
  batchIds: 'Batch numbers',
  noticeCodes: 'Notice codes',
};

const scopes = Object.entries(disposalScopeLabels);
const methods = Object.entries(disposalMethodLabels);

export function DisposalForm() {
  const [result, action, pending] = useActionState(submitDisposalForm, null);
  const shown = result ? (result.ok ? result.data : result.keep) : undefined;
  const state = { counted: shown?.counted, error: result && !result.ok ? result.error.message : undefined };
  const v = shown?.values ?? emptyDisposalForm;
  const e = (result && !result.ok ? result.error.fields : undefined) ?? {};
  const group = (name: string) => `usa-form-group${e[name] ? ' usa-form-group--error' : ''}`;
  const describedBy = (name: string, hint = true) =>
    [hint ? `field-${name}-hint` : '', e[name] ? `field-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form action={action} className="usa-form usa-form--large" noValidate>
      {state.error && <ErrorSummary heading={state.error} fields={e} labels={labels} />}

      <fieldset className={`usa-fieldset ${group('month')}`} aria-describedby={describedBy('month')}>
        <legend className="usa-legend">Certification date</legend>
        <span className="usa-hint" id="field-month-hint">
          The date on DHS&apos;s certification, such as 3 2 2026.
        </span>
        <FieldError name="month" message={e.month} />
        <div className="usa-memorable-date">
          <div className="usa-form-group usa-form-group--month">
            <label className="usa-label" htmlFor="field-month">
              Month
            </label>
            <input className="usa-input" id="field-month" name="month" inputMode="numeric" maxLength={2} defaultValue={v.month} />
          </div>
          <div className="usa-form-group usa-form-group--day">
            <label className="usa-label" htmlFor="field-day">
              Day
            </label>
            <input className="usa-input" id="field-day" name="day" inputMode="numeric" maxLength={2} defaultValue={v.day} />
          </div>
          <div className="usa-form-group usa-form-group--year">
            <label className="usa-label" htmlFor="field-year">
              Year
            </label>
            <input
              className="usa-input"
              id="field-year"
              name="year"
              inputMode="numeric"
              minLength={4}
              maxLength={4}
              defaultValue={v.year}
            />
          </div>
        </div>
      </fieldset>

      <div className={group('reference')}>
        <label className="usa-label" htmlFor="field-reference">
          DHS reference
        </label>
        <span className="usa-hint" id="field-reference-hint">
          As printed on the certification; it appears in each confirmation.
        </span>
        <FieldError name="reference" message={e.reference} />
        <input
          className="usa-input"
          id="field-reference"
          name="reference"
          maxLength={200}
          defaultValue={v.reference}
          aria-describedby={describedBy('reference')}
        />
      </div>

      <fieldset className={`usa-fieldset ${group('method')}`}>
        <legend className="usa-legend" id="field-method">
          Disposal method
        </legend>
        <span className="usa-hint" id="field-method-hint">
          What DHS says it did. The public result shows this choice, translated, never the note below.
        </span>
        <FieldError name="method" message={e.method} />
        {methods.map(([value, label]) => (
          <div className="usa-radio" key={value}>
            <input
              className="usa-radio__input"
              type="radio"
              id={`method-${value}`}
              name="method"
              value={value}
              defaultChecked={v.method === value}
              aria-describedby="field-method-hint"
            />
            <label className="usa-radio__label" htmlFor={`method-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <div className={group('methodNote')}>
        <label className="usa-label" htmlFor="field-methodNote">
          Note on the method (staff only; needed for “another method”)
        </label>
        <span className="usa-hint" id="field-methodNote-hint">
          Such as &quot;Deleted from all ICE systems and backups&quot;. Kept for staff; never shown to the public.
        </span>
        <FieldError name="methodNote" message={e.methodNote} />
        <textarea
          className="usa-textarea"
          id="field-methodNote"
          name="methodNote"
          maxLength={500}
          rows={3}
          defaultValue={v.methodNote}
          aria-describedby={describedBy('methodNote')}
        />
      </div>

      <fieldset className={`usa-fieldset ${group('scope')}`}>
        <legend className="usa-legend" id="field-scope">
          What the certification covers
        </legend>
        <span className="usa-hint">Choose one, then fill in only its own field below.</span>
        <FieldError name="scope" message={e.scope} />
        {scopes.map(([value, label]) => (
          <div className="usa-radio" key={value}>
            <input
              className="usa-radio__input"
              type="radio"
              id={`scope-${value}`}
              name="scope"
              value={value}
              defaultChecked={v.scope === value}
            />
            <label className="usa-radio__label" htmlFor={`scope-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset className={`usa-fieldset ${group('categories')}`}>
        <legend className="usa-legend" id="field-categories">
          Categories (when it covers some categories)
        </legend>
        <FieldError name="categories" message={e.categories} />
        {Object.entries(categoryLabels).map(([value, label]) => (
          <div className="usa-checkbox" key={value}>
            <input
              className="usa-checkbox__input"
              type="checkbox"
              id={`dcat-${value}`}
              name="categories"
              value={value}
              defaultChecked={v.categories.includes(value)}
            />
            <label className="usa-checkbox__label" htmlFor={`dcat-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>

      <div className={group('batchIds')}>
        <label className="usa-label" htmlFor="field-batchIds">
          Batch numbers (when it covers some batches)
        </label>
        <span className="usa-hint" id="field-batchIds-hint">
          Separated by commas, such as 3, 7.
        </span>
        <FieldError name="batchIds" message={e.batchIds} />
        <input
          className="usa-input"
          id="field-batchIds"
          name="batchIds"
          inputMode="numeric"
          defaultValue={v.batchIds}
          aria-describedby={describedBy('batchIds')}
        />
      </div>

      <div className={group('noticeCodes')}>
        <label className="usa-label" htmlFor="field-noticeCodes">
          Notice codes (when it covers some people)
        </label>
        <span className="usa-hint" id="field-noticeCodes-hint">
          One per line, as printed on the notices.
        </span>
        <FieldError name="noticeCodes" message={e.noticeCodes} />
        <textarea
          className="usa-textarea"
          id="field-noticeCodes"
          name="noticeCodes"
          rows={5}
          spellCheck={false}
          autoComplete="off"
          defaultValue={v.noticeCodes}
          aria-describedby={describedBy('noticeCodes')}
        />
      </div>

      <CountAndSubmit
        pending={pending}
        counted={
          state.counted
            ? {
                heading: `${state.counted.matching.toLocaleString('en-US')} records match`,
                text: `${state.counted.notYetCovered.toLocaleString('en-US')} of them have no approved certification yet: once another staff member approves this one, their result page will say DHS certified disposal, and their confirmations will be prepared. Recording makes a draft and changes nothing yet.`,
                detail: state.counted.notYetCovered > 0 && (
                  <>
                    <p className="usa-summary-box__text">
                      By category:{' '}
                      {state.counted.byCategory.map((t) => `${categoryLabel(t.key)} ${t.count.toLocaleString('en-US')}`).join('; ')}.
                    </p>
                    <table className="usa-table usa-table--borderless usa-table--compact" data-testid="disposal-sample">
                      <caption>A sample of the records that would change</caption>
                      <thead>
                        <tr>
                          <th scope="col">Record</th>
                          <th scope="col">Category</th>
                          <th scope="col">Language</th>
                          <th scope="col">State</th>
                        </tr>
                      </thead>
                      <tbody>
                        {state.counted.sample.map((r) => (
                          <tr key={r.id}>
                            <th scope="row">
                              <a href={`/admin/records/${r.id}`}>{r.id}</a>
                            </th>
                            <td>{categoryLabel(r.category)}</td>
                            <td>{r.language}</td>
                            <td>{r.state}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                ),
              }
            : null
        }
        submit={{ label: 'Record draft certification', intent: 'record', allowed: true }}
      />
    </form>
  );
}
