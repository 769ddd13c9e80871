import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { languageName, loadBatchDetail, previewBatchNotice } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { positiveId } from '@/lib/admin/staff-result';
import { languageDirection } from '@/lib/languages';
import { requireStaff } from '@/app/admin/_lib/guard';
import { noticeTypeLabels } from '../../../_components/labels';
import { batchesAccess } from '../../access';
import { AdminPage } from '../../../_components/admin-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notice preview' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ language?: string }> };

// The email is rendered here, on the server, exactly as the sender renders it, and shown in a sandboxed
// frame (srcdoc: no other origin, no scripts, no forms, no same-origin access) so its styles stay apart.
export default async function BatchPreviewPage({ params, searchParams }: Props) {
  const staff = await requireStaff(batchesAccess['/admin/batches/[id]/preview']);
  const ctx = await adminContext();
  const id = positiveId((await params).id);
  const detail = id === null ? undefined : await loadBatchDetail(ctx.db, id);
  if (!detail) notFound();
  const { batch, languages } = detail;
  const asked = (await searchParams).language;
  const language = languages.some((l) => l.key === asked) ? asked! : languages[0]?.key;
  const preview = language ? await previewBatchNotice(ctx.db, batch, language, ctx) : undefined;
  return (
    <AdminPage staff={staff}>
      <p>
        <a href={`/admin/batches/${batch.id}`}>Back to batch {batch.id}</a>
      </p>
      <h1>
        Preview: {noticeTypeLabels[batch.type] ?? batch.type}, batch {batch.id}
      </h1>
      <p className="usa-intro">The notice as each person will receive it, filled with made-up sample values where their own details go.</p>
      {languages.length === 0 && <p>The selection matches no records, so there is nothing to preview.</p>}
      <nav aria-label="Languages in this batch">
        <ul className="usa-button-group">
          {languages.map((l) => (
            <li className="usa-button-group__item" key={l.key}>
              <a
                className={`usa-button${l.key === language ? '' : ' usa-button--outline'}`}
                href={`/admin/batches/${batch.id}/preview?language=${encodeURIComponent(l.key)}`}
                aria-current={l.key === language ? 'page' : undefined}
              >
                {languageName(l.key)} ({l.count.toLocaleString('en-US')})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {preview && (
        <section aria-labelledby="preview-heading" className="margin-top-3">
          <h2 id="preview-heading">{languageName(preview.language)}</h2>
          {preview.contentLanguage !== preview.language && (
            <div className="usa-alert usa-alert--warning usa-alert--slim">
              <div className="usa-alert__body">
                <p className="usa-alert__text">
                  There is no {languageName(preview.language)} translation yet: these people receive the{' '}
                  {languageName(preview.contentLanguage)} text with a line in their language.
                </p>
              </div>
            </div>
          )}
          <p>
            <strong>Subject:</strong>{' '}
            <span lang={preview.contentLanguage} dir={languageDirection(preview.contentLanguage)}>
              {preview.subject}
            </span>
          </p>
          <iframe
            className="dc-preview-frame"
            title={`Email preview in ${languageName(preview.language)}`}
            sandbox=""
            srcDoc={preview.html}
          />
          <details className="margin-top-2">
            <summary>Plain-text version (also the letter&apos;s text)</summary>
            <pre className="dc-pre-wrap" lang={preview.contentLanguage} dir={languageDirection(preview.contentLanguage)}>
              {preview.text}
            </pre>
          </details>
        </section>
      )}
    </AdminPage>
  );
}
