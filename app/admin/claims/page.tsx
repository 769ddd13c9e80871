import type { Metadata } from 'next';
import { listClaimQueue, type QueueFilters } from '@/db/queries/claim-review';
import { claimStatus } from '@/db/schema';
import { allows } from '@/lib/admin/permissions';
import { languageName } from '@/lib/admin/batch-views';
import { actorNamer } from '@/lib/admin/staff-names';
import { claimedCents } from '@/lib/claims/review';
import { holdReasons } from '@/lib/claims/reasons';
import { isLanguageCode, languageCodes } from '@/lib/languages';
import { principalOf } from '@/lib/staff/principal';
import { adminContext } from '@/server/admin-context';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../_components/admin-page';
import { ListTable } from '../_components/list-table';
import { claimsAccess } from './access';
import { AssignButton } from './assign-button';
import { claimStatusLabels, formatClaimNumber, paymentMethodLabels, usd } from './labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claims queue · Disclosure Check staff' };

const pageSize = 50;
type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

/** The filters as the query string gives them; anything unknown is ignored (the filter shows "Any"). */
function readFilters(q: Search, staffId: string): { filters: QueueFilters; afterId: number | null; chosen: Record<string, string> } {
  const status = one(q.status);
  const method = one(q.method);
  const assigned = one(q.assigned);
  const held = one(q.held);
  const language = one(q.language);
  const after = one(q.after);
  const filters: QueueFilters = { staffId };
  const chosen: Record<string, string> = {};
  if ((claimStatus.enumValues as readonly string[]).includes(status)) filters.status = (chosen.status = status) as QueueFilters['status'];
  if (method === 'check' || method === 'direct_deposit') filters.paymentMethod = chosen.method = method;
  if (assigned === 'me' || assigned === 'unassigned') filters.assigned = chosen.assigned = assigned;
  if (held === 'yes' || held === 'no') filters.held = (chosen.held = held) === 'yes';
  if (one(q.signals) === 'yes') filters.signals = Boolean((chosen.signals = 'yes'));
  if (one(q.pending) === 'yes') filters.pendingDecision = Boolean((chosen.pending = 'yes'));
  if (one(q.appeal) === 'asked') filters.appealAsked = Boolean((chosen.appeal = 'asked'));
  if (isLanguageCode(language)) filters.language = chosen.language = language;
  const afterId = /^[0-9]{1,15}$/.test(after) ? Number(after) : null;
  return { filters, afterId, chosen };
}

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div className="usa-form-group margin-top-0 dc-filter">
      <label className="usa-label margin-top-0" htmlFor={`filter-${name}`}>
        {label}
      </label>
      <select className="usa-select" id={`filter-${name}`} name={name} defaultValue={value}>
        <option value="">Any</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ClaimsQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const staff = await requireStaff(claimsAccess['/admin/claims']);
  const who = principalOf(staff);
  const { db } = await adminContext();
  const { filters, afterId, chosen } = readFilters(await searchParams, who.staffId);
  const { rows, nextAfterId } = await listClaimQueue(db, filters, { afterId, limit: pageSize });
  const name = await actorNamer(
    db,
    rows.map((r) => r.assignedTo),
  );
  const canAssign = allows(who, 'reviewClaims');
  const query = (extra: Record<string, string>) => `/admin/claims?${new URLSearchParams({ ...chosen, ...extra }).toString()}`;
  const filtered = Object.keys(chosen).length > 0;
  return (
    <AdminPage staff={staff}>
      <h1>Claims queue</h1>
      <p className="usa-intro">
        Oldest claim first, {pageSize} to a page. Open a claim to review it; a claim with a signal (a bank account or mailing address on
        other claims, many claims from one client address) is marked in the Signals column.
      </p>
      <form method="get" action="/admin/claims" className="usa-form maxw-none dc-filters" aria-label="Filter the queue">
        <div className="dc-filter-row">
          <Select name="status" label="Status" value={chosen.status ?? ''} options={Object.entries(claimStatusLabels)} />
          <Select name="method" label="Payment" value={chosen.method ?? ''} options={Object.entries(paymentMethodLabels)} />
          <Select
            name="assigned"
            label="Assigned"
            value={chosen.assigned ?? ''}
            options={[
              ['me', 'To me'],
              ['unassigned', 'To nobody'],
            ]}
          />
          <Select
            name="held"
            label="On hold"
            value={chosen.held ?? ''}
            options={[
              ['yes', 'On hold'],
              ['no', 'Not on hold'],
            ]}
          />
          <Select name="signals" label="Signals" value={chosen.signals ?? ''} options={[['yes', 'Has a signal']]} />
          <Select name="pending" label="Second reviewer" value={chosen.pending ?? ''} options={[['yes', 'A decision waits for one']]} />
          <Select name="appeal" label="Appeal" value={chosen.appeal ?? ''} options={[['asked', 'Appeal asked, not handled']]} />
          <Select
            name="language"
            label="Language"
            value={chosen.language ?? ''}
            options={languageCodes.map((c) => [c, languageName(c)] as [string, string])}
          />
        </div>
        <div className="usa-button-group margin-top-2">
          <button type="submit" className="usa-button usa-button-group__item">
            Show claims
          </button>
          {filtered && (
            <a className="usa-button usa-button--unstyled usa-button-group__item" href="/admin/claims">
              Clear the filters
            </a>
          )}
        </div>
      </form>
      <h2 className="margin-top-4">{afterId === null ? 'First page' : `Claims after number ${afterId}`}</h2>
      <ListTable
        label="Claims, oldest first"
        columns={[
          { label: 'Claim' },
          { label: 'Status' },
          { label: 'Filed' },
          { label: 'Claimed', numeric: true },
          { label: 'Payment' },
          { label: 'Language' },
          { label: 'Signals' },
          { label: 'Assigned to' },
        ]}
        empty={rows.length === 0 ? (filtered ? 'No claims match these filters.' : 'No claims have been filed yet.') : null}
      >
        {rows.map((r) => {
          const signals = [
            r.sharedPayment && 'Bank account shared',
            r.sharedAddress && 'Address shared',
            r.manyFromClient && 'Many from one client',
            r.paymentChanged && 'Payment details changed after the decision',
          ].filter(Boolean) as string[];
          return (
            <tr key={r.id}>
              <th scope="row">
                <a href={`/admin/claims/${r.id}`}>{formatClaimNumber(r.claimNumber)}</a>
              </th>
              <td>
                {claimStatusLabels[r.status]}
                {r.holdReason && (
                  <>
                    <br />
                    <span className="usa-tag bg-secondary-dark">On hold</span>{' '}
                    <span className="font-sans-3xs">{holdReasons[r.holdReason as keyof typeof holdReasons] ?? r.holdReason}</span>
                  </>
                )}
                {r.pendingDecision && (
                  <>
                    <br />
                    <span className="usa-tag bg-accent-warm-dark">Decision to confirm</span>
                  </>
                )}
                {r.cureBy && <div className="font-sans-3xs">Cure by {r.cureBy}</div>}
                {r.appealBy && <div className="font-sans-3xs">Appeal by {r.appealBy}</div>}
                {r.appealAsked && <div className="font-sans-3xs text-bold">Appeal asked</div>}
              </td>
              <td>{r.declaredAt.toISOString().slice(0, 10)}</td>
              <td className="text-right font-mono-xs">{usd(claimedCents(r))}</td>
              <td>{paymentMethodLabels[r.paymentMethod]}</td>
              <td>{languageName(r.language)}</td>
              <td>{signals.length ? signals.join('; ') : '—'}</td>
              <td>
                {r.assignedTo ? (
                  r.assignedTo === who.staffId ? (
                    'You'
                  ) : (
                    name(r.assignedTo)
                  )
                ) : canAssign ? (
                  <AssignButton claimId={r.id} claimNumber={formatClaimNumber(r.claimNumber)} />
                ) : (
                  'Nobody'
                )}
              </td>
            </tr>
          );
        })}
      </ListTable>
      <nav aria-label="Queue pages" className="margin-y-3">
        <ul className="usa-button-group">
          {afterId !== null && (
            <li className="usa-button-group__item">
              <a className="usa-button usa-button--outline" href={query({})}>
                Back to the first page
              </a>
            </li>
          )}
          {nextAfterId !== null && (
            <li className="usa-button-group__item">
              <a className="usa-button" href={query({ after: String(nextAfterId) })} rel="next">
                Next page
              </a>
            </li>
          )}
        </ul>
      </nav>
    </AdminPage>
  );
}
