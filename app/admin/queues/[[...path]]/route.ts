// The queue monitor (bull-board) at /admin/queues, for administrators only: every request, page, API call
// and static file alike, passes the guard first.
import { getDb } from '@/db/client';
import { appendAudit } from '@/db/queries/audit';
import { getHasher } from '@/lib/keys';
import { authorizeRequest } from '@/app/admin/_lib/guard';
import { principalOf } from '@/lib/staff/principal';
import { handleBoardRequest } from '../board';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  const gate = await authorizeRequest('viewQueues');
  if (gate instanceof Response) return gate;
  const who = principalOf(gate);
  const response = await handleBoardRequest(request);
  // Retrying, promoting, cleaning or pausing changes the work queue: recorded with the path it used
  // (queue names and job ids only).
  if (request.method !== 'GET') {
    await appendAudit(await getDb(), getHasher().auditKey, {
      actor: who.staffId,
      action: 'queues.changed',
      outcome: response.ok ? 'ok' : 'error',
      detail: { method: request.method, path: new URL(request.url).pathname.slice(0, 200) },
    });
  }
  return response;
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
