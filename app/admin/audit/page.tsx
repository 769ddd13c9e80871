import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listAuditActions } from '@/db/queries/audit-search';
import { searchAudit, type AuditQuery } from '@/lib/admin/audit';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { getHasher } from '@/lib/keys';
import { ColumnHeads } from '../_components/tables';
import { VerifyChainForm } from './verify-form';
import { AdminPage } from '../_components/admin-page';
import { actorNamer } from '@/lib/admin/staff-names';

export const metadata: Metadata = { title: 'Audit log · Disclosure Check staff' };

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

function pageLink(q: AuditQuery, before: number): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && k !== 'before') p.set(k, String(v));
  p.set('before', String(before));
  return `/admin/audit?${p}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaff('readAudit');
  const who = principalOf(staff);
  const sp = await searchParams;
  const input = Object.fromEntries(['from', 'to', 'actor', 'action', 'recordId', 'outcome', 'before'].map((k) => [k, first(sp[k])]));
  const db = await getDb();
  const [result, actions] = await Promise.all([searchAudit({ db, auditKey: getHasher().auditKey }, who, input), listAuditActions(db)]);
  const name = await actorNamer(db, result.ok ? result.data.rows.map((r) => r.actor) : []);
  const field = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="usa-form-group margin-top-1">
      <label className="usa-label" htmlFor={name}>
        {label}
      </label>
      <input className="usa-input" id={name} name={name} defaultValue={input[name]} {...props} />
    </div>
  );
  return (
    <AdminPage staff={staff}>
      <div className="padding-top-4">
        <h1>Audit log</h1>
        <p className="usa-intro">
          Every entry is chained to the one before it by a keyed hash; verifying walks the whole chain and names the first entry that does
          not match.
        </p>
        <VerifyChainForm />
        <h2>Find entries</h2>
        {!result.ok && (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{result.error}</p>
            </div>
          </div>
        )}
        <form method="get" action="/admin/audit" className="usa-form maxw-none">
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-3">{field('from', 'From (UTC date)', { type: 'date' })}</div>
            <div className="tablet:grid-col-3">{field('to', 'To (UTC date, included)', { type: 'date' })}</div>
            <div className="tablet:grid-col-3">{field('actor', 'Actor (staff id or system)')}</div>
            <div className="tablet:grid-col-3">
              <div className="usa-form-group margin-top-1">
                <label className="usa-label" htmlFor="action">
                  Action
                </label>
                <select className="usa-select" id="action" name="action" defaultValue={input.action}>
                  <option value="">Any action</option>
                  {actions.map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="tablet:grid-col-3">{field('recordId', 'Record id', { inputMode: 'numeric' })}</div>
            <div className="tablet:grid-col-3">{field('outcome', 'Outcome (ok, denied, broken…)')}</div>
          </div>
          <button className="usa-button margin-top-2" type="submit">
            Show entries
          </button>
          <a className="usa-button usa-button--unstyled margin-left-2" href="/admin/audit">
            Clear filters
          </a>
        </form>
        {result.ok && (
          <>
            <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Audit log entries">
              <table className="usa-table usa-table--striped width-full">
                <caption>{result.data.rows.length === 0 ? 'No entries match.' : 'Entries, newest first'}</caption>
                <ColumnHeads names={['Entry', 'When (UTC)', 'Actor', 'Action', 'Record', 'Outcome', 'Detail']} />
                <tbody>
                  {result.data.rows.map((r) => (
                    <tr key={r.id}>
                      <td>{r.id}</td>
                      <td>{new Date(r.at).toISOString().replace('T', ' ').slice(0, 19)}</td>
                      <td>{name(r.actor)}</td>
                      <td>{r.action}</td>
                      <td>{r.recordId === null ? '—' : <a href={`/admin/audit?recordId=${r.recordId}`}>{r.recordId}</a>}</td>
                      <td>{r.outcome}</td>
                      <td>
                        <code>
                          {Object.entries(r.detail)
                            .map(([k, v]) => `${k}=${String(v)}`)
                            .join(' ')}
                        </code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {result.data.nextBefore !== null && (
              <p>
                <a className="usa-button usa-button--outline" href={pageLink(result.data.query, result.data.nextBefore)}>
                  Older entries
                </a>
              </p>
            )}
          </>
        )}
      </div>
    </AdminPage>
  );
}
