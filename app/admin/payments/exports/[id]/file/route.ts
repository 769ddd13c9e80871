// A released payment export's file, opened and sent to a payments officer: the NACHA file for the bank or
// the CSV for the check printer. Only once a second person has released it (409 before, and the refusal is
// audited too); each download is in the audit log. The file holds bank accounts or names and addresses:
// never cached, never sniffed, always saved as a file.
import { findPaymentExport } from '@/db/queries/payments';
import { getDb } from '@/db/client';
import { openReleasedExport } from '@/lib/claims/payments';
import { getHasher, getSealer } from '@/lib/keys';
import { positiveId } from '@/lib/admin/staff-result';
import { principalOf } from '@/lib/staff/principal';
import { authorizeRequest } from '@/app/admin/_lib/guard';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await authorizeRequest('downloadPaymentExports');
  if (gate instanceof Response) return gate;
  const id = positiveId((await params).id);
  const deps = { db: await getDb(), hasher: getHasher(), sealer: getSealer() };
  const row = id === null ? undefined : await findPaymentExport(deps.db, id);
  if (!row || row.state === 'cancelled')
    return Response.json({ error: 'There is no such payment export.' }, { status: 404, headers: noStore });
  const opened = await openReleasedExport(deps, row.id, principalOf(gate).staffId);
  if (!opened)
    return Response.json(
      { error: 'This export cannot be downloaded until another payments officer has released it.' },
      { status: 409, headers: noStore },
    );
  // The bytes hashed when the file was prepared: ASCII for NACHA, UTF-8 for the check CSV (names keep accents).
  const body = Buffer.from(opened.text, opened.kind === 'ach' ? 'ascii' : 'utf8');
  const fileName = opened.kind === 'ach' ? `claims-ach-${row.id}.txt` : `claims-checks-${row.id}.csv`;
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      ...noStore,
      'Content-Type': opened.kind === 'ach' ? 'text/plain; charset=us-ascii' : 'text/csv; charset=utf-8',
      'Content-Length': String(body.length),
      'Content-Disposition': `attachment; filename="${fileName}"`,
      // RFC 9530: the checksum staff compare with the one the page shows.
      'Repr-Digest': `sha-256=:${Buffer.from(row.fileSha256 ?? []).toString('base64')}:`,
    },
  });
}
