// Names staff read for the codes stored in the database.
import type { RecordCategory } from '@/lib/validation/record-row';

export const categoryLabels: Record<RecordCategory, string> = {
  address_verified: 'Address verified',
  address_supplied: 'Address supplied',
  incomplete_address: 'Incomplete address',
};

export const noticeTypeLabels: Record<string, string> = {
  initial_notice: 'Initial notice',
  notice_copy: 'Copy of the notice',
  disposal_confirmation: 'Disposal confirmation',
  check_result: 'Self-check result',
  claim_status: 'Claim status',
};

export const batchStatusLabels: Record<string, string> = {
  draft: 'Draft',
  running: 'Sending',
  paused: 'Paused',
  cancelled: 'Cancelled',
  completed: 'Completed',
};

export const noticeStatusLabels: Record<string, string> = {
  pending: 'Waiting in the outbox',
  queued: 'Queued',
  sending: 'Being sent',
  sent: 'Sent (no delivery report yet)',
  delivered: 'Delivered',
  bounced: 'Bounced',
  complained: 'Marked as spam',
  failed: 'Failed',
  cancelled: 'Cancelled',
  needs_attention: 'Needs attention (the provider may have accepted it)',
};

export const importUploadStatusLabels: Record<string, string> = {
  queued: 'Waiting to import',
  importing: 'Importing',
  completed: 'Completed',
  failed: 'Failed',
};

export const channelLabels: Record<string, string> = { email: 'Email', letter: 'Letter' };

/** A stored code as its label, or the code itself when a new one has no label yet. */
export const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

export const categoryLabel = (key: string) => categoryLabels[key as keyof typeof categoryLabels] ?? key;

export function formatDateTime(d: Date | null | undefined): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—';
}

export const letterStatusLabels: Record<string, string> = {
  pending: 'Waiting to be printed',
  rejected: 'Rejected before printing (address)',
  in_file: 'In a print file',
  printed: 'Printed',
  mailed: 'Mailed',
  returned: 'Returned undelivered',
};

/** Why a letter was kept out of the print files (lib/letters/address.ts's codes). */
export const addressRejectionLabels: Record<string, string> = {
  missing_name: 'No name',
  missing_street: 'No street address',
  missing_city: 'No city',
  invalid_state: 'Not a US state or territory code',
  invalid_zip: 'ZIP code is not 5 digits or ZIP+4',
  line_too_long: 'An address line is longer than 40 characters (it would not fit the envelope window)',
};

export const printFileStatusLabels: Record<string, string> = { ready: 'Built', printed: 'Printed', mailed: 'Mailed' };
