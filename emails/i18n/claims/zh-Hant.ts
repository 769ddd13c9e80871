import type { ClaimNoticeStrings } from '../claim-strings';

export const zhHantClaims: ClaimNoticeStrings = {
  claimNumberLabel: '您的索賠編號',
  useClaimNumber: '如要查看您的索賠，請自行在瀏覽器中輸入 {portalAddress}，打開索賠狀態頁面，然後輸入這個索賠編號和您的 PIN。',
  pin: '您的 PIN 只在您提出索賠時顯示過一次。我們絕不會用電子郵件或信件寄送 PIN。請對 PIN 保密。即使您遺失了 PIN，我們仍會在索賠的每個階段寫信通知您。',
  involved: '本通知書包含您的索賠編號和您的索賠發生了什麼事，不包含您的 PIN、銀行帳戶或稅務資訊。',
  doing: '在您索賠的每個階段，我們都會再寫信通知您。',
  neverFee: '我們絕不會為提出索賠或支付索賠向您收取任何費用。我們絕不會先打電話給您。我們絕不會向您索取 PIN 或銀行帳號。',
  steps: {
    filed: {
      label: '已收到索賠',
      detail: '我們已收到您的索賠。審核人員會進行審查。提出索賠不會使您失去任何權利。',
      next: '請保留本通知書。上面有您的索賠編號。',
    },
    information_needed: {
      label: '需要更多資料',
      detail: '在對您的索賠作出決定之前，我們需要更多資料。{reasons}',
      next: '請在 {date} 或之前在索賠狀態頁面上回覆。如果到時我們仍未收到您的回覆，您的索賠將被拒絕。',
    },
    approved: {
      label: '已核准',
      detail: '您的索賠已獲核准，金額為 {amount}。',
      next: '您無需做任何事。我們會按您選擇的方式付款，並在付款寄出時寫信通知您。',
    },
    partly_approved: {
      label: '部分核准',
      detail: '您的索賠已獲部分核准：{amount}。{reasons}',
      next: '我們會按您選擇的方式付款，並在付款寄出時寫信通知您。如果您不同意，免費法律協助可以向您說明您的選擇。',
    },
    denied: {
      label: '已拒絕',
      detail: '您的索賠已被拒絕。{reasons}',
      next: '您可以在 {date} 或之前在索賠狀態頁面上提出上訴。免費法律協助可以向您說明您的選擇，包括根據 26 U.S.C. 7431 向聯邦法院提出索賠的權利。',
    },
    payment_issued: {
      label: '已寄出付款',
      detail: '我們已寄出您的付款 {amount}。{method}',
      next: '您無需做任何事。任何人都不需要收費或您的銀行資料，才能把這筆付款交給您。',
    },
    payment_returned: {
      label: '付款被退回',
      detail: '您的付款 {amount} 已退回給我們。{method}',
      next: '我們會改用紙本支票再次付款，並在寄出時寫信通知您。',
    },
    cure_reminder: {
      label: '提醒：需要更多資料',
      detail: '在對您的索賠作出決定之前，我們仍需要更多資料。回覆的最後一天是 {date}。',
      next: '請在 {date} 或之前在索賠狀態頁面上回覆。如果到時我們仍未收到您的回覆，您的索賠將被拒絕。',
    },
    appeal_reminder: {
      label: '提醒：上訴的最後一天',
      detail: '您的索賠已被拒絕。上訴的最後一天是 {date}。',
      next: '如要上訴，請在 {date} 或之前使用索賠狀態頁面。免費法律協助可以幫助您。',
    },
    payment_changed: {
      label: '付款資料已變更',
      detail: '{date}，有人在索賠狀態頁面上變更了我們寄送您付款的地方。為了安全，本通知不會顯示新的資料。',
      next: '如果是您本人變更的，您不需要做任何事。如果不是您，請立即與我們聯絡：協助專線和我們的郵寄地址都在入口網站上。如果您的索賠已經核准，我們會在付款前先向您確認。',
    },
  },
  paidBy: {
    check: '這是一張紙本支票，已郵寄到您索賠上的地址。',
    direct_deposit: '這筆款項已以直接存款（direct deposit）方式存入您索賠上的銀行帳戶。',
  },
  returnedFrom: {
    check: '支票已被郵寄退回。',
    direct_deposit: '您的銀行退回了這筆直接存款。',
  },
  informationReasons: {
    identity_unclear: '我們需要確認這項索賠是由您本人提出的。',
    damages_description_missing: '您要求賠償實際損害，但沒有說明是哪些損害。',
    damages_documents_missing: '您要求賠償實際損害，但沒有寄來顯示金額的文件。',
    mailing_address_unusable: '您支票的郵寄地址無法收到郵件。',
    bank_details_unverified: '我們無法核實您的銀行帳戶。',
  },
  denialReasons: {
    no_answer: '我們在期限前沒有收到您對補充資料要求的回覆。',
    identity_not_confirmed: '我們無法確認這項索賠是由您本人提出的。',
    filed_after_deadline: '這項索賠是在索賠截止日期之後提出的。',
    duplicate_claim: '您已經有一項索賠。',
    other: '索賠狀態頁面上說明了原因。',
  },
  partialReasons: {
    actual_damages_not_shown: '文件沒有顯示您要求的實際損害，因此核准了法律規定的金額。',
    actual_damages_partly_shown: '文件只顯示了您要求的部分實際損害。',
    other: '索賠狀態頁面上說明了原因。',
  },
};
