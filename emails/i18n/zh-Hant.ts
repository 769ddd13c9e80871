import type { EmailStrings } from './email-strings';
import { zhHantClaims } from './claims/zh-Hant';
import { zhHantOrgs } from './orgs/zh-Hant';

// 繁體中文 (Chinese, Traditional; Taiwan usage). Terms: see glossary.md. Formal register (您), short sentences.
export const zhHant: EmailStrings = {
  intlLocale: 'zh-Hant',
  titles: {
    initial_notice: '資料外洩通知書',
    notice_copy: '資料外洩通知書',
    disposal_confirmation: '資料已銷毀的確認',
    check_result: '對您查詢的答覆',
    claim_status: '您的索賠最新情況',
  },
  subjects: {
    initial_notice: '資料外洩通知：關於您稅務記錄中的資訊',
    notice_copy: '您的資料外洩通知書副本',
    disposal_confirmation: '關於您稅務記錄的最新情況：資料銷毀已確認',
    check_result: '來自 Disclosure Check 的答覆',
    claim_status: '您的索賠 {claimReference} 的最新情況',
  },
  previews: {
    initial_notice: '關於您稅務記錄的重要資訊。本通知書不含任何連結。',
    notice_copy: '應申請寄出的通知書副本。本通知書不含任何連結。',
    disposal_confirmation: '關於您稅務記錄中資料的最新情況。本通知書不含任何連結。',
    check_result: '對在 Disclosure Check 上所作查詢的答覆。本通知書不含任何連結。',
    claim_status: '有關您索賠的消息。本通知書不含任何連結。',
  },
  greeting: '{firstName}，您好：',
  headings: {
    whatHappened: '發生了什麼',
    whatInfo: '涉及哪些資訊',
    whatWeDo: '我們正在做什麼',
    whatYouCanDo: '您可以怎麼做',
    moreInfo: '更多資訊',
  },
  code: {
    noticeCodeLabel: '您的通知代碼',
    accessCodeLabel: '您的存取碼',
    useNoticeCode:
      '請親自在瀏覽器中輸入 {portalAddress}，選擇「查詢您的記錄」，然後輸入此通知代碼和您的出生日期。',
    useAccessCode:
      '請親自在瀏覽器中輸入 {portalAddress}，選擇「查詢您的記錄」，然後輸入此存取碼和您的出生日期。',
  },
  safety: {
    onlyAddress: '本入口網站只有一個網址：{portalAddress}',
    typeIt:
      '本通知書不含任何連結。請親自在瀏覽器中輸入網址。自稱來自我們的電子郵件、簡訊或社群媒體貼文中的連結，請不要開啟。',
    neverAsk: '我們絕不會透過電子郵件、簡訊或電話索取您的社會安全號碼（SSN）或 ITIN。',
    free: '使用本入口網站是免費的。它絕不向您收費，也絕不要求您放棄任何權利。',
  },
  protect: {
    ipPin:
      '向國稅局（IRS）申請身分保護 PIN（IP PIN）。它有助於防止他人用您的號碼提交報稅表。',
    form14039:
      '如果您認為有人在盜用您的身分，請填寫國稅局（IRS）的 Form 14039（身分盜用宣誓書）並寄給國稅局。',
    creditFreeze:
      '考慮凍結信用。您可以要求全國性的信用報告機構凍結您的信用報告。這會讓他人更難以您的名義開設新的信用帳戶。',
    damages:
      '您獲得賠償的權利：根據聯邦法律（26 U.S.C. 7431），如果您的稅務資訊因故意或過失而被未經授權地揭露，您可以向聯邦法院提出損害賠償索賠。金額為每次未經授權的揭露 1,000 美元，如果您的實際損失更大，則按實際損失計算。',
    deadline:
      '您必須在發現揭露之日起兩年內提出索賠。本入口網站可以幫助您準備索賠。',
    legalHelp:
      '免費法律幫助：法律援助機構以及移民和納稅人權益團體提供免費幫助。有了您的書面許可（國稅局（IRS）的 Form 8821 或 Form 2848），他們可以檢視您的稅務資訊並代表您辦理事務。',
    notAdvice: '以上是一般性資訊，不是法律意見。律師可以告訴您哪些規定適用於您。',
  },
  moreInfo:
    '在本入口網站上，您可以檢視您的記錄，瞭解發生了什麼以及您享有哪些權利，並找到免費幫助。請親自輸入網址：{portalAddress}',
  breach: {
    copyIntro:
      '這是您的資料外洩通知書副本。因為有人申請了副本，所以寄出此件。如果您沒有申請，可能是別人掌握了您的部分資訊：請參閱「您可以怎麼做」。',
    context:
      '2025 年 4 月，國稅局（IRS）所屬的財政部與國土安全部（DHS）達成了一項協議。根據該協議，美國移民及海關執法局（ICE）向國稅局傳送姓名和地址以供核實。ICE 查詢了約 128 萬個姓名。國稅局核實了其中約 47,000 人，並把這些人的資料提供給了 ICE。',
    you: '您的稅務記錄也在其中。{disclosedOn}，國稅局（IRS）把您稅務記錄中的資訊揭露給了 ICE。',
    law: '聯邦法律（26 U.S.C. 6103）規定，報稅表和稅務資訊是保密的。您的姓名、郵寄地址和納稅人識別號碼都屬於稅務資訊。',
    courts:
      '2025 年 11 月，一家聯邦法院禁止國稅局（IRS）和國土安全部（DHS）共享這些資訊。麻薩諸塞州的一家聯邦法院也命令國稅局停止向 ICE 提供住家地址。政府已提出上訴。',
    involved: '國稅局（IRS）揭露了您的以下資訊：{disclosedElements}。',
    doingNotify: '我們正在向稅務記錄被揭露的每一個人傳送與此相同的通知書。',
    doingTreasury:
      '2026 年 1 月，財政部要求國土安全部（DHS）銷毀國稅局（IRS）根據不完整或不充分的地址資訊提供給 ICE 的資料。',
    doingFollowUp: '如果國土安全部（DHS）證明已銷毀所收到的關於您的資料，我們會再次寫信通知您。',
    doingProtect: '在本入口網站中，您的資訊以加密方式儲存，每次存取都有紀錄。',
    seeResult: '請在本入口網站上檢視您的完整結果。',
  },
  disposal: {
    certified:
      '國土安全部（DHS）已證明，已銷毀從國稅局（IRS）收到的關於您的資料。',
    certifiedOn: '證明日期：{disposalDate}',
    reference: '證明的參考編號：{disposalReference}',
    involved:
      '{disclosedOn}，國稅局（IRS）把您的以下資訊揭露給了隸屬於國土安全部（DHS）的美國移民及海關執法局（ICE）：{disclosedElements}。',
    doingRecorded: '我們已把此證明與您的記錄一同登記在本入口網站中。',
    keep: '請保留本通知書。它載明了證明的日期和參考編號。',
    seeRecord: '請在本入口網站上檢視您的記錄和此證明。',
  },
  checkResult: {
    asked:
      '有人在本入口網站上，在沒有通知信件的情況下，查詢了這份稅務記錄是否在國稅局（IRS）揭露給美國移民及海關執法局（ICE）的記錄之中。我們絕不會在螢幕上顯示答覆。我們只把答覆寄到我們記錄中的地址，因此您收到了本通知書。',
    answer: '您的稅務記錄在國稅局（IRS）揭露給 ICE 的記錄之中。',
    notYou: '如果您沒有查詢過，可能是別人掌握了您的部分資訊：請參閱「您可以怎麼做」。',
    involved:
      '您在本入口網站上的結果會顯示您的哪些資訊在何時被揭露。本通知書不列出這些資訊。',
    doingCode: '我們為您產生了一個新的存取碼。它可以在本入口網站上開啟您的結果。',
    doingLogged: '每次對記錄的查詢都會寫入我們的稽核日誌。',
    seeResult: '請在本入口網站上檢視您的結果。',
  },
  footer: {
    sentBy: '由 Disclosure Check（{portalAddress}）傳送。',
    demo: '示範：本通知書使用虛構的（編造的）資料製作，不含任何真實人員的資料。',
  },
  elements: {
    name: '您的姓名',
    tin: '您的納稅人識別號碼（SSN 或 ITIN）',
    address: '您的地址',
    date_of_birth: '您的出生日期',
  },
  categories: {
    address_verified: 'ICE 把您的姓名和一個地址發給了國稅局（IRS）。國稅局將其與您的稅務記錄進行了核實。',
    address_supplied:
      'ICE 把您的姓名和一個地址發給了國稅局（IRS）。國稅局將其與您的稅務記錄進行了核實，還向 ICE 提供了關於您的更多地址資訊。',
    incomplete_address:
      'ICE 發給國稅局（IRS）的是您的姓名以及不完整或不充分的地址資訊，但國稅局仍然提供了關於您的資料。財政部要求國土安全部（DHS）銷毀的正是這類資料。',
  },
  claimNotice: zhHantClaims,
  orgNotice: zhHantOrgs,
};
