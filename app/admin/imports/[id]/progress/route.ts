import { getDb } from '@/db/client';
import { getUploadStatus } from '@/lib/admin/imports';
import { adminRoles } from '@/lib/admin/roles';
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await authorizeRequest(adminRoles.imports);
  if (gate instanceof Response) return gate;
  const who = principalOf(gate);
  const id = Number((await params).id);
  const result = Number.isSafeInteger(id) && id > 0 ? await getUploadStatus({ db: await getDb() }, who, id) : null;
  if (!result?.ok) return Response.json({ error: 'No such upload.' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const { status, percent, rowsRead, lines } = result.data;
  return Response.json({ status, percent, rowsRead, lines }, { headers: { 'Cache-Control': 'no-store' } });
}
