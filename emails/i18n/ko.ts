import type { EmailStrings } from './email-strings';
import { koClaims } from './claims/ko';
import { koOrgs } from './orgs/ko';

// 한국어 (Korean). Terms: see glossary.md. 합니다체, short sentences.
export const ko: EmailStrings = {
  intlLocale: 'ko',
  titles: {
    initial_notice: '데이터 유출 통지서',
    notice_copy: '데이터 유출 통지서',
    disposal_confirmation: '데이터 폐기 확인',
    check_result: '확인 요청에 대한 답변',
    claim_status: '청구 진행 상황 안내',
  },
  subjects: {
    initial_notice: '데이터 유출 통지: 귀하의 세금 기록 정보',
    notice_copy: '데이터 유출 통지서 사본',
    disposal_confirmation: '귀하의 세금 기록 안내: 데이터 폐기 확인',
    check_result: 'Disclosure Check에서 보내 드리는 답변',
    claim_status: '청구 {claimReference} 진행 상황 안내',
  },
  previews: {
    initial_notice: '귀하의 세금 기록에 관한 중요한 정보입니다. 이 통지서에는 링크가 없습니다.',
    notice_copy: '요청하신 통지서 사본입니다. 이 통지서에는 링크가 없습니다.',
    disposal_confirmation: '귀하의 세금 기록 데이터에 관한 안내입니다. 이 통지서에는 링크가 없습니다.',
    check_result: 'Disclosure Check에서 요청하신 확인에 대한 답변입니다. 이 통지서에는 링크가 없습니다.',
    claim_status: '귀하의 청구에 관한 새 소식입니다. 이 통지서에는 링크가 없습니다.',
  },
  greeting: '{firstName} 님께,',
  headings: {
    whatHappened: '무슨 일이 있었습니까',
    whatInfo: '관련된 정보',
    whatWeDo: '저희가 하고 있는 일',
    whatYouCanDo: '귀하가 할 수 있는 일',
    moreInfo: '자세한 정보',
  },
  code: {
    noticeCodeLabel: '귀하의 통지 코드',
    accessCodeLabel: '귀하의 접속 코드',
    useNoticeCode:
      '브라우저에 {portalAddress} 주소를 직접 입력하고 “내 기록 확인하기”를 선택한 다음, 이 통지 코드와 생년월일을 입력하십시오.',
    useAccessCode:
      '브라우저에 {portalAddress} 주소를 직접 입력하고 “내 기록 확인하기”를 선택한 다음, 이 접속 코드와 생년월일을 입력하십시오.',
  },
  safety: {
    onlyAddress: '이 포털의 주소는 하나뿐입니다: {portalAddress}',
    typeIt:
      '이 통지서에는 링크가 없습니다. 주소를 브라우저에 직접 입력하십시오. 저희가 보냈다고 하는 이메일, 문자 메시지 또는 소셜 미디어 게시물의 링크는 열지 마십시오.',
    neverAsk: '저희는 이메일, 문자 메시지 또는 전화로 사회보장번호(SSN)나 ITIN을 절대 요청하지 않습니다.',
    free: '포털 이용은 무료입니다. 비용을 청구하지 않으며, 어떤 권리의 포기도 요구하지 않습니다.',
  },
  protect: {
    ipPin:
      '국세청(IRS)에 신원 보호 PIN(IP PIN)을 요청하십시오. 다른 사람이 귀하의 번호로 세금 신고서를 제출하는 것을 막는 데 도움이 됩니다.',
    form14039:
      '누군가 귀하의 신원을 도용하고 있다고 생각되면, 국세청(IRS) 양식 Form 14039(신원 도용 진술서)를 작성하여 국세청에 보내십시오.',
    creditFreeze:
      '신용 동결을 고려해 보십시오. 전국 신용 평가 기관에 귀하의 신용 보고서를 동결해 달라고 요청하는 것입니다. 그러면 다른 사람이 귀하의 이름으로 새로운 신용 거래를 시작하기가 어려워집니다.',
    damages:
      '손해배상을 받을 권리: 연방법(26 U.S.C. 7431)에 따라, 귀하의 세금 정보가 고의로 또는 과실로 허가 없이 공개된 경우 귀하는 연방 법원에 손해배상 청구를 제기할 수 있습니다. 배상액은 무단 공개 1건당 $1,000, 또는 실제 손해가 더 크면 실제 손해액입니다.',
    deadline:
      '청구는 공개 사실을 알게 된 날로부터 2년 이내에 제기해야 합니다. 포털에서 청구 준비를 도와 드릴 수 있습니다.',
    legalHelp:
      '무료 법률 지원: 법률 지원 단체와 이민자 및 납세자 옹호 단체가 무료로 도와 드립니다. 귀하가 서면으로 허락하시면(국세청(IRS) 양식 Form 8821 또는 Form 2848), 이들은 귀하의 세금 정보를 보고 귀하를 대신하여 일할 수 있습니다.',
    notAdvice: '이것은 일반적인 정보이며 법률 자문이 아닙니다. 귀하에게 무엇이 해당되는지는 변호사가 알려 드릴 수 있습니다.',
  },
  moreInfo:
    '포털에서 귀하의 기록을 보고, 무슨 일이 있었는지와 귀하의 권리를 읽고, 무료 도움을 찾을 수 있습니다. 주소를 직접 입력하십시오: {portalAddress}',
  breach: {
    copyIntro:
      '이것은 귀하의 데이터 유출 통지서 사본입니다. 사본 요청이 있어서 보내 드립니다. 요청하지 않으셨다면 다른 사람이 귀하의 정보 일부를 알고 있을 수 있습니다. “귀하가 할 수 있는 일”을 보십시오.',
    context:
      '2025년 4월, 국세청(IRS)이 소속된 재무부와 국토안보부(DHS)가 협약을 맺었습니다. 이 협약에 따라 미국 이민세관단속국(ICE)은 확인을 위해 국세청에 이름과 주소를 보냈습니다. ICE는 약 128만 명의 이름을 문의했습니다. 국세청은 그중 약 47,000명을 확인하고, 그 사람들에 관한 데이터를 ICE에 제공했습니다.',
    you: '귀하의 세금 기록도 그중에 있었습니다. {disclosedOn}에 국세청(IRS)은 귀하의 세금 기록에 있는 정보를 ICE에 공개했습니다.',
    law: '연방법(26 U.S.C. 6103)에 따라 세금 신고서와 세금 정보는 기밀입니다. 귀하의 이름, 우편 주소, 납세자 식별 번호도 세금 정보에 해당합니다.',
    courts:
      '2025년 11월, 연방 법원이 국세청(IRS)과 국토안보부(DHS)의 이 정보 공유를 금지했습니다. 매사추세츠주 연방 법원도 국세청에 집 주소를 ICE에 제공하는 것을 중단하라고 명령했습니다. 정부는 항소했습니다.',
    involved: '국세청(IRS)은 귀하에 관한 다음 정보를 공개했습니다: {disclosedElements}.',
    doingNotify: '저희는 세금 기록이 공개된 모든 분께 이와 같은 통지서를 보내고 있습니다.',
    doingTreasury:
      '2026년 1월, 재무부는 국토안보부(DHS)에 국세청(IRS)이 불완전하거나 불충분한 주소 정보에 근거하여 ICE에 제공한 데이터를 폐기해 달라고 요청했습니다.',
    doingFollowUp: '국토안보부(DHS)가 귀하에 관해 받은 데이터를 폐기했다고 증명하면 다시 알려 드리겠습니다.',
    doingProtect: '포털에서 귀하의 정보는 암호화되어 저장되며, 모든 열람이 기록됩니다.',
    seeResult: '포털에서 전체 결과를 확인하십시오.',
  },
  disposal: {
    certified:
      '국토안보부(DHS)는 국세청(IRS)으로부터 받은 귀하에 관한 데이터를 폐기했다고 증명했습니다.',
    certifiedOn: '증명 날짜: {disposalDate}',
    reference: '증명서 참조 번호: {disposalReference}',
    involved:
      '{disclosedOn}에 국세청(IRS)은 귀하에 관한 다음 정보를 국토안보부(DHS) 소속의 미국 이민세관단속국(ICE)에 공개했습니다: {disclosedElements}.',
    doingRecorded: '저희는 이 증명을 포털의 귀하 기록에 함께 기록했습니다.',
    keep: '이 통지서를 보관하십시오. 증명 날짜와 참조 번호가 나와 있습니다.',
    seeRecord: '포털에서 귀하의 기록과 증명 내용을 확인하십시오.',
  },
  checkResult: {
    asked:
      '누군가 통지서 우편물 없이 포털에서, 이 세금 기록이 국세청(IRS)이 미국 이민세관단속국(ICE)에 공개한 기록에 포함되는지 문의했습니다. 저희는 그 답변을 절대 화면에 표시하지 않습니다. 저희 기록에 있는 주소로만 보내 드리며, 그래서 이 통지서가 귀하에게 왔습니다.',
    answer: '귀하의 세금 기록은 국세청(IRS)이 ICE에 공개한 기록에 포함되어 있습니다.',
    notYou: '문의하지 않으셨다면 다른 사람이 귀하의 정보 일부를 알고 있을 수 있습니다. “귀하가 할 수 있는 일”을 보십시오.',
    involved:
      '포털의 확인 결과에서 귀하에 관한 어떤 정보가 언제 공개되었는지 볼 수 있습니다. 이 통지서에는 그 내용을 적지 않습니다.',
    doingCode: '귀하를 위해 새 접속 코드를 만들었습니다. 이 코드로 포털에서 결과를 열 수 있습니다.',
    doingLogged: '기록에 대한 모든 확인은 감사 로그에 기록됩니다.',
    seeResult: '포털에서 결과를 확인하십시오.',
  },
  footer: {
    sentBy: 'Disclosure Check({portalAddress})에서 보냈습니다.',
    demo: '시연: 이 통지서는 가상(꾸며낸) 데이터로 만들었습니다. 실제 인물의 데이터는 들어 있지 않습니다.',
  },
  elements: {
    name: '귀하의 이름',
    tin: '귀하의 납세자 식별 번호(SSN 또는 ITIN)',
    address: '귀하의 주소',
    date_of_birth: '귀하의 생년월일',
  },
  categories: {
    address_verified: 'ICE는 국세청(IRS)에 귀하의 이름과 주소를 보냈습니다. 국세청은 이를 귀하의 세금 기록과 대조하여 확인했습니다.',
    address_supplied:
      'ICE는 국세청(IRS)에 귀하의 이름과 주소를 보냈습니다. 국세청은 이를 귀하의 세금 기록과 대조하여 확인했고, 귀하에 관한 추가 주소 정보도 ICE에 제공했습니다.',
    incomplete_address:
      'ICE는 불완전하거나 불충분한 주소 정보와 함께 귀하의 이름을 국세청(IRS)에 보냈는데, 국세청은 그래도 귀하에 관한 데이터를 제공했습니다. 이것은 재무부가 국토안보부(DHS)에 폐기를 요청한 종류의 데이터입니다.',
  },
  claimNotice: koClaims,
  orgNotice: koOrgs,
};
