import { getDb } from '@/db/client';
import { rejectsCsv } from '@/lib/admin/imports';
import { adminRoles } from '@/lib/admin/roles';
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await authorizeRequest(adminRoles.imports);
  if (gate instanceof Response) return gate;
  const who = principalOf(gate);
  const id = Number((await params).id);
  const result = Number.isSafeInteger(id) && id > 0 ? await rejectsCsv({ db: await getDb() }, who, id) : null;
  if (!result?.ok) return new Response(result?.error ?? 'No such upload.', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(result.data.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="upload-${id}-rejects.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
