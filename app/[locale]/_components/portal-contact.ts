import { connection } from 'next/server';
import { env, type PortalContact } from '@/lib/env';

/** The portal's own help line, hours and postal address (lib/env.ts), read per request like its address. */
export async function getPortalContact(): Promise<PortalContact> {
  await connection();
  return env().portalContact;
}
