import type { OrgNoticeStrings } from '../org-strings';

export const viOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Liên kết đăng nhập của bạn',
    org_invitation: 'Bạn được mời tham gia tổ chức của mình',
    org_application_approved: 'Đơn của tổ chức bạn đã được chấp thuận',
    org_application_rejected: 'Quyết định về đơn của tổ chức bạn',
  },
  subjects: {
    org_sign_in_link: 'Liên kết đăng nhập Disclosure Check của bạn',
    org_invitation: 'Bạn được mời tham gia Disclosure Check',
    org_application_approved: 'Đơn của bạn gửi Disclosure Check đã được chấp thuận',
    org_application_rejected: 'Quyết định về đơn của bạn gửi Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Liên kết dùng được trong 15 phút, một lần.',
    org_invitation: 'Tổ chức của bạn đã thêm bạn làm thành viên. Email này không có liên kết.',
    org_application_approved: 'Bây giờ bạn có thể đăng nhập. Email này không có liên kết.',
    org_application_rejected: 'Quyết định và lý do. Email này không có liên kết.',
  },
  greeting: 'Xin chào,',
  signIn: {
    asked: 'Có người đã yêu cầu đăng nhập vào khu vực tổ chức của Disclosure Check bằng địa chỉ email này.',
    button: 'Đăng nhập',
    linkText: 'Nếu nút không hoạt động, hãy sao chép địa chỉ này vào trình duyệt của bạn:',
    expiry: 'Liên kết dùng được trong 15 phút và chỉ một lần. Sau khi mở, hãy bấm nút trên trang để đăng nhập.',
    notYou: 'Nếu bạn không yêu cầu, bạn không cần làm gì cả. Không ai đăng nhập được nếu không có liên kết này và mã từ ứng dụng xác thực của bạn.',
    oneLink: 'Email này có một liên kết, dẫn đến {portalAddress}. Nếu liên kết trong email dẫn đến nơi khác, đừng mở nó.',
  },
  invitation: {
    invited: 'Bạn đã được thêm làm thành viên của {orgName} trên Disclosure Check, cổng thông tin cho những người có hồ sơ thuế bị IRS tiết lộ cho cơ quan thực thi di trú.',
    howTo: 'Để đăng nhập, hãy tự gõ địa chỉ bên dưới vào trình duyệt và nhập địa chỉ email này. Chúng tôi sẽ gửi cho bạn một liên kết đăng nhập.',
    notExpected: 'Nếu bạn không làm việc với tổ chức này, bạn không cần làm gì cả.',
  },
  approved: {
    decided: 'Đơn của {orgName} xin giúp đỡ khách hàng trên Disclosure Check đã được chấp thuận.',
    howTo: 'Bây giờ bạn có thể đăng nhập bằng địa chỉ email này. Hãy tự gõ địa chỉ bên dưới vào trình duyệt và nhập địa chỉ email này. Chúng tôi sẽ gửi cho bạn một liên kết đăng nhập.',
    invite: 'Sau khi đăng nhập, bạn có thể mời những người khác trong tổ chức của mình.',
  },
  rejected: {
    decided: 'Đơn của {orgName} xin giúp đỡ khách hàng trên Disclosure Check không được chấp thuận.',
    reason: 'Lý do: {decisionReason}',
    again: 'Nếu bạn có thể sửa điều mà lý do nêu ra, bạn có thể nộp đơn lại.',
  },
  signInAddressLine: 'Nơi đăng nhập: {signInAddress}',
  neverAskCode: 'Chúng tôi sẽ không bao giờ hỏi mã ứng dụng xác thực hoặc liên kết đăng nhập của bạn qua email, tin nhắn hay điện thoại.',
};
