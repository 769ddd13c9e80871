// The progress page's figures for its script: ids and counts only. 404 for anyone but the organization's members.
import { readBulkProgress } from '@/lib/orgs/bulk';
import { getOrgBulkDeps, parseBulkId } from '@/server/org-bulk';
import { currentMember } from '@/server/org-session';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const bulkId = parseBulkId(id);
  const member = await currentMember();
  const bulk = bulkId !== null && member?.secondFactor ? await readBulkProgress(await getOrgBulkDeps(), member, bulkId) : undefined;
  if (!bulk) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return Response.json({ status: bulk.status, total: bulk.total, processed: bulk.processed }, { headers: { 'Cache-Control': 'no-store' } });
}
