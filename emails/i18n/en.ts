import type { EmailStrings } from './email-strings';
import { enClaims } from './claims/en';
import { enOrgs } from './orgs/en';

// Plain language for anxious readers, many reading English as a second language: short sentences, one
// idea each, agencies named in full once. Facts and figures only as in shared/facts.md; the person's own
// facts come from placeholders. Wording of the portal's own pages (messages/en.json) is reused where the
// same thing is said, so the notice and the portal use the same words for the same steps.
export const en: EmailStrings = {
  intlLocale: 'en-US',
  titles: {
    initial_notice: 'Notice of Data Breach',
    notice_copy: 'Notice of Data Breach',
    disposal_confirmation: 'Confirmation That Data Was Disposed Of',
    check_result: 'The Answer to Your Check',
    claim_status: 'Update on Your Claim',
  },
  subjects: {
    initial_notice: 'Notice of Data Breach: information from your tax record',
    notice_copy: 'Copy of your Notice of Data Breach',
    disposal_confirmation: 'Update about your tax record: data disposal confirmed',
    check_result: 'Your answer from Disclosure Check',
    claim_status: 'Update on your claim {claimReference}',
  },
  previews: {
    initial_notice: 'Important information about your tax record. This notice has no links.',
    notice_copy: 'The copy of your notice that was requested. This notice has no links.',
    disposal_confirmation: 'An update about data from your tax record. This notice has no links.',
    check_result: 'The answer to a check made on Disclosure Check. This notice has no links.',
    claim_status: 'News about your claim. This notice has no links.',
  },
  greeting: 'Dear {firstName},',
  headings: {
    whatHappened: 'What Happened',
    whatInfo: 'What Information Was Involved',
    whatWeDo: 'What We Are Doing',
    whatYouCanDo: 'What You Can Do',
    moreInfo: 'For More Information',
  },
  code: {
    noticeCodeLabel: 'Your notice code',
    accessCodeLabel: 'Your access code',
    useNoticeCode:
      'Type {portalAddress} into your browser yourself, choose “Check your record”, and enter this notice code and your date of birth.',
    useAccessCode:
      'Type {portalAddress} into your browser yourself, choose “Check your record”, and enter this access code and your date of birth.',
  },
  safety: {
    onlyAddress: 'This portal has only one address: {portalAddress}',
    typeIt:
      'This notice has no links. Type the address into your browser yourself. Do not open links in emails, text messages or social media posts that say they come from us.',
    neverAsk: 'We will never ask for your Social Security number (SSN) or ITIN by email, text message or phone.',
    free: 'Using the portal is free. It never charges you and never asks you to give up a right.',
  },
  protect: {
    ipPin:
      'Ask the IRS for an Identity Protection PIN (IP PIN). It helps stop anyone else from filing a tax return with your number.',
    form14039:
      'If you think someone is using your identity, fill out IRS Form 14039 (Identity Theft Affidavit) and send it to the IRS.',
    creditFreeze:
      'Consider a credit freeze. You ask the national credit bureaus to freeze your credit report. This makes it harder for anyone to open new credit in your name.',
    damages:
      'Your right to damages: under federal law (26 U.S.C. 7431), if your tax information was disclosed without authorization, knowingly or through negligence, you can bring a claim for damages in federal court. The amount is $1,000 for each unauthorized disclosure, or your actual damages if they are more.',
    deadline:
      'You have two years from the date you discover the disclosure to bring a claim. The portal can help you prepare one.',
    legalHelp:
      'Free legal help: legal aid organizations and immigrant and taxpayer advocacy groups help at no cost. With your written permission (IRS Form 8821 or Form 2848), they can see your tax information and act for you.',
    notAdvice: 'This is general information, not legal advice. A lawyer can tell you what applies to you.',
  },
  moreInfo:
    'On the portal you can see your record, read what happened and what your rights are, and find free help. Type the address yourself: {portalAddress}',
  breach: {
    copyIntro:
      'This is a copy of your Notice of Data Breach. It was sent because a copy was requested. If you did not ask for it, someone else may have some of your information: see “What You Can Do”.',
    context:
      'In April 2025 the Treasury Department (which includes the IRS) and the Department of Homeland Security (DHS) made an agreement. Under it, U.S. Immigration and Customs Enforcement (ICE) sent the IRS names and addresses to verify. ICE asked about 1.28 million names. The IRS verified about 47,000 of them and shared data about those people with ICE.',
    you: 'Your tax record was among them. On {disclosedOn}, the IRS disclosed information from your tax record to ICE.',
    law: 'Federal law (26 U.S.C. 6103) says tax returns and tax information are confidential. Your name, mailing address and taxpayer identification number count as tax information.',
    courts:
      'In November 2025 a federal court blocked the IRS and DHS from sharing this information. A federal court in Massachusetts also ordered the IRS to stop sharing home addresses with ICE. The government appealed.',
    involved: 'The IRS disclosed this information about you: {disclosedElements}.',
    doingNotify: 'We are sending a notice like this one to each person whose tax record was among those disclosed.',
    doingTreasury:
      'In January 2026 the Treasury Department asked DHS to dispose of data that the IRS gave ICE based on incomplete or insufficient address information.',
    doingFollowUp: 'If DHS certifies that it has disposed of the data it received about you, we will write to you again.',
    doingProtect: 'In the portal, your information is stored encrypted, and every access to it is recorded.',
    seeResult: 'See your full result on the portal.',
  },
  disposal: {
    certified:
      'The Department of Homeland Security (DHS) has certified that it disposed of the data it received from the IRS about you.',
    certifiedOn: 'Date of the certification: {disposalDate}',
    reference: 'Reference of the certification: {disposalReference}',
    involved:
      'On {disclosedOn}, the IRS disclosed this information about you to U.S. Immigration and Customs Enforcement (ICE), which is part of DHS: {disclosedElements}.',
    doingRecorded: 'We have recorded the certification with your record in the portal.',
    keep: 'Keep this notice. It shows the date and the reference of the certification.',
    seeRecord: 'See your record and the certification on the portal.',
  },
  checkResult: {
    asked:
      'Someone asked on the portal, without a notice letter, whether this tax record was among those the IRS disclosed to U.S. Immigration and Customs Enforcement (ICE). We never show that answer on the screen. We send it only to the address in our records, and that is why this notice came to you.',
    answer: 'Your tax record is among those the IRS disclosed to ICE.',
    notYou: 'If you did not ask, someone else may have some of your information: see “What You Can Do”.',
    involved:
      'Your result on the portal shows which information about you was disclosed and when. This notice does not list it.',
    doingCode: 'We made a new access code for you. It opens your result on the portal.',
    doingLogged: 'Every check of a record is written in our audit log.',
    seeResult: 'See your result on the portal.',
  },
  footer: {
    sentBy: 'Sent by Disclosure Check, {portalAddress}.',
    demo: 'DEMONSTRATION: this notice was made with SYNTHETIC (made-up) data. No real person’s data is in it.',
  },
  elements: {
    name: 'your name',
    tin: 'your taxpayer identification number (SSN or ITIN)',
    address: 'your address',
    date_of_birth: 'your date of birth',
  },
  categories: {
    address_verified: 'ICE sent the IRS your name and an address. The IRS verified them against your tax record.',
    address_supplied:
      'ICE sent the IRS your name and an address. The IRS verified them against your tax record and also gave ICE additional address information about you.',
    incomplete_address:
      'ICE sent the IRS your name with incomplete or insufficient address information, and the IRS still shared data about you. This is the kind of data that the Treasury Department asked DHS to dispose of.',
  },
  claimNotice: enClaims,
  orgNotice: enOrgs,
};
