import { getDb } from '@/db/client';
import { rejectsCsv } from '@/lib/admin/imports';
import { uploadRequest } from '../upload-request';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const request = await uploadRequest(params);
  if (request instanceof Response) return request;
  const { who, id } = request;
  const result = id !== null ? await rejectsCsv({ db: await getDb() }, who, id) : null;
  if (!result?.ok) return new Response(result?.error ?? 'No such upload.', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  return new Response(result.data.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="upload-${id}-rejects.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
