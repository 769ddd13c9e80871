import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { countAwaitingPayment, listPaymentExports } from '@/db/queries/payments';
import { allows } from '@/lib/admin/permissions';
import { actorNamer } from '@/lib/admin/staff-names';
import { env } from '@/lib/env';
import { principalOf } from '@/lib/staff/principal';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AdminPage } from '../_components/admin-page';
import { formatDateTime } from '../_components/labels';
import { paymentsAccess } from './access';
import { ExportsPanel, type ExportRow } from './exports-panel';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claim payments · Disclosure Check staff' };

const fmt = (n: number) => n.toLocaleString('en-US');
const dollars = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export default async function PaymentsPage() {
  const staff = await requireStaff(paymentsAccess['/admin/payments']);
  const principal = principalOf(staff);
  const db = await getDb();
  const [waiting, exports] = await Promise.all([countAwaitingPayment(db), listPaymentExports(db)]);
  const name = await actorNamer(
    db,
    exports.flatMap((e) => [e.preparedBy, e.releasedBy]),
  );
  const canPrepare = allows(principal, 'preparePaymentExports');
  const canRelease = allows(principal, 'releasePaymentExports');
  const ach = env().ach;
  const rows: ExportRow[] = exports.map((e) => ({
    id: e.id,
    kind: e.kind,
    state: e.state,
    claims: e.claimCount,
    total: dollars(e.totalCents),
    returned: e.returned,
    sha256: e.fileSha256?.toString('hex') ?? '—',
    prepared: `${formatDateTime(e.preparedAt)} by ${name(e.preparedBy)}`,
    released: e.releasedAt ? `${formatDateTime(e.releasedAt)} by ${name(e.releasedBy)}` : null,
    releaseBlocked: !canRelease
      ? 'A payments officer releases it.'
      : e.preparedBy === principal.staffId
        ? 'You prepared this export: another payments officer must release it.'
        : null,
  }));
  return (
    <AdminPage staff={staff}>
      <h1>Claim payments</h1>
      {ach === null ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              ACH exports are off in this installation (ACH_EXPORTS_ENABLED is not set). Approved direct-deposit claims wait until an
              administrator sets the bank details; check exports work.
            </p>
          </div>
        </div>
      ) : (
        ach.demo && (
          <div className="usa-alert usa-alert--info usa-alert--slim margin-y-2" data-testid="ach-demo">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                DEMO ACH settings: ACH files name a made-up originator ({ach.settings.immediateOriginName}, company ID{' '}
                {ach.settings.companyId}) and are sent to {ach.settings.immediateDestinationName} ({ach.settings.immediateDestination}). No
                bank would accept them. Set the ACH_ variables in README &quot;Configuration&quot; for real files.
              </p>
            </div>
          </div>
        )
      )}

      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">Waiting to be paid</h2>
        <table className="usa-table usa-table--borderless" data-testid="waiting-table">
          <caption>Approved claims with no payment yet, by how they are paid</caption>
          <thead>
            <tr>
              <th scope="col">Payment</th>
              <th scope="col">Claims</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Direct deposit (next ACH export)</th>
              <td className="text-right">{fmt(waiting.ach.claims)}</td>
              <td className="text-right">{dollars(waiting.ach.cents)}</td>
            </tr>
            <tr>
              <th scope="row">
                Check (next check export)
                {waiting.check.reissues > 0 && (
                  <span className="display-block text-normal">
                    including {fmt(waiting.check.reissues)} returned direct deposit{waiting.check.reissues === 1 ? '' : 's'} reissued by
                    check
                  </span>
                )}
              </th>
              <td className="text-right">{fmt(waiting.check.claims)}</td>
              <td className="text-right">{dollars(waiting.check.cents)}</td>
            </tr>
            <tr>
              <th scope="row">Held by a reviewer (never exported while held)</th>
              <td className="text-right">{fmt(waiting.held)}</td>
              <td className="text-right">—</td>
            </tr>
          </tbody>
        </table>
      </section>

      <ExportsPanel
        rows={rows}
        canPrepare={canPrepare}
        canDownload={allows(principal, 'downloadPaymentExports')}
        achAvailable={ach !== null}
      />

      {allows(principal, 'importPaymentReturns') && (
        <section aria-labelledby="returns-heading">
          <h2 id="returns-heading">Returned payments</h2>
          <p>
            When the bank returns direct deposits (an account closed, a wrong number), import its returns file: each payment it names is
            marked returned and its claim is paid again by check in the next check export.
          </p>
          <p>
            <a href="/admin/payments/returns">Import a returns file</a>
          </p>
        </section>
      )}
    </AdminPage>
  );
}
