import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { viewRecord } from '@/lib/admin/records';
import { allows } from '@/lib/admin/permissions';
import { requireStaff } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { getHasher, getSealer } from '@/lib/keys';
import { ColumnHeads, KeyValueTable } from '../../_components/tables';
import { categoryLabel, channelLabels, labelOf, noticeStatusLabels, noticeTypeLabels } from '../../_components/labels';
import { languageName } from '@/lib/admin/batch-views';
import { RevealForm } from './reveal-form';
import { AdminPage } from '../../_components/admin-page';

export const metadata: Metadata = { title: 'Record · Disclosure Check staff' };

const when = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '—');
const words = (s: string) => s.replace(/_/g, ' ');

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff('findRecords');
  const who = principalOf(staff);
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const result = await viewRecord({ db: await getDb(), hasher: getHasher(), sealer: getSealer() }, who, id);
  if (!result.ok) notFound();
  const r = result.data;
  const usd = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
  const rows: [string, string][] = [
    ['Notice code', r.noticeCode],
    ['Name (initials)', r.masked.initials],
    [r.tinKind === 'itin' ? 'ITIN' : 'SSN', r.masked.tin],
    ['Place', r.masked.place],
    ['Year of birth', r.masked.birthYear],
    ['Email', r.masked.email],
    ['Phone', r.masked.phone],
    ['Language', languageName(r.language)],
    ['Category', categoryLabel(r.category)],
    ['Disclosed elements', r.disclosedElements.map(words).join(', ')],
    ['Disclosed on', r.disclosedOn],
    [
      'Acts of disclosure (7431)',
      r.entitlement.acts === null
        ? `not given by the import (statutory damages at least ${usd(r.entitlement.statutoryCents)})`
        : `${r.entitlement.acts} (statutory damages ${usd(r.entitlement.statutoryCents)})`,
    ],
    [
      'Court ruling',
      r.entitlement.ruledUnlawful === null
        ? 'not known'
        : r.entitlement.ruledUnlawful
          ? 'disclosure found unlawful'
          : 'no finding of unlawful disclosure',
    ],
    ['Imported', when(r.createdAt)],
    ['Last changed', when(r.updatedAt)],
    ['Notified', when(r.notifiedAt)],
    [
      'Disposal confirmed',
      r.disposal
        ? `${when(r.disposal.confirmedAt)}${r.disposal.certification ? ` (certification ${r.disposal.certification.id}, ${r.disposal.certification.reference}, certified ${r.disposal.certification.certifiedOn})` : ''}`
        : 'not yet',
    ],
  ];
  return (
    <AdminPage staff={staff}>
      <div className="padding-top-4">
        <p>
          <a href="/admin/records">Find another record</a>
        </p>
        <h1>Record {r.id}</h1>
        <p className="usa-intro">Personal data is masked. Viewing this page was recorded in the audit log.</p>
        <KeyValueTable caption={`Record ${r.id}, masked`} rows={rows} />
        <h2>Notices</h2>
        {r.notices.length === 0 ? (
          <p>No notice has been created for this record yet.</p>
        ) : (
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Notices for this record">
            <table className="usa-table">
              <caption className="usa-sr-only">Notices for record {r.id}</caption>
              <ColumnHeads names={['Notice', 'Type', 'Channel', 'Status', 'Batch', 'Created', 'Sent', 'Delivered']} />
              <tbody>
                {r.notices.map((n) => (
                  <tr key={n.id}>
                    <td>{n.id}</td>
                    <td>{labelOf(noticeTypeLabels, n.type)}</td>
                    <td>{labelOf(channelLabels, n.channel)}</td>
                    <td>{labelOf(noticeStatusLabels, n.status)}</td>
                    <td>{n.batchId ?? '—'}</td>
                    <td>{when(n.createdAt)}</td>
                    <td>{when(n.sentAt)}</td>
                    <td>{when(n.deliveredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2>Reveal personal data</h2>
        {allows(who, 'revealRecords') ? <RevealForm recordId={r.id} /> : <p>Your role ({words(who.role)}) can see records masked only.</p>}
      </div>
    </AdminPage>
  );
}
