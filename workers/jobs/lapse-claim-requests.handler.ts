import type { Database } from '../../db/index';
import { lapseUnansweredRequests } from '../../lib/claims/lapse';
import { getHasher } from '../../lib/keys';

/**
 * Lapses the requests for more information that ran out unanswered and proposes a denial for each of their
 * claims (lib/claims/lapse.ts). Nothing is sent here: the person hears of the denial once a reviewer
 * confirms it (the confirmation's notice, lib/claims/review.ts).
 */
export async function handleLapseClaimRequests(
  db: Database,
  log: (line: string) => void = (line) => console.log(line),
): Promise<{ lapsed: number }> {
  const result = await lapseUnansweredRequests({ db, auditKey: getHasher().auditKey });
  if (result.lapsed > 0)
    log(`[claims] ${result.lapsed} unanswered requests lapsed: a denial waits for a reviewer's confirmation on each claim`);
  return result;
}
