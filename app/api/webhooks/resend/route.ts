import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { receiveResendWebhook } from '@/lib/notices/webhooks';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  // The signature covers the exact bytes sent, so read the raw body, never a re-serialized one.
  const raw = await request.text();
  const { status, body } = await receiveResendWebhook(await getDb(), env().RESEND_WEBHOOK_SECRET, raw, request.headers);
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
