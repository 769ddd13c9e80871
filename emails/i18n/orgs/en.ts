import type { OrgNoticeStrings } from '../org-strings';

export const enOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Your Sign-In Link',
    org_invitation: 'You Are Invited to Join Your Organization',
    org_application_approved: 'Your Organization’s Application Was Approved',
    org_application_rejected: 'Decision on Your Organization’s Application',
  },
  subjects: {
    org_sign_in_link: 'Your sign-in link for Disclosure Check',
    org_invitation: 'You are invited to Disclosure Check',
    org_application_approved: 'Your application to Disclosure Check was approved',
    org_application_rejected: 'Decision on your application to Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'The link works for 15 minutes, once.',
    org_invitation: 'Your organization added you as a member. This email has no links.',
    org_application_approved: 'You can now sign in. This email has no links.',
    org_application_rejected: 'The decision and its reason. This email has no links.',
  },
  greeting: 'Hello,',
  signIn: {
    asked: 'Someone asked to sign in to the organization area of Disclosure Check with this email address.',
    button: 'Sign in',
    linkText: 'If the button does not work, copy this address into your browser:',
    expiry: 'The link works for 15 minutes, and only once. After you open it, press the button on the page to sign in.',
    notYou: 'If you did not ask, you do not need to do anything. Nobody can sign in without this link and your authenticator code.',
    oneLink: 'This email has one link, and it goes to {portalAddress}. If a link in an email goes anywhere else, do not open it.',
  },
  invitation: {
    invited: 'You were added as a member of {orgName} on Disclosure Check, the portal for people whose tax records the IRS disclosed to immigration enforcement.',
    howTo: 'To sign in, type the address below into your browser yourself and enter this email address. We will send you a sign-in link.',
    notExpected: 'If you do not work with this organization, you do not need to do anything.',
  },
  approved: {
    decided: 'The application of {orgName} to help clients on Disclosure Check was approved.',
    howTo: 'You can now sign in with this email address. Type the address below into your browser yourself and enter this email address. We will send you a sign-in link.',
    invite: 'After you sign in, you can invite the other people of your organization.',
  },
  rejected: {
    decided: 'The application of {orgName} to help clients on Disclosure Check was not approved.',
    reason: 'The reason given: {decisionReason}',
    again: 'If you can fix what the reason says, you may apply again.',
  },
  signInAddressLine: 'Where to sign in: {signInAddress}',
  neverAskCode: 'We will never ask for your authenticator code or a sign-in link by email, text message or phone.',
};
