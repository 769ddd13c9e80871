import { getDb } from '@/db/client';
import { getUploadStatus } from '@/lib/admin/imports';
import { adminRoles } from '@/lib/admin/roles';
import { staffForRoute } from '@/lib/auth/guard';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await staffForRoute(adminRoles.imports);
  if (who instanceof Response) return who;
  const id = Number((await params).id);
  const result = Number.isSafeInteger(id) && id > 0 ? await getUploadStatus({ db: await getDb() }, who, id) : null;
  if (!result?.ok) return Response.json({ error: 'No such upload.' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const { status, percent, rowsRead, lines } = result.data;
  return Response.json({ status, percent, rowsRead, lines }, { headers: { 'Cache-Control': 'no-store' } });
}
