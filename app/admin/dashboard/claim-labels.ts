// How the dashboard names the remediation stages (staff English); claim statuses are named as in the claims
// area (app/admin/claims/labels.ts).
import type { RemediationOverview } from '@/db/queries/dashboard';

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
