import type { DisclosedElement, RecordCategory } from '@/lib/validation/record-row';

// The kinds of notice the portal sends. Same names and order as the `notice_type` enum in
// db/schema/notices.ts, so a row's type can be used here as is.
export const noticeTypes = ['initial_notice', 'disposal_confirmation', 'check_result', 'notice_copy', 'claim_status'] as const;
export type NoticeType = (typeof noticeTypes)[number];

export const claimStatuses = ['received', 'under_review', 'approved', 'denied', 'paid'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

export type { DisclosedElement, RecordCategory };

/**
 * What one recipient's notice says about them, as stored (keys and ISO dates, not display text):
 * mergeNotice localizes it. Which of these a notice type needs is in emails/registry.ts; a needed value
 * that is missing or malformed makes mergeNotice throw rather than send a notice with a gap in it.
 */
export interface NoticeValues {
  firstName: string;
  /** 12 symbols, with or without hyphens; printed as XXXX-XXXX-XXXX. */
  noticeCode: string;
  /** Element keys (`name`, `tin`, `address`, `date_of_birth`). */
  disclosedElements: readonly string[];
  /** YYYY-MM-DD */
  disclosedOn: string;
  /** `address_verified`, `address_supplied` or `incomplete_address`. */
  category: string;
  /** YYYY-MM-DD: when DHS certified disposal. */
  disposalDate?: string;
  disposalReference?: string;
  claimReference?: string;
  /** One of `claimStatuses`. */
  claimStatus?: string;
  accessCode?: string;
}

/**
 * The display strings a template shows, one per placeholder. A template is rendered once with a token in
 * each of these and mergeNotice fills them per recipient, so several fields can come from one value
 * (claimStatus gives both the status label and the sentence that explains it).
 */
export const placeholderFields = [
  'firstName',
  'noticeCode',
  'disclosedElements',
  'disclosedOn',
  'category',
  'disposalDate',
  'disposalReference',
  'claimReference',
  'claimStatus',
  'claimStatusDetail',
  'accessCode',
] as const;
export type PlaceholderField = (typeof placeholderFields)[number];

export type DisplayValues = Record<PlaceholderField, string>;

/** What the value behind each placeholder is called in NoticeValues. */
export const fieldSource: Readonly<Record<PlaceholderField, keyof NoticeValues>> = {
  firstName: 'firstName',
  noticeCode: 'noticeCode',
  disclosedElements: 'disclosedElements',
  disclosedOn: 'disclosedOn',
  category: 'category',
  disposalDate: 'disposalDate',
  disposalReference: 'disposalReference',
  claimReference: 'claimReference',
  claimStatus: 'claimStatus',
  claimStatusDetail: 'claimStatus',
  accessCode: 'accessCode',
};
