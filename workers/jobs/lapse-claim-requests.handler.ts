import type { Database } from '../../db/index';
import { lapseUnansweredRequests } from '../../lib/claims/lapse';
import type { ClaimNotify } from '../../lib/claims/review';
import { getHasher } from '../../lib/keys';

/**
 * Denies the claims whose request for more information ran out unanswered (lib/claims/lapse.ts). `notify`
 * is the claim-notice seam (lib/claims/review.ts ClaimNoticeEvent): the notices part is wired in here.
 */
export async function handleLapseClaimRequests(
  db: Database,
  log: (line: string) => void = (line) => console.log(line),
  notify?: ClaimNotify,
): Promise<{ lapsed: number }> {
  const result = await lapseUnansweredRequests({ db, auditKey: getHasher().auditKey, notify });
  if (result.lapsed > 0) log(`[claims] ${result.lapsed} unanswered requests lapsed: their claims are denied with an appeal date`);
  return result;
}
