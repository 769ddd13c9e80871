import type { OrgNoticeType } from '../notice-types';

// The words of an organization's email (issue 15), one file per language under orgs/: the sign-in link,
// an invitation to join, and an application's decision. These go to people who work for an organization
// (a member, or the contact who applied), not to a person whose record was disclosed, so they have their own
// titles and subjects. `{portalAddress}` and `{signInAddress}` are typed by hand; `{orgName}` and
// `{decisionReason}` are filled per recipient. Only the sign-in email has a link (its purpose), and it says
// so plainly; the others have none, as every notice.

export interface OrgNoticeStrings {
  titles: Record<OrgNoticeType, string>;
  /** No personal data and no organization name: subjects show on lock screens. */
  subjects: Record<OrgNoticeType, string>;
  previews: Record<OrgNoticeType, string>;
  /** Instead of "Dear {firstName}": a member's name is not kept. */
  greeting: string;
  signIn: {
    asked: string;
    /** The button's text. */
    button: string;
    /** Above the link written out, for mail programs that hide links. */
    linkText: string;
    expiry: string;
    notYou: string;
    /** This email's one link, and where it must go. Names {portalAddress}. */
    oneLink: string;
  };
  invitation: {
    invited: string;
    howTo: string;
    notExpected: string;
  };
  approved: {
    decided: string;
    howTo: string;
    invite: string;
  };
  rejected: {
    decided: string;
    reason: string;
    again: string;
  };
  /** How to sign in without a link; names {signInAddress}. */
  signInAddressLine: string;
  /** We never ask for the authenticator code or a sign-in link by email, text or phone. */
  neverAskCode: string;
}
