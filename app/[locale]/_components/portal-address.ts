import { connection } from 'next/server';
import { getLocale } from 'next-intl/server';
import { isolate } from '@/lib/bidi';
import { env } from '@/lib/env';
import { languageDirection } from '@/lib/languages';

/**
 * The portal's own address as people should type it (host only, e.g. check.example.org), from
 * PORTAL_URL. Read per request so the address shown is the deployed one, never the one a build machine
 * happened to have; the same value is printed in every notice. On a right-to-left page it comes wrapped in
 * Unicode isolates (lib/bidi.ts), because it is mostly dropped into translated sentences as plain text,
 * where a <bdi> element cannot reach.
 */
export async function getPortalAddress(): Promise<string> {
  await connection();
  const locale = await getLocale();
  return isolate(new URL(env().PORTAL_URL).host, languageDirection(locale));
}
