import type { ClaimNoticeStrings } from '../claim-strings';

export const koClaims: ClaimNoticeStrings = {
  claimNumberLabel: '귀하의 청구 번호',
  useClaimNumber:
    '청구를 확인하려면 브라우저에 {portalAddress}를 직접 입력하고, 청구 상태 페이지를 연 다음, 이 청구 번호와 귀하의 PIN을 입력하십시오.',
  pin: 'PIN은 청구를 제기할 때 한 번만 표시되었습니다. 저희는 PIN을 이메일이나 우편으로 절대 보내지 않습니다. PIN을 비밀로 지키십시오. PIN을 잃어버렸더라도 청구의 각 단계마다 계속 알려 드립니다.',
  involved:
    '이 통지서에는 귀하의 청구 번호와 청구에 일어난 일이 들어 있습니다. 귀하의 PIN, 은행 계좌, 세금 정보는 들어 있지 않습니다.',
  doing: '청구의 각 단계마다 다시 알려 드리겠습니다.',
  neverFee:
    '저희는 청구를 제기하거나 지급하는 데 수수료를 절대 요구하지 않습니다. 저희가 먼저 전화하는 일은 절대 없습니다. 귀하의 PIN이나 은행 계좌 번호를 절대 묻지 않습니다.',
  steps: {
    filed: {
      label: '청구 접수됨',
      detail: '귀하의 청구를 받았습니다. 심사 담당자가 검토할 것입니다. 청구를 제기해도 귀하의 권리는 하나도 없어지지 않습니다.',
      next: '이 통지서를 보관하십시오. 귀하의 청구 번호가 들어 있습니다.',
    },
    information_needed: {
      label: '추가 정보 필요',
      detail: '귀하의 청구를 결정하기 전에 추가 정보가 필요합니다. {reasons}',
      next: '{date}까지 청구 상태 페이지에서 답변하십시오. 그때까지 답변이 없으면 청구가 거부됩니다.',
    },
    approved: {
      label: '승인됨',
      detail: '귀하의 청구가 승인되었습니다. 승인 금액: {amount}.',
      next: '아무것도 하실 필요가 없습니다. 선택하신 방법으로 지급금을 보내고, 보낸 뒤 알려 드리겠습니다.',
    },
    partly_approved: {
      label: '일부 승인됨',
      detail: '귀하의 청구 중 일부가 승인되었습니다: {amount}. {reasons}',
      next: '선택하신 방법으로 지급금을 보내고, 보낸 뒤 알려 드리겠습니다. 동의하지 않으시면 무료 법률 지원에서 선택지를 설명해 드릴 수 있습니다.',
    },
    denied: {
      label: '거부됨',
      detail: '귀하의 청구가 거부되었습니다. {reasons}',
      next: '{date}까지 청구 상태 페이지에서 이의를 제기할 수 있습니다. 무료 법률 지원에서 26 U.S.C. 7431에 따라 연방 법원에 청구를 제기할 권리를 포함한 선택지를 설명해 드릴 수 있습니다.',
    },
    payment_issued: {
      label: '지급금 발송됨',
      detail: '{amount}의 지급금을 보냈습니다. {method}',
      next: '아무것도 하실 필요가 없습니다. 이 지급금을 받는 데 누구에게도 수수료나 은행 정보를 줄 필요가 없습니다.',
    },
    payment_returned: {
      label: '지급금 반송됨',
      detail: '{amount}의 지급금이 저희에게 되돌아왔습니다. {method}',
      next: '종이 수표로 지급금을 다시 보내고, 보낸 뒤 알려 드리겠습니다.',
    },
    cure_reminder: {
      label: '알림: 추가 정보 필요',
      detail: '귀하의 청구를 결정하기 전에 아직 추가 정보가 필요합니다. 답변 마감일은 {date}입니다.',
      next: '{date}까지 청구 상태 페이지에서 답변하십시오. 그때까지 답변이 없으면 청구가 거부됩니다.',
    },
    appeal_reminder: {
      label: '알림: 이의 제기 마감일',
      detail: '귀하의 청구가 거부되었습니다. 이의 제기 마감일은 {date}입니다.',
      next: '이의를 제기하려면 {date}까지 청구 상태 페이지를 이용하십시오. 무료 법률 지원에서 도와드릴 수 있습니다.',
    },
    payment_changed: {
      label: '지급 정보 변경됨',
      detail: '{date}에 청구 상태 페이지에서 지급금을 보낼 곳이 변경되었습니다. 안전을 위해 이 안내문에는 새 정보가 나와 있지 않습니다.',
      next: '본인이 변경하셨다면 아무것도 하실 필요가 없습니다. 본인이 변경하지 않으셨다면 즉시 저희에게 연락하십시오. 도움 전화와 우편 주소는 포털에 있습니다. 청구가 이미 승인되었다면 지급금을 보내기 전에 귀하께 확인하겠습니다.',
    },
  },
  paidBy: {
    check: '종이 수표이며, 청구서에 적힌 주소로 우편 발송되었습니다.',
    direct_deposit: '청구서에 적힌 은행 계좌로 직접 입금(direct deposit)되었습니다.',
  },
  returnedFrom: {
    check: '수표가 우편으로 되돌아왔습니다.',
    direct_deposit: '귀하의 은행이 직접 입금을 되돌려 보냈습니다.',
  },
  informationReasons: {
    identity_unclear: '청구를 귀하 본인이 제기했는지 확인해야 합니다.',
    damages_description_missing: '실제 손해를 청구하셨지만 어떤 손해인지 밝히지 않으셨습니다.',
    damages_documents_missing: '실제 손해를 청구하셨지만 금액을 보여 주는 서류를 보내지 않으셨습니다.',
    mailing_address_unusable: '수표를 받을 우편 주소로는 우편물을 받을 수 없습니다.',
    bank_details_unverified: '귀하의 은행 계좌를 확인할 수 없었습니다.',
  },
  denialReasons: {
    no_answer: '추가 정보 요청에 대한 답변을 기한까지 받지 못했습니다.',
    identity_not_confirmed: '청구를 귀하 본인이 제기했는지 확인할 수 없었습니다.',
    filed_after_deadline: '청구가 청구 마감일 이후에 제기되었습니다.',
    duplicate_claim: '귀하는 이미 청구를 하나 가지고 있습니다.',
    other: '이유는 청구 상태 페이지에 설명되어 있습니다.',
  },
  partialReasons: {
    actual_damages_not_shown: '서류가 청구하신 실제 손해를 보여 주지 않아, 법이 정한 금액이 승인되었습니다.',
    actual_damages_partly_shown: '서류가 청구하신 실제 손해의 일부만 보여 줍니다.',
    other: '이유는 청구 상태 페이지에 설명되어 있습니다.',
  },
};
