import 'server-only';
import { getDb } from '@/db/client';
import type { PrintFileDeps } from '@/lib/letters/print-files';
import { getHasher, getSealer } from '@/lib/keys';
import type { StaffPrincipal } from '@/lib/staff/principal';

/** What the letters area's route handlers act with: the database, the audit key, the sealer, as this staff member. */
export async function lettersDeps(who: StaffPrincipal): Promise<PrintFileDeps> {
  return { db: await getDb(), sealer: getSealer(), auditKey: getHasher().auditKey, actor: who.staffId };
}
