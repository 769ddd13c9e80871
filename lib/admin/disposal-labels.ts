// Staff-facing (English) names of a certification's scopes, methods and states. The public pages use the
// translated labels in messages/*.json (Result.disposalMethodLabel) instead, never these or staff's notes.
import type { DisposalCertification, DisposalMethod } from '../../db/schema';

export const disposalScopeLabels = {
  all: 'Every record',
  category: 'Records in some categories',
  batch: 'Records reached by some notice batches',
  notice_codes: 'Records with these notice codes',
} as const satisfies Record<DisposalCertification['scope'], string>;

export const disposalMethodLabels = {
  deletion: 'Deletion from DHS systems',
  media_destruction: 'Destruction of the media holding the data',
  data_return: 'Return of the data to the IRS',
  other: 'Another method (describe it in the note)',
} as const satisfies Record<DisposalMethod, string>;

export const disposalStatusLabels = {
  draft: 'Draft, awaiting approval',
  approved: 'Approved',
  withdrawn: 'Withdrawn',
} as const satisfies Record<DisposalCertification['status'], string>;

/** The status as staff read it in lists and on the certification's page, with a pending withdrawal request. */
export function certificationStatusLabel(c: Pick<DisposalCertification, 'status' | 'approvedBy' | 'withdrawalRequestedBy'>): string {
  if (c.status === 'approved' && c.withdrawalRequestedBy) return 'Approved; withdrawal requested, awaiting a second person';
  if (c.status === 'withdrawn' && !c.approvedBy) return 'Withdrawn (draft discarded)';
  return disposalStatusLabels[c.status];
}
