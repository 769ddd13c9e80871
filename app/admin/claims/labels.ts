// Staff labels of the claims area (English only; the person's wording is the status page's).
import type { ClaimRow } from '@/db/schema';
import { formatClaimNumber } from '@/lib/claims/filing';

export const claimStatusLabels: Record<ClaimRow['status'], string> = {
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

export const paymentMethodLabels: Record<ClaimRow['paymentMethod'], string> = { check: 'Paper check', direct_deposit: 'Direct deposit' };

export const outcomeLabels: Record<string, string> = { approved: 'Approve', partly_approved: 'Partly approve', denied: 'Deny' };

export const usd = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

export { formatClaimNumber };
