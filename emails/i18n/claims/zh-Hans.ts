import type { ClaimNoticeStrings } from '../claim-strings';

export const zhHansClaims: ClaimNoticeStrings = {
  claimNumberLabel: '您的索赔编号',
  useClaimNumber: '如要查看您的索赔，请自行在浏览器中输入 {portalAddress}，打开索赔状态页面，然后输入这个索赔编号和您的 PIN。',
  pin: '您的 PIN 只在您提出索赔时显示过一次。我们绝不会用电子邮件或信件发送 PIN。请对 PIN 保密。即使您遗失了 PIN，我们仍会在索赔的每个阶段写信通知您。',
  involved: '本通知书包含您的索赔编号和您的索赔发生了什么事，不包含您的 PIN、银行账户或税务信息。',
  doing: '在您索赔的每个阶段，我们都会再写信通知您。',
  neverFee: '我们绝不会为提出索赔或支付索赔向您收取任何费用。我们绝不会先给您打电话。我们绝不会向您索要 PIN 或银行账号。',
  steps: {
    filed: {
      label: '已收到索赔',
      detail: '我们已收到您的索赔。审核人员会进行审查。提出索赔不会使您失去任何权利。',
      next: '请保留本通知书。上面有您的索赔编号。',
    },
    information_needed: {
      label: '需要更多资料',
      detail: '在对您的索赔作出决定之前，我们需要更多资料。{reasons}',
      next: '请在 {date} 或之前在索赔状态页面上回复。如果到时我们仍未收到您的回复，您的索赔将被拒绝。',
    },
    approved: {
      label: '已批准',
      detail: '您的索赔已获批准，金额为 {amount}。',
      next: '您无需做任何事。我们会按您选择的方式付款，并在付款寄出时写信通知您。',
    },
    partly_approved: {
      label: '部分批准',
      detail: '您的索赔已获部分批准：{amount}。{reasons}',
      next: '我们会按您选择的方式付款，并在付款寄出时写信通知您。如果您不同意，免费法律援助可以向您说明您的选择。',
    },
    denied: {
      label: '已拒绝',
      detail: '您的索赔已被拒绝。{reasons}',
      next: '您可以在 {date} 或之前在索赔状态页面上提出上诉。免费法律援助可以向您说明您的选择，包括根据 26 U.S.C. 7431 向联邦法院提出索赔的权利。',
    },
    payment_issued: {
      label: '已寄出付款',
      detail: '我们已寄出您的付款 {amount}。{method}',
      next: '您无需做任何事。任何人都不需要收费或您的银行资料，才能把这笔付款交给您。',
    },
    payment_returned: {
      label: '付款被退回',
      detail: '您的付款 {amount} 已退回给我们。{method}',
      next: '我们会改用纸质支票再次付款，并在寄出时写信通知您。',
    },
    cure_reminder: {
      label: '提醒：需要更多资料',
      detail: '在对您的索赔作出决定之前，我们仍需要更多资料。回复的最后一天是 {date}。',
      next: '请在 {date} 或之前在索赔状态页面上回复。如果到时我们仍未收到您的回复，您的索赔将被拒绝。',
    },
    appeal_reminder: {
      label: '提醒：上诉的最后一天',
      detail: '您的索赔已被拒绝。上诉的最后一天是 {date}。',
      next: '如要上诉，请在 {date} 或之前使用索赔状态页面。免费法律援助可以帮助您。',
    },
    payment_changed: {
      label: '付款信息已更改',
      detail: '{date}，有人在索赔状态页面上更改了我们寄送您付款的地方。为了安全，本通知不会显示新的信息。',
      next: '如果是您本人更改的，您不需要做任何事。如果不是您，请立即与我们联系：帮助热线和我们的邮寄地址都在门户网站上。如果您的索赔已经获批，我们会在付款前先向您确认。',
    },
  },
  paidBy: {
    check: '这是一张纸质支票，已邮寄到您索赔上的地址。',
    direct_deposit: '这笔款项已通过直接存款（direct deposit）存入您索赔上的银行账户。',
  },
  returnedFrom: {
    check: '支票已被邮寄退回。',
    direct_deposit: '您的银行退回了这笔直接存款。',
  },
  informationReasons: {
    identity_unclear: '我们需要确认这项索赔是由您本人提出的。',
    damages_description_missing: '您要求赔偿实际损害，但没有说明是哪些损害。',
    damages_documents_missing: '您要求赔偿实际损害，但没有寄来显示金额的文件。',
    mailing_address_unusable: '您支票的邮寄地址无法收到邮件。',
    bank_details_unverified: '我们无法核实您的银行账户。',
  },
  denialReasons: {
    no_answer: '我们在期限前没有收到您对补充资料要求的回复。',
    identity_not_confirmed: '我们无法确认这项索赔是由您本人提出的。',
    filed_after_deadline: '这项索赔是在索赔截止日期之后提出的。',
    duplicate_claim: '您已经有一项索赔。',
    other: '索赔状态页面上说明了原因。',
  },
  partialReasons: {
    actual_damages_not_shown: '文件没有显示您要求的实际损害，因此批准了法律规定的金额。',
    actual_damages_partly_shown: '文件只显示了您要求的部分实际损害。',
    other: '索赔状态页面上说明了原因。',
  },
};
