import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { countRecords } from '@/db/queries/records';
import { countLiveWorkers } from '@/workers/runtime';

export const dynamic = 'force-dynamic';

/** For operators and the start script: is the database reachable, and are workers beating? No personal data. */
export async function GET() {
  const [records, workers] = await Promise.all([
    getDb()
      .then(countRecords)
      .catch(() => null),
    countLiveWorkers().catch(() => null),
  ]);
  const ok = records !== null && workers !== null && workers > 0;
  return NextResponse.json(
    { ok, database: records === null ? 'down' : 'up', records, workers },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
