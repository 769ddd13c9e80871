import type { OrgNoticeStrings } from '../org-strings';

export const jaOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'サインイン用リンク',
    org_invitation: '団体への招待',
    org_application_approved: '団体の申請が承認されました',
    org_application_rejected: '団体の申請についての決定',
  },
  subjects: {
    org_sign_in_link: 'Disclosure Check のサインイン用リンク',
    org_invitation: 'Disclosure Check への招待',
    org_application_approved: 'Disclosure Check への申請が承認されました',
    org_application_rejected: 'Disclosure Check への申請についての決定',
  },
  previews: {
    org_sign_in_link: 'リンクは15分間、1回だけ使えます。',
    org_invitation: '団体があなたをメンバーに追加しました。このメールにリンクはありません。',
    org_application_approved: 'サインインできるようになりました。このメールにリンクはありません。',
    org_application_rejected: '決定とその理由です。このメールにリンクはありません。',
  },
  greeting: 'こんにちは。',
  signIn: {
    asked: 'このメールアドレスで Disclosure Check の団体向けページにサインインする依頼がありました。',
    button: 'サインイン',
    linkText: 'ボタンが使えない場合は、このアドレスをブラウザにコピーしてください：',
    expiry: 'リンクは15分間、1回だけ使えます。開いたあと、ページのボタンを押してサインインしてください。',
    notYou: '心当たりがない場合は、何もする必要はありません。このリンクと認証アプリのコードがなければ、誰もサインインできません。',
    oneLink: 'このメールのリンクは1つだけで、{portalAddress} につながります。メールのリンクが別の場所につながる場合は、開かないでください。',
  },
  invitation: {
    invited: 'あなたは Disclosure Check で {orgName} のメンバーに追加されました。Disclosure Check は、IRS が税の記録を移民取締当局に渡した人のためのポータルです。',
    howTo: 'サインインするには、下のアドレスをご自分でブラウザに入力し、このメールアドレスを入力してください。サインイン用リンクをお送りします。',
    notExpected: 'この団体と一緒に働いていない場合は、何もする必要はありません。',
  },
  approved: {
    decided: 'Disclosure Check で依頼人を支援するための {orgName} の申請が承認されました。',
    howTo: 'このメールアドレスでサインインできるようになりました。下のアドレスをご自分でブラウザに入力し、このメールアドレスを入力してください。サインイン用リンクをお送りします。',
    invite: 'サインインしたあと、団体のほかの人を招待できます。',
  },
  rejected: {
    decided: 'Disclosure Check で依頼人を支援するための {orgName} の申請は承認されませんでした。',
    reason: '理由：{decisionReason}',
    again: '理由に書かれた点を直せる場合は、もう一度申請できます。',
  },
  signInAddressLine: 'サインインする場所：{signInAddress}',
  neverAskCode: '認証アプリのコードやサインイン用リンクを、メール、SMS、電話で求めることは決してありません。',
};
