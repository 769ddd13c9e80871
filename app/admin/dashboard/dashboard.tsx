// The dashboard as a component, so the admin home can render it too. It checks the staff member's role
// itself, wherever it is placed. Counts only; while a batch runs it refreshes every few seconds.
import { languageName } from '@/lib/admin/batch-views';
import { adminContext } from '@/server/admin-context';
import { loadDashboard } from '@/lib/admin/dashboard';
import { funnelStageLabels, funnelStages, type Funnel } from '@/lib/admin/funnel';
import { requireStaff } from '@/app/admin/_lib/guard';
import { AttentionAlert } from '../_components/attention-alert';
import { AutoRefresh } from '../_components/auto-refresh';
import { batchStatusLabels, categoryLabel } from '../_components/labels';
import { dashboardAccess } from './access';
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

export async function Dashboard() {
  await requireStaff(dashboardAccess['/admin/dashboard']);
  const d = await loadDashboard((await adminContext()).db);
  const coveredShare = d.disposal.totalRecords ? Math.round((d.disposal.covered / d.disposal.totalRecords) * 1000) / 10 : 0;
  return (
    <div className="dc-dashboard">
      <AutoRefresh active={d.running} />
      {d.running && <p className="usa-hint">A batch is sending: these figures update every few seconds.</p>}

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
      {/* Claims: there is no claims table yet, so there are no claims figures (rather than made-up ones). */}
    </div>
  );
}
