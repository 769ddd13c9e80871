'use client';
import { useRef, useState, type FormEvent } from 'react';

type Answer = { ok: true; data: { uploadId: number } } | { ok: false; error: string };

/** Posts the file with fetch so a refusal is shown here, next to the field, with its reason. */
export function UploadForm({ maxMb }: { maxMb: number }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setError('Choose a CSV file to upload.');
    if (file.size > maxMb * 1024 * 1024) return setError(`The file is larger than the ${maxMb} MB limit.`);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(event.currentTarget.action, {
        method: 'POST',
        body: new FormData(event.currentTarget),
        headers: { Accept: 'application/json' },
      });
      const answer = (await res.json().catch(() => null)) as Answer | null;
      if (answer?.ok) return window.location.assign(`/admin/imports/${answer.data.uploadId}`);
      setError(answer && !answer.ok ? answer.error : `The upload failed (HTTP ${res.status}). Try again.`);
    } catch {
      setError('The upload did not arrive whole (the connection may have dropped). Try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form action="/admin/imports/upload" method="post" encType="multipart/form-data" className="usa-form usa-form--large" onSubmit={submit}>
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <a href="#file">{error}</a>
            </p>
          </div>
        </div>
      )}
      <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor="file">
          CSV file of disclosed records
        </label>
        <span className="usa-hint" id="file-hint">
          UTF-8, at most {maxMb} MB, with the header described below.
        </span>
        {error && (
          <span className="usa-error-message" id="file-error">
            {error}
          </span>
        )}
        <input
          ref={input}
          className="usa-file-input__input"
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
        />
      </div>
      <button className="usa-button" type="submit" disabled={busy}>
        {busy ? 'Uploading…' : 'Upload and import'}
      </button>
    </form>
  );
}
