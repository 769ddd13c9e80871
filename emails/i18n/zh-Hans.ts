import type { EmailStrings } from './email-strings';
import { zhHansClaims } from './claims/zh-Hans';
import { zhHansOrgs } from './orgs/zh-Hans';

// 简体中文 (Chinese, Simplified). Terms: see glossary.md. Formal register (您), short sentences.
export const zhHans: EmailStrings = {
  intlLocale: 'zh-Hans',
  titles: {
    initial_notice: '数据泄露通知书',
    notice_copy: '数据泄露通知书',
    disposal_confirmation: '数据已销毁的确认',
    check_result: '对您查询的答复',
    claim_status: '您的索赔最新情况',
  },
  subjects: {
    initial_notice: '数据泄露通知：关于您税务记录中的信息',
    notice_copy: '您的数据泄露通知书副本',
    disposal_confirmation: '关于您税务记录的最新情况：数据销毁已确认',
    check_result: '来自 Disclosure Check 的答复',
    claim_status: '您的索赔 {claimReference} 的最新情况',
  },
  previews: {
    initial_notice: '关于您税务记录的重要信息。本通知书不含任何链接。',
    notice_copy: '应申请寄出的通知书副本。本通知书不含任何链接。',
    disposal_confirmation: '关于您税务记录中数据的最新情况。本通知书不含任何链接。',
    check_result: '对在 Disclosure Check 上所作查询的答复。本通知书不含任何链接。',
    claim_status: '有关您索赔的消息。本通知书不含任何链接。',
  },
  greeting: '{firstName}，您好：',
  headings: {
    whatHappened: '发生了什么',
    whatInfo: '涉及哪些信息',
    whatWeDo: '我们正在做什么',
    whatYouCanDo: '您可以怎么做',
    moreInfo: '更多信息',
  },
  code: {
    noticeCodeLabel: '您的通知代码',
    accessCodeLabel: '您的访问码',
    useNoticeCode:
      '请亲自在浏览器中输入 {portalAddress}，选择“查询您的记录”，然后输入此通知代码和您的出生日期。',
    useAccessCode:
      '请亲自在浏览器中输入 {portalAddress}，选择“查询您的记录”，然后输入此访问码和您的出生日期。',
  },
  safety: {
    onlyAddress: '本门户网站只有一个网址：{portalAddress}',
    typeIt:
      '本通知书不含任何链接。请亲自在浏览器中输入网址。自称来自我们的电子邮件、短信或社交媒体帖子中的链接，请不要打开。',
    neverAsk: '我们绝不会通过电子邮件、短信或电话索要您的社会安全号码（SSN）或 ITIN。',
    free: '使用本门户网站是免费的。它绝不向您收费，也绝不要求您放弃任何权利。',
  },
  protect: {
    ipPin:
      '向国税局（IRS）申请身份保护 PIN（IP PIN）。它有助于防止他人用您的号码提交报税表。',
    form14039:
      '如果您认为有人在盗用您的身份，请填写国税局（IRS）的 Form 14039（身份盗用宣誓书）并寄给国税局。',
    creditFreeze:
      '考虑冻结信用。您可以要求全国性的信用报告机构冻结您的信用报告。这会让他人更难以您的名义开设新的信用账户。',
    damages:
      '您获得赔偿的权利：根据联邦法律（26 U.S.C. 7431），如果您的税务信息因故意或过失而被未经授权地披露，您可以向联邦法院提出损害赔偿索赔。金额为每次未经授权的披露 1,000 美元，如果您的实际损失更大，则按实际损失计算。',
    deadline:
      '您必须在发现披露之日起两年内提出索赔。本门户网站可以帮助您准备索赔。',
    legalHelp:
      '免费法律帮助：法律援助机构以及移民和纳税人权益团体提供免费帮助。有了您的书面许可（国税局（IRS）的 Form 8821 或 Form 2848），他们可以查看您的税务信息并代表您办理事务。',
    notAdvice: '以上是一般性信息，不是法律意见。律师可以告诉您哪些规定适用于您。',
  },
  moreInfo:
    '在本门户网站上，您可以查看您的记录，了解发生了什么以及您享有哪些权利，并找到免费帮助。请亲自输入网址：{portalAddress}',
  breach: {
    copyIntro:
      '这是您的数据泄露通知书副本。因为有人申请了副本，所以寄出此件。如果您没有申请，可能是别人掌握了您的部分信息：请参阅“您可以怎么做”。',
    context:
      '2025 年 4 月，国税局（IRS）所属的财政部与国土安全部（DHS）达成了一项协议。根据该协议，美国移民和海关执法局（ICE）向国税局发送姓名和地址以供核实。ICE 查询了约 128 万个姓名。国税局核实了其中约 47,000 人，并把这些人的数据提供给了 ICE。',
    you: '您的税务记录也在其中。{disclosedOn}，国税局（IRS）把您税务记录中的信息披露给了 ICE。',
    law: '联邦法律（26 U.S.C. 6103）规定，报税表和税务信息是保密的。您的姓名、邮寄地址和纳税人识别号码都属于税务信息。',
    courts:
      '2025 年 11 月，一家联邦法院禁止国税局（IRS）和国土安全部（DHS）共享这些信息。马萨诸塞州的一家联邦法院也命令国税局停止向 ICE 提供住家地址。政府已提出上诉。',
    involved: '国税局（IRS）披露了您的以下信息：{disclosedElements}。',
    doingNotify: '我们正在向税务记录被披露的每一个人发送与此相同的通知书。',
    doingTreasury:
      '2026 年 1 月，财政部要求国土安全部（DHS）销毁国税局（IRS）根据不完整或不充分的地址信息提供给 ICE 的数据。',
    doingFollowUp: '如果国土安全部（DHS）证明已销毁所收到的关于您的数据，我们会再次写信通知您。',
    doingProtect: '在本门户网站中，您的信息以加密方式保存，每次访问都有记录。',
    seeResult: '请在本门户网站上查看您的完整结果。',
  },
  disposal: {
    certified:
      '国土安全部（DHS）已证明，已销毁从国税局（IRS）收到的关于您的数据。',
    certifiedOn: '证明日期：{disposalDate}',
    reference: '证明的参考编号：{disposalReference}',
    involved:
      '{disclosedOn}，国税局（IRS）把您的以下信息披露给了隶属于国土安全部（DHS）的美国移民和海关执法局（ICE）：{disclosedElements}。',
    doingRecorded: '我们已把此证明与您的记录一同登记在本门户网站中。',
    keep: '请保留本通知书。它载明了证明的日期和参考编号。',
    seeRecord: '请在本门户网站上查看您的记录和此证明。',
  },
  checkResult: {
    asked:
      '有人在本门户网站上，在没有通知信件的情况下，查询了这份税务记录是否在国税局（IRS）披露给美国移民和海关执法局（ICE）的记录之中。我们绝不会在屏幕上显示答复。我们只把答复寄到我们记录中的地址，因此您收到了本通知书。',
    answer: '您的税务记录在国税局（IRS）披露给 ICE 的记录之中。',
    notYou: '如果您没有查询过，可能是别人掌握了您的部分信息：请参阅“您可以怎么做”。',
    involved:
      '您在本门户网站上的结果会显示您的哪些信息在何时被披露。本通知书不列出这些信息。',
    doingCode: '我们为您生成了一个新的访问码。它可以在本门户网站上打开您的结果。',
    doingLogged: '每次对记录的查询都会写入我们的审计日志。',
    seeResult: '请在本门户网站上查看您的结果。',
  },
  footer: {
    sentBy: '由 Disclosure Check（{portalAddress}）发送。',
    demo: '演示：本通知书使用虚构的（编造的）数据制作，不含任何真实人员的数据。',
  },
  elements: {
    name: '您的姓名',
    tin: '您的纳税人识别号码（SSN 或 ITIN）',
    address: '您的地址',
    date_of_birth: '您的出生日期',
  },
  categories: {
    address_verified: 'ICE 把您的姓名和一个地址发给了国税局（IRS）。国税局将其与您的税务记录进行了核实。',
    address_supplied:
      'ICE 把您的姓名和一个地址发给了国税局（IRS）。国税局将其与您的税务记录进行了核实，还向 ICE 提供了关于您的更多地址信息。',
    incomplete_address:
      'ICE 发给国税局（IRS）的是您的姓名以及不完整或不充分的地址信息，但国税局仍然提供了关于您的数据。财政部要求国土安全部（DHS）销毁的正是这类数据。',
  },
  claimNotice: zhHansClaims,
  orgNotice: zhHansOrgs,
};
