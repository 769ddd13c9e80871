import type { ComponentType } from 'react';
import type { NoticeTemplateProps } from './components/template-props';
import { noticeTypes, type NoticeType, type NoticeValues } from './notice-types';
import CheckResult from './templates/check-result';
import ClaimStatus from './templates/claim-status';
import DisposalConfirmation from './templates/disposal-confirmation';
import InitialNotice from './templates/initial-notice';
import NoticeCopy from './templates/notice-copy';
import { OrgApplicationApproved, OrgApplicationRejected } from './templates/org-application-decided';
import OrgInvitation from './templates/org-invitation';
import OrgSignInLink from './templates/org-sign-in-link';

export interface NoticeTemplate {
  component: ComponentType<Partial<NoticeTemplateProps>>;
  /**
   * The values this notice cannot be sent without. mergeNotice throws when one is missing or malformed,
   * and also when the rendered template uses a placeholder whose value is missing.
   */
  requiredValues: readonly (keyof NoticeValues)[];
}

const breachValues = ['firstName', 'noticeCode', 'disclosedElements', 'disclosedOn', 'category'] as const;

export const noticeRegistry: Readonly<Record<NoticeType, NoticeTemplate>> = {
  initial_notice: { component: InitialNotice, requiredValues: breachValues },
  notice_copy: { component: NoticeCopy, requiredValues: breachValues },
  disposal_confirmation: {
    component: DisposalConfirmation,
    requiredValues: ['firstName', 'noticeCode', 'disclosedElements', 'disclosedOn', 'disposalDate', 'disposalReference'],
  },
  // No disclosed elements or dates: see the comment in templates/check-result.tsx.
  check_result: { component: CheckResult, requiredValues: ['firstName', 'accessCode'] },
  // Each step's own values (amount, date, reasons, payment method) are required by its sentences: see
  // claimSentence in localize.ts.
  claim_status: {
    component: ClaimStatus,
    requiredValues: ['firstName', 'claimReference', 'claimEvent'],
  },
  // An organization's email (issue 15): no first name (a member's is not kept), no record.
  org_sign_in_link: { component: OrgSignInLink, requiredValues: ['signInLink'] },
  org_invitation: { component: OrgInvitation, requiredValues: ['orgName'] },
  org_application_approved: { component: OrgApplicationApproved, requiredValues: ['orgName'] },
  org_application_rejected: { component: OrgApplicationRejected, requiredValues: ['orgName', 'decisionReason'] },
};

export { noticeTypes, type NoticeType };
