import type { ClaimNoticeStrings } from '../claim-strings';

// Short sentences, one idea each. The PIN is never in a notice: it was shown once on the confirmation page,
// and a notice can be read by anyone who opens the mailbox. Without the PIN the person still gets a notice
// like this one at each step, so losing it costs them nothing they need.
export const enClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Your claim number',
  useClaimNumber:
    'To see your claim, type {portalAddress} into your browser yourself, open the claim status page, and enter this claim number and your PIN.',
  pin: 'Your PIN was shown once, when you filed. We never send it by email or letter. Keep it secret. If you lost it, we will still write to you at each step of your claim.',
  involved:
    'This notice has your claim number and what happened to your claim. It does not have your PIN, your bank account or your tax information.',
  doing: 'We will write to you again at each step of your claim.',
  neverFee:
    'We never ask for a fee to file or to pay a claim. We never call you first. We never ask for your PIN or your bank account number.',
  steps: {
    filed: {
      label: 'Claim received',
      detail: 'We received your claim. A reviewer will look at it. Filing a claim does not take away any of your rights.',
      next: 'Keep this notice. It has your claim number.',
    },
    information_needed: {
      label: 'More information needed',
      detail: 'We need more information before we can decide your claim. {reasons}',
      next: 'Answer on the claim status page by {date}. If we do not have your answer by then, your claim will be denied.',
    },
    approved: {
      label: 'Approved',
      detail: 'Your claim was approved for {amount}.',
      next: 'You do not need to do anything. We will send the payment the way you chose, and write to you when it is sent.',
    },
    partly_approved: {
      label: 'Partly approved',
      detail: 'Part of your claim was approved: {amount}. {reasons}',
      next: 'We will send the payment the way you chose, and write to you when it is sent. Free legal help can explain your options if you disagree.',
    },
    denied: {
      label: 'Denied',
      detail: 'Your claim was denied. {reasons}',
      next: 'You can appeal on the claim status page until {date}. Free legal help can explain your options, including the right to bring a claim in federal court under 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Payment sent',
      detail: 'We sent your payment of {amount}. {method}',
      next: 'You do not need to do anything. No one needs a fee or your bank details to give you this payment.',
    },
    payment_returned: {
      label: 'Payment returned',
      detail: 'Your payment of {amount} came back to us. {method}',
      next: 'We will send the payment again as a paper check, and write to you when it is sent.',
    },
    cure_reminder: {
      label: 'Reminder: more information needed',
      detail: 'We still need more information before we can decide your claim. The last day to answer is {date}.',
      next: 'Answer on the claim status page by {date}. If we do not have your answer by then, your claim will be denied.',
    },
    appeal_reminder: {
      label: 'Reminder: last day to appeal',
      detail: 'Your claim was denied. The last day to appeal is {date}.',
      next: 'To appeal, use the claim status page by {date}. Free legal help can help you.',
    },
    payment_changed: {
      label: 'Payment details changed',
      detail: 'Where we send your payment was changed on the claim status page on {date}. To keep them safe, this notice does not show the new details.',
      next: 'If you made this change, you do not need to do anything. If you did not make it, contact us at once: the help line and our mailing address are on the portal. If your claim was already approved, we will check with you before we send the payment.',
    },
  },
  paidBy: {
    check: 'It is a paper check, mailed to the address on your claim.',
    direct_deposit: 'It was sent by direct deposit to the bank account on your claim.',
  },
  returnedFrom: {
    check: 'The check came back by mail.',
    direct_deposit: 'Your bank sent the direct deposit back.',
  },
  informationReasons: {
    identity_unclear: 'We need to confirm that the claim comes from you.',
    damages_description_missing: 'You asked for actual damages but did not say what they were.',
    damages_documents_missing: 'You asked for actual damages but did not send documents that show the amount.',
    mailing_address_unusable: 'The mailing address for your check cannot receive mail.',
    bank_details_unverified: 'We could not verify your bank account.',
  },
  denialReasons: {
    no_answer: 'We did not get an answer to our request for more information by its date.',
    identity_not_confirmed: 'We could not confirm that the claim comes from you.',
    filed_after_deadline: 'The claim was filed after the deadline for claims.',
    duplicate_claim: 'You already have a claim.',
    other: 'The claim status page explains why.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'The documents do not show the actual damages you asked for, so the amount set by law was approved.',
    actual_damages_partly_shown: 'The documents show only part of the actual damages you asked for.',
    other: 'The claim status page explains why.',
  },
};
