// The end of a "count first, then act" form: what the count found (announced politely), a button to count
// again and, once counted, the button that acts.
export function CountAndSubmit({
  pending,
  counted,
  submit,
}: {
  pending: boolean;
  /** `detail` (optional) goes under the text, inside the same announced box: a breakdown or a sample. */
  counted: { heading: string; text: string; detail?: React.ReactNode } | null;
  submit: { label: string; intent: string; allowed: boolean };
}) {
  return (
    <>
      <div aria-live="polite" className="margin-top-3">
        {counted && (
          <div className="usa-summary-box" role="status">
            <div className="usa-summary-box__body">
              <h2 className="usa-summary-box__heading">{counted.heading}</h2>
              <p className="usa-summary-box__text">{counted.text}</p>
              {counted.detail}
            </div>
          </div>
        )}
      </div>
      <div className="margin-top-3">
        <button className="usa-button usa-button--outline" type="submit" name="intent" value="count" disabled={pending}>
          Count records
        </button>
        {counted && submit.allowed && (
          <button className="usa-button" type="submit" name="intent" value={submit.intent} disabled={pending}>
            {submit.label}
          </button>
        )}
      </div>
    </>
  );
}
