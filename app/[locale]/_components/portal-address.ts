import { connection } from 'next/server';
import { env } from '@/lib/env';

/**
 * The portal's own address as people should type it (host only, e.g. check.example.org), from
 * PORTAL_URL. Read per request so the address shown is the deployed one, never the one a build machine
 * happened to have; the same value is printed in every notice.
 */
export async function getPortalAddress(): Promise<string> {
  await connection();
  return new URL(env().PORTAL_URL).host;
}
