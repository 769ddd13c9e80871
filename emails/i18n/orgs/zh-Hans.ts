import type { OrgNoticeStrings } from '../org-strings';

export const zhHansOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: '您的登录链接',
    org_invitation: '邀请您加入您的机构',
    org_application_approved: '您机构的申请已获批准',
    org_application_rejected: '关于您机构申请的决定',
  },
  subjects: {
    org_sign_in_link: '您的 Disclosure Check 登录链接',
    org_invitation: '邀请您加入 Disclosure Check',
    org_application_approved: '您向 Disclosure Check 提交的申请已获批准',
    org_application_rejected: '关于您向 Disclosure Check 提交申请的决定',
  },
  previews: {
    org_sign_in_link: '此链接在 15 分钟内有效，只能使用一次。',
    org_invitation: '您的机构已将您添加为成员。此电子邮件没有链接。',
    org_application_approved: '您现在可以登录。此电子邮件没有链接。',
    org_application_rejected: '决定及其理由。此电子邮件没有链接。',
  },
  greeting: '您好：',
  signIn: {
    asked: '有人请求使用此电子邮件地址登录 Disclosure Check 的机构专区。',
    button: '登录',
    linkText: '如果按钮无法使用，请将此网址复制到浏览器：',
    expiry: '此链接在 15 分钟内有效，而且只能使用一次。打开后，请按页面上的按钮登录。',
    notYou: '如果不是您提出的请求，您不需要做任何事。没有此链接和您验证应用的代码，任何人都无法登录。',
    oneLink: '此电子邮件只有一个链接，指向 {portalAddress}。如果电子邮件中的链接指向其他地方，请不要打开。',
  },
  invitation: {
    invited: '您已在 Disclosure Check 被添加为 {orgName} 的成员。Disclosure Check 是为税务记录被 IRS 交给移民执法部门的人设立的门户网站。',
    howTo: '如需登录，请自己在浏览器中输入下方网址，并输入此电子邮件地址。我们会给您发送登录链接。',
    notExpected: '如果您没有与此机构合作，您不需要做任何事。',
  },
  approved: {
    decided: '{orgName} 申请在 Disclosure Check 协助客户，已获批准。',
    howTo: '您现在可以使用此电子邮件地址登录。请自己在浏览器中输入下方网址，并输入此电子邮件地址。我们会给您发送登录链接。',
    invite: '登录后，您可以邀请您机构的其他人。',
  },
  rejected: {
    decided: '{orgName} 申请在 Disclosure Check 协助客户，未获批准。',
    reason: '提出的理由：{decisionReason}',
    again: '如果您能纠正理由中所说的问题，可以再次申请。',
  },
  signInAddressLine: '登录的地方：{signInAddress}',
  neverAskCode: '我们绝不会通过电子邮件、短信或电话向您索取验证应用的代码或登录链接。',
};
