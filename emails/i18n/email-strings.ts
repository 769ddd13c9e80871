import type { DisclosedElement, RecordCategory, RecordNoticeType } from '../notice-types';
import type { ClaimNoticeStrings } from './claim-strings';
import type { OrgNoticeStrings } from './org-strings';

// The shape every full translation of the notices fills in. `{name}` marks where a value goes:
// `{portalAddress}` is the portal's address (fixed per render), the others are placeholder fields that
// mergeNotice fills per recipient (see notice-types.ts). A translation that misspells a name fails the
// render instead of printing braces.

export interface EmailStrings {
  /** BCP 47 tag for Intl date and list formatting. */
  intlLocale: string;
  titles: Record<RecordNoticeType, string>;
  /** No personal data: subjects show on lock screens and in shared inboxes. */
  subjects: Record<RecordNoticeType, string>;
  /** Inbox preview line; as discreet as the subject. */
  previews: Record<RecordNoticeType, string>;
  greeting: string;
  headings: {
    whatHappened: string;
    whatInfo: string;
    whatWeDo: string;
    whatYouCanDo: string;
    moreInfo: string;
  };
  code: {
    noticeCodeLabel: string;
    accessCodeLabel: string;
    /** How to use the notice code: type the address, choose "Check your record", code + date of birth. */
    useNoticeCode: string;
    useAccessCode: string;
  };
  safety: {
    onlyAddress: string;
    typeIt: string;
    neverAsk: string;
    free: string;
  };
  protect: {
    ipPin: string;
    form14039: string;
    creditFreeze: string;
    damages: string;
    deadline: string;
    legalHelp: string;
    notAdvice: string;
  };
  moreInfo: string;
  breach: {
    copyIntro: string;
    context: string;
    you: string;
    law: string;
    courts: string;
    involved: string;
    doingNotify: string;
    doingTreasury: string;
    doingFollowUp: string;
    doingProtect: string;
    seeResult: string;
  };
  disposal: {
    certified: string;
    certifiedOn: string;
    reference: string;
    involved: string;
    doingRecorded: string;
    keep: string;
    seeRecord: string;
  };
  checkResult: {
    asked: string;
    answer: string;
    notYou: string;
    involved: string;
    doingCode: string;
    doingLogged: string;
    seeResult: string;
  };
  footer: {
    sentBy: string;
    demo: string;
  };
  elements: Record<DisclosedElement, string>;
  categories: Record<RecordCategory, string>;
  /** The claim notices: every step of a claim and the reminders (claim-strings.ts, claims/<code>.ts). */
  claimNotice: ClaimNoticeStrings;
  /** An organization's email: sign-in link, invitation, application decided (org-strings.ts, orgs/<code>.ts). */
  orgNotice: OrgNoticeStrings;
}
