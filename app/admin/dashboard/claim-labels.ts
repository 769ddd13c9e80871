// How the dashboard names claim statuses and the remediation stages (staff English).
import type { RemediationOverview } from '@/db/queries/dashboard';

export const claimStatusLabels: Record<string, string> = {
  submitted: 'Submitted',
  in_review: 'In review',
  more_information_needed: 'More information needed',
  approved: 'Approved',
  partly_approved: 'Partly approved',
  denied: 'Denied',
  payment_issued: 'Payment issued',
  paid: 'Paid',
  payment_returned: 'Payment returned',
  reissued: 'Reissued',
};

/** The funnel's stages, in the order an administrator reads them. */
export const remediationStages: readonly { key: keyof RemediationOverview; label: string }[] = [
  { key: 'records', label: 'Records' },
  { key: 'notified', label: 'Notified (any channel)' },
  { key: 'notifiedEmail', label: 'Notified by email' },
  { key: 'notifiedLetter', label: 'Notified by letter' },
  { key: 'delivered', label: 'Delivered' },
  { key: 'returned', label: 'Returned (bounced or mail back)' },
  { key: 'checked', label: 'Checked their record' },
  { key: 'disposalCovered', label: 'Covered by a disposal certification' },
  { key: 'filedClaim', label: 'Filed a claim' },
  { key: 'paid', label: 'Paid' },
];
