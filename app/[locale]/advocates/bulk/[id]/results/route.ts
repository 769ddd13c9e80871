// The results CSV of a finished bulk check, for members of its organization only (404 for anyone else, and
// once the results are deleted); each download is audited (lib/orgs/bulk.ts).
import { downloadBulkResults } from '@/lib/orgs/bulk';
import { getOrgBulkDeps, parseBulkId } from '@/server/org-bulk';
import { currentMember } from '@/server/org-session';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const bulkId = parseBulkId(id);
  const member = await currentMember();
  const csv = bulkId !== null && member?.secondFactor ? await downloadBulkResults(await getOrgBulkDeps(), member, bulkId) : undefined;
  if (csv === undefined) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="bulk-check-${bulkId}-results.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
