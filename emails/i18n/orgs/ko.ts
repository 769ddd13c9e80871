import type { OrgNoticeStrings } from '../org-strings';

export const koOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: '로그인 링크',
    org_invitation: '조직에 초대되었습니다',
    org_application_approved: '조직의 신청이 승인되었습니다',
    org_application_rejected: '조직 신청에 대한 결정',
  },
  subjects: {
    org_sign_in_link: 'Disclosure Check 로그인 링크',
    org_invitation: 'Disclosure Check에 초대되었습니다',
    org_application_approved: 'Disclosure Check 신청이 승인되었습니다',
    org_application_rejected: 'Disclosure Check 신청에 대한 결정',
  },
  previews: {
    org_sign_in_link: '링크는 15분 동안 한 번만 사용할 수 있습니다.',
    org_invitation: '조직에서 귀하를 구성원으로 추가했습니다. 이 이메일에는 링크가 없습니다.',
    org_application_approved: '이제 로그인할 수 있습니다. 이 이메일에는 링크가 없습니다.',
    org_application_rejected: '결정과 그 이유입니다. 이 이메일에는 링크가 없습니다.',
  },
  greeting: '안녕하세요.',
  signIn: {
    asked: '누군가 이 이메일 주소로 Disclosure Check의 조직 영역에 로그인하려고 요청했습니다.',
    button: '로그인',
    linkText: '버튼이 작동하지 않으면 이 주소를 복사하여 브라우저에 붙여 넣으십시오:',
    expiry: '링크는 15분 동안, 한 번만 작동합니다. 링크를 연 다음 페이지의 버튼을 눌러 로그인하십시오.',
    notYou: '요청하지 않으셨다면 아무것도 하지 않으셔도 됩니다. 이 링크와 인증 앱의 코드가 없으면 아무도 로그인할 수 없습니다.',
    oneLink: '이 이메일에는 링크가 하나 있으며, {portalAddress}(으)로 연결됩니다. 이메일의 링크가 다른 곳으로 연결되면 열지 마십시오.',
  },
  invitation: {
    invited: '귀하는 Disclosure Check에서 {orgName}의 구성원으로 추가되었습니다. Disclosure Check는 IRS가 이민 단속 기관에 세금 기록을 넘긴 사람들을 위한 포털입니다.',
    howTo: '로그인하려면 아래 주소를 직접 브라우저에 입력하고 이 이메일 주소를 입력하십시오. 로그인 링크를 보내 드립니다.',
    notExpected: '이 조직과 함께 일하지 않으신다면 아무것도 하지 않으셔도 됩니다.',
  },
  approved: {
    decided: 'Disclosure Check에서 고객을 돕기 위한 {orgName}의 신청이 승인되었습니다.',
    howTo: '이제 이 이메일 주소로 로그인할 수 있습니다. 아래 주소를 직접 브라우저에 입력하고 이 이메일 주소를 입력하십시오. 로그인 링크를 보내 드립니다.',
    invite: '로그인한 후 조직의 다른 사람들을 초대할 수 있습니다.',
  },
  rejected: {
    decided: 'Disclosure Check에서 고객을 돕기 위한 {orgName}의 신청이 승인되지 않았습니다.',
    reason: '이유: {decisionReason}',
    again: '이유에 적힌 내용을 고칠 수 있다면 다시 신청할 수 있습니다.',
  },
  signInAddressLine: '로그인하는 곳: {signInAddress}',
  neverAskCode: '저희는 이메일, 문자 메시지 또는 전화로 인증 앱의 코드나 로그인 링크를 절대 요청하지 않습니다.',
};
