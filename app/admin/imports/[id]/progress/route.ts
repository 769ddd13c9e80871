import { getDb } from '@/db/client';
import { getUploadStatus } from '@/lib/admin/imports';
import { uploadRequest } from '../upload-request';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const request = await uploadRequest(params);
  if (request instanceof Response) return request;
  const { who, id } = request;
  const result = id !== null ? await getUploadStatus({ db: await getDb() }, who, id) : null;
  if (!result?.ok) return Response.json({ error: 'No such upload.' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const { status, percent, rowsRead, lines } = result.data;
  return Response.json({ status, percent, rowsRead, lines }, { headers: { 'Cache-Control': 'no-store' } });
}
