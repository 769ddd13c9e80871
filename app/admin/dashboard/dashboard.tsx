// The dashboard as a component, so the admin home can render it too. It checks the staff member's role
// itself, wherever it is placed. Counts only; while a batch runs it refreshes every few seconds. The
// remediation overview comes first: one funnel of every record, filterable by language and state (a GET
// form, so it works without JavaScript and the filter is in the address).
import { languageName } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { loadDashboard } from '@/lib/admin/dashboard';
import { funnelStageLabels, funnelStages, type Funnel } from '@/lib/admin/funnel';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AttentionAlert } from '../_components/attention-alert';
import { AutoRefresh } from '../_components/auto-refresh';
import { batchStatusLabels, categoryLabel } from '../_components/labels';
import { manyFromOneClient, type RemediationFilter } from '@/db/queries/dashboard';
import { dashboardAccess } from './access';
import { claimStatusLabels } from '../claims/labels';
import { remediationStages } from './claim-labels';
import { ChartFigure, type Series } from './charts';

// USWDS palette colors with at least 3:1 contrast against white.
const funnelColors: Record<(typeof funnelStages)[number], string> = {
  queued: '#005ea2',
  sent: '#00687d',
  delivered: '#008817',
  bounced: '#c05600',
  failed: '#b50909',
};
const funnelSeries: Series[] = funnelStages.map((s) => ({ key: s, label: funnelStageLabels[s], color: funnelColors[s] }));
const countSeries = (label: string): Series[] => [{ key: 'count', label, color: '#005ea2' }];
const funnelRow = (label: string, f: Funnel) => ({ label, ...Object.fromEntries(funnelStages.map((s) => [s, f[s]])) });

const fmt = (n: number) => n.toLocaleString('en-US');
const wholeDollars = (cents: number) => Math.round(cents / 100);
const share = (n: number, of: number) => (of ? `${Math.round((n / of) * 1000) / 10}%` : '—');

export async function Dashboard({ filter = {} }: { filter?: RemediationFilter }) {
  await requireStaff(dashboardAccess['/admin/dashboard']);
  const d = await loadDashboard((await adminContext()).db, 10, filter);
  const r = d.remediation.overview;
  const c = d.claims;
  const scope = [
    d.remediation.filter.language ? languageName(d.remediation.filter.language) : null,
    d.remediation.filter.state ?? null,
  ].filter(Boolean);
  const coveredShare = d.disposal.totalRecords ? Math.round((d.disposal.covered / d.disposal.totalRecords) * 1000) / 10 : 0;
  return (
    <div className="dc-dashboard">
      <AutoRefresh active={d.running} />
      {d.running && <p className="usa-hint">A batch is sending: these figures update every few seconds.</p>}

      <section aria-labelledby="dash-remediation">
        <h2 id="dash-remediation">Remediation overview{scope.length > 0 ? `: ${scope.join(', ')}` : ''}</h2>
        <form method="get" action="/admin/dashboard" className="usa-form dc-filter-row" aria-label="Filter the remediation overview">
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="filter-language">
              Language
            </label>
            <select className="usa-select" id="filter-language" name="language" defaultValue={d.remediation.filter.language ?? ''}>
              <option value="">All languages</option>
              {d.records.byLanguage.map((t) => (
                <option key={t.key} value={t.key}>
                  {languageName(t.key)}
                </option>
              ))}
            </select>
          </div>
          <div className="usa-form-group">
            <label className="usa-label" htmlFor="filter-state">
              State
            </label>
            <select className="usa-select" id="filter-state" name="state" defaultValue={d.remediation.filter.state ?? ''}>
              <option value="">All states</option>
              {[...d.records.byState]
                .sort((a, b) => a.key.localeCompare(b.key))
                .map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.key}
                  </option>
                ))}
            </select>
          </div>
          <button type="submit" className="usa-button usa-button--outline">
            Show
          </button>
        </form>
        <p data-testid="remediation-summary">
          Of {fmt(r.records)} records, {fmt(r.notified)} ({share(r.notified, r.records)}) were notified, {fmt(r.checked)} (
          {share(r.checked, r.records)}) checked their record, {fmt(r.filedClaim)} ({share(r.filedClaim, r.records)}) filed a claim and{' '}
          {fmt(r.paid)} ({share(r.paid, r.records)}) were paid.
        </p>
        <ChartFigure
          title="Remediation funnel"
          description="Records at each stage. Notified: a notice the provider accepted or a letter mailed. Delivered: an email reported delivered or a letter that did not come back. Checked: the self-check found the record. Paid: a released payment that did not come back."
          horizontal
          labelWidth={280}
          rows={remediationStages.map((s) => ({ label: s.label, count: r[s.key] }))}
          series={countSeries('Records')}
        />
      </section>

      <section aria-labelledby="dash-claims">
        <h2 id="dash-claims">Claims: {fmt(c.byStatus.reduce((sum, t) => sum + t.count, 0))}</h2>
        <ChartFigure
          title="Claims by status"
          horizontal
          labelWidth={220}
          rows={c.byStatus.map((t) => ({ label: (claimStatusLabels as Record<string, string>)[t.key] ?? t.key, count: t.count }))}
          series={countSeries('Claims')}
        />
        <ChartFigure
          title="Amounts (dollars)"
          description="Requested: the greater of the statutory and the actual damages each claim states. Approved: what reviewers decided. Paid: released payments that did not come back."
          rows={[
            { label: 'Requested', amount: wholeDollars(c.requestedCents) },
            { label: 'Approved', amount: wholeDollars(c.approvedCents) },
            { label: 'Paid', amount: wholeDollars(c.paidCents) },
          ]}
          series={[{ key: 'amount', label: 'Dollars', color: '#00687d' }]}
          height={240}
        />
        <table className="usa-table usa-table--borderless" data-testid="claims-figures">
          <caption>Decisions, requests for information, appeals</caption>
          <tbody>
            <tr>
              <th scope="row">Median time from filing to decision</th>
              <td className="text-right">
                {c.medianDaysToDecision === null ? 'No decisions yet' : `${c.medianDaysToDecision} days (${fmt(c.decided)} decided)`}
              </td>
            </tr>
            <tr>
              <th scope="row">Requests for more information (open, lapsed)</th>
              <td className="text-right">
                {fmt(c.informationRequests.total)} ({fmt(c.informationRequests.open)} open, {fmt(c.informationRequests.lapsed)} lapsed)
              </td>
            </tr>
            <tr>
              <th scope="row">Appeals (a denial reopened)</th>
              <td className="text-right">{fmt(c.appeals)}</td>
            </tr>
          </tbody>
        </table>
        <ChartFigure
          title="Fraud and duplicate signals"
          description={`Claims sharing a bank account or a mailing address with another claim; client addresses that filed ${manyFromOneClient} or more claims; claims a reviewer holds; claims whose payment details the person changed after the decision to pay.`}
          horizontal
          labelWidth={280}
          rows={[
            { label: 'Bank account on several claims', count: c.signals.sharedPayment },
            { label: 'Mailing address on several claims', count: c.signals.sharedAddress },
            { label: `Client addresses with ${manyFromOneClient}+ claims`, count: c.signals.busyClients },
            { label: 'Claims from those addresses', count: c.signals.busyClientClaims },
            { label: 'Claims on hold', count: c.signals.held },
            { label: 'Payment details changed after the decision', count: c.signals.paymentChangedAfterDecision },
          ]}
          series={countSeries('Count')}
        />
      </section>

      <section aria-labelledby="dash-records">
        <h2 id="dash-records">Affected records: {d.records.total.toLocaleString('en-US')}</h2>
        <ChartFigure
          title="Records by category"
          rows={d.records.byCategory.map((t) => ({ label: categoryLabel(t.key), count: t.count }))}
          series={countSeries('Records')}
        />
        <ChartFigure
          title="Records by language"
          horizontal
          rows={d.records.byLanguage.map((t) => ({ label: languageName(t.key), count: t.count }))}
          series={countSeries('Records')}
        />
        <ChartFigure
          title="Records by state"
          horizontal
          rows={d.records.byState.map((t) => ({ label: t.key, count: t.count }))}
          series={countSeries('Records')}
        />
      </section>

      <section aria-labelledby="dash-notices">
        <h2 id="dash-notices">Notices</h2>
        <AttentionAlert notices={d.notices.overall.needsAttention} batches={d.notices.attention} level={3} />
        <ChartFigure
          title="Notice funnel, all notices"
          description="Each stage includes the ones after it: sent counts what the provider accepted, delivered what it reported delivered."
          rows={[funnelRow('All notices', d.notices.overall)]}
          series={funnelSeries}
          height={260}
        />
        <ChartFigure
          title="Notice funnel by batch (the 10 most recent)"
          rows={d.notices.batches.map((b) => funnelRow(`Batch ${b.id} (${batchStatusLabels[b.status]})`, b.funnel))}
          series={funnelSeries}
          horizontal
        />
      </section>

      <section aria-labelledby="dash-disposal">
        <h2 id="dash-disposal">Disposal</h2>
        <p>
          {d.disposal.covered.toLocaleString('en-US')} of {d.disposal.totalRecords.toLocaleString('en-US')} records ({coveredShare}%) are
          covered by a DHS disposal certification.
        </p>
        <ChartFigure
          title="Disposal coverage"
          rows={[
            { label: 'Covered', count: d.disposal.covered },
            { label: 'Not yet covered', count: d.disposal.totalRecords - d.disposal.covered },
          ]}
          series={countSeries('Records')}
          height={220}
        />
        <ChartFigure
          title="Records covered by each approved certification"
          horizontal
          rows={d.disposal.certifications.map((c) => ({ label: `${c.reference} (${c.certifiedOn})`, count: c.recordsMarked }))}
          series={countSeries('Records marked')}
        />
      </section>

      <section aria-labelledby="dash-returned">
        <h2 id="dash-returned">Returned letters</h2>
        <p>
          {d.returnedMail.returnedLetters.toLocaleString('en-US')} letters came back undelivered;{' '}
          {d.returnedMail.undeliverableRecords.toLocaleString('en-US')} records are flagged as having an undeliverable address, and{' '}
          {d.returnedMail.undeliverableWithEmail.toLocaleString('en-US')} of them have an email on file, so the notice can be sent by email
          instead.
        </p>
      </section>
    </div>
  );
}
