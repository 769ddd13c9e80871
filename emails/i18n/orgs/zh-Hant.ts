import type { OrgNoticeStrings } from '../org-strings';

export const zhHantOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: '您的登入連結',
    org_invitation: '邀請您加入您的機構',
    org_application_approved: '您機構的申請已獲批准',
    org_application_rejected: '關於您機構申請的決定',
  },
  subjects: {
    org_sign_in_link: '您的 Disclosure Check 登入連結',
    org_invitation: '邀請您加入 Disclosure Check',
    org_application_approved: '您向 Disclosure Check 提出的申請已獲批准',
    org_application_rejected: '關於您向 Disclosure Check 提出申請的決定',
  },
  previews: {
    org_sign_in_link: '此連結在 15 分鐘內有效，只能使用一次。',
    org_invitation: '您的機構已將您加為成員。此電子郵件沒有連結。',
    org_application_approved: '您現在可以登入。此電子郵件沒有連結。',
    org_application_rejected: '決定及其理由。此電子郵件沒有連結。',
  },
  greeting: '您好：',
  signIn: {
    asked: '有人要求使用此電子郵件地址登入 Disclosure Check 的機構專區。',
    button: '登入',
    linkText: '如果按鈕無法使用，請將此網址複製到瀏覽器：',
    expiry: '此連結在 15 分鐘內有效，而且只能使用一次。開啟後，請按頁面上的按鈕登入。',
    notYou: '如果不是您提出的要求，您不需要做任何事。沒有此連結和您驗證應用程式的代碼，任何人都無法登入。',
    oneLink: '此電子郵件只有一個連結，連到 {portalAddress}。如果電子郵件中的連結連到其他地方，請不要開啟。',
  },
  invitation: {
    invited: '您已在 Disclosure Check 被加為 {orgName} 的成員。Disclosure Check 是為稅務紀錄被 IRS 交給移民執法機關的人所設的入口網站。',
    howTo: '若要登入，請自行在瀏覽器中輸入下方網址，並輸入此電子郵件地址。我們會寄給您登入連結。',
    notExpected: '如果您沒有與此機構合作，您不需要做任何事。',
  },
  approved: {
    decided: '{orgName} 申請在 Disclosure Check 協助客戶，已獲批准。',
    howTo: '您現在可以使用此電子郵件地址登入。請自行在瀏覽器中輸入下方網址，並輸入此電子郵件地址。我們會寄給您登入連結。',
    invite: '登入後，您可以邀請您機構的其他人。',
  },
  rejected: {
    decided: '{orgName} 申請在 Disclosure Check 協助客戶，未獲批准。',
    reason: '提出的理由：{decisionReason}',
    again: '如果您能修正理由中所說的問題，可以再次申請。',
  },
  signInAddressLine: '登入的地方：{signInAddress}',
  neverAskCode: '我們絕不會透過電子郵件、簡訊或電話向您索取驗證應用程式的代碼或登入連結。',
};
