import type { ClaimNoticeStrings } from '../claim-strings';

export const jaClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'あなたの請求番号',
  useClaimNumber:
    '請求を確認するには、ブラウザに {portalAddress} をご自分で入力し、請求状況のページを開いて、この請求番号とあなたのPINを入力してください。',
  pin: 'PINは、請求を行ったときに一度だけ表示されました。PINをメールや郵便で送ることは決してありません。PINは秘密にしてください。PINをなくしても、請求の各段階で引き続きお知らせします。',
  involved:
    'この通知書には、あなたの請求番号と、請求に起きたことが書かれています。あなたのPIN、銀行口座、税務情報は含まれていません。',
  doing: '請求の各段階で、またお知らせします。',
  neverFee:
    '請求を行うとき、また支払いを受けるときに、手数料を求めることは決してありません。こちらから先に電話をすることは決してありません。あなたのPINや銀行口座番号を尋ねることは決してありません。',
  steps: {
    filed: {
      label: '請求を受け付けました',
      detail: 'あなたの請求を受け付けました。審査担当者が確認します。請求を行っても、あなたの権利がなくなることはありません。',
      next: 'この通知書を保管してください。あなたの請求番号が書かれています。',
    },
    information_needed: {
      label: '追加の情報が必要です',
      detail: 'あなたの請求について決定する前に、追加の情報が必要です。{reasons}',
      next: '{date}までに、請求状況のページで回答してください。それまでに回答がない場合、請求は却下されます。',
    },
    approved: {
      label: '承認されました',
      detail: 'あなたの請求は{amount}で承認されました。',
      next: '何もする必要はありません。お選びになった方法でお支払いし、送金したらお知らせします。',
    },
    partly_approved: {
      label: '一部承認されました',
      detail: 'あなたの請求の一部が承認されました：{amount}。{reasons}',
      next: 'お選びになった方法でお支払いし、送金したらお知らせします。納得できない場合は、無料の法律支援があなたの選択肢を説明できます。',
    },
    denied: {
      label: '却下されました',
      detail: 'あなたの請求は却下されました。{reasons}',
      next: '{date}まで、請求状況のページで不服を申し立てることができます。無料の法律支援が、26 U.S.C. 7431に基づき連邦裁判所に請求を行う権利を含め、あなたの選択肢を説明できます。',
    },
    payment_issued: {
      label: '支払いを送りました',
      detail: '{amount}の支払いを送りました。{method}',
      next: '何もする必要はありません。この支払いを受け取るために、手数料や銀行の情報を誰かに渡す必要はありません。',
    },
    payment_returned: {
      label: '支払いが戻ってきました',
      detail: '{amount}の支払いがこちらに戻ってきました。{method}',
      next: '紙の小切手で支払いをもう一度送り、送ったらお知らせします。',
    },
    cure_reminder: {
      label: 'お知らせ：追加の情報が必要です',
      detail: 'あなたの請求について決定する前に、まだ追加の情報が必要です。回答の最終日は{date}です。',
      next: '{date}までに、請求状況のページで回答してください。それまでに回答がない場合、請求は却下されます。',
    },
    appeal_reminder: {
      label: 'お知らせ：不服申し立ての最終日',
      detail: 'あなたの請求は却下されました。不服申し立ての最終日は{date}です。',
      next: '不服を申し立てるには、{date}までに請求状況のページをご利用ください。無料の法律支援が手助けできます。',
    },
  },
  paidBy: {
    check: '紙の小切手で、請求に書かれた住所に郵送しました。',
    direct_deposit: '請求に書かれた銀行口座に、口座振込（direct deposit）で送りました。',
  },
  returnedFrom: {
    check: '小切手が郵便で戻ってきました。',
    direct_deposit: 'あなたの銀行が振込を返却しました。',
  },
  informationReasons: {
    identity_unclear: '請求があなたご本人からのものであることを確認する必要があります。',
    damages_description_missing: '実際の損害を請求されましたが、どのような損害かが書かれていません。',
    damages_documents_missing: '実際の損害を請求されましたが、金額を示す書類が送られていません。',
    mailing_address_unusable: '小切手の送付先の住所には郵便物が届きません。',
    bank_details_unverified: 'あなたの銀行口座を確認できませんでした。',
  },
  denialReasons: {
    no_answer: '追加の情報のお願いに対して、期限までに回答がありませんでした。',
    identity_not_confirmed: '請求があなたご本人からのものであることを確認できませんでした。',
    filed_after_deadline: '請求は、請求の締め切り日の後に行われました。',
    duplicate_claim: 'あなたはすでに請求を行っています。',
    other: '理由は、請求状況のページで説明しています。',
  },
  partialReasons: {
    actual_damages_not_shown: '書類からは請求された実際の損害が確認できないため、法律で定められた金額が承認されました。',
    actual_damages_partly_shown: '書類からは、請求された実際の損害の一部しか確認できません。',
    other: '理由は、請求状況のページで説明しています。',
  },
};
