import type { DisclosedElement, RecordCategory } from '@/lib/validation/record-row';

// The kinds of notice the portal sends. Same names and order as the `notice_type` enum in
// db/schema/notices.ts, so a row's type can be used here as is.
export const recordNoticeTypes = ['initial_notice', 'disposal_confirmation', 'check_result', 'notice_copy', 'claim_status'] as const;
export type RecordNoticeType = (typeof recordNoticeTypes)[number];
/** Email to an organization's member or contact (issue 15): not about a record. */
export const orgNoticeTypes = ['org_sign_in_link', 'org_invitation', 'org_application_approved', 'org_application_rejected'] as const;
export type OrgNoticeType = (typeof orgNoticeTypes)[number];
export const noticeTypes = [...recordNoticeTypes, ...orgNoticeTypes] as const;
export type NoticeType = (typeof noticeTypes)[number];

export function isOrgNoticeType(type: string): type is OrgNoticeType {
  return (orgNoticeTypes as readonly string[]).includes(type);
}

/**
 * What a claim notice (type `claim_status`) tells the person: each step of their claim, and the reminders
 * before a cure-by or appeal-by date runs out (lib/claims/notify.ts queues them).
 */
export const claimNoticeEvents = [
  'filed',
  'information_needed',
  'approved',
  'partly_approved',
  'denied',
  'payment_issued',
  'payment_returned',
  'cure_reminder',
  'appeal_reminder',
  'payment_changed',
] as const;
export type ClaimNoticeEvent = (typeof claimNoticeEvents)[number];

/** How a claim is paid (the payment_method enum of db/schema/claims.ts). */
export const claimPaymentMethods = ['check', 'direct_deposit'] as const;
export type ClaimPaymentMethod = (typeof claimPaymentMethods)[number];

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
  /** The claim number as printed (C-XXXX-XXXX-XXXX). */
  claimReference?: string;
  /** One of `claimNoticeEvents`: which step of the claim the notice is about. */
  claimEvent?: string;
  /** Whole cents, as digits: the approved, paid or returned amount. */
  claimAmountCents?: string;
  /** YYYY-MM-DD: the cure-by date (information needed, its reminder) or the appeal-by date (denied, its reminder). */
  claimDate?: string;
  /** Reason codes of lib/claims/reasons.ts, comma-separated: information requests may carry several. */
  claimReasons?: string;
  /** One of `claimPaymentMethods`. */
  claimPaymentMethod?: string;
  accessCode?: string;
  /** The whole sign-in link (portal URL, locale path, token): an org_sign_in_link's only value. */
  signInLink?: string;
  /** The organization's name as it applied. */
  orgName?: string;
  /** What the administrators wrote when rejecting an application. */
  decisionReason?: string;
}

/**
 * The display strings a template shows, one per placeholder. A template is rendered once with a token in
 * each of these and mergeNotice fills them per recipient, so several fields can come from one value
 * (claimEvent gives the step's label, the sentence that explains it and what the person can do next).
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
  'claimNextStep',
  'accessCode',
  'signInLink',
  'orgName',
  'decisionReason',
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
  claimStatus: 'claimEvent',
  claimStatusDetail: 'claimEvent',
  claimNextStep: 'claimEvent',
  accessCode: 'accessCode',
  signInLink: 'signInLink',
  orgName: 'orgName',
  decisionReason: 'decisionReason',
};
