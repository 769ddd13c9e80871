// Who may use each page and server action of the claims area (path or action name → roles). The
// permission-tables test compares this table with the written policy in ARCHITECTURE.md.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const claimsAccess = {
  '/admin/claims': permissions.viewClaims,
  '/admin/claims/[id]': permissions.viewClaims,
  assignClaimAction: permissions.reviewClaims,
  unassignClaimAction: permissions.reviewClaims,
  startReviewAction: permissions.reviewClaims,
  revealClaimAction: permissions.reviewClaims,
  requestInformationAction: permissions.reviewClaims,
  decideClaimAction: permissions.reviewClaims,
  reopenOnAppealAction: permissions.reviewClaims,
  confirmDecisionAction: permissions.confirmClaimDecision,
  rejectDecisionAction: permissions.confirmClaimDecision,
  holdClaimAction: permissions.holdClaims,
  releaseHoldAction: permissions.holdClaims,
} as const satisfies Record<string, readonly StaffRole[]>;
