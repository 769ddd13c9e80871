import type { ClaimNoticeStrings } from '../claim-strings';

export const viClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Số yêu cầu bồi thường của quý vị',
  useClaimNumber:
    'Để xem yêu cầu bồi thường, quý vị hãy tự gõ {portalAddress} vào trình duyệt, mở trang tình trạng yêu cầu bồi thường, rồi nhập số yêu cầu bồi thường này và mã PIN của quý vị.',
  pin: 'Mã PIN của quý vị chỉ được hiển thị một lần, khi quý vị nộp yêu cầu. Chúng tôi không bao giờ gửi mã này qua email hay thư. Xin giữ bí mật mã này. Nếu quý vị làm mất mã, chúng tôi vẫn sẽ viết cho quý vị ở mỗi bước của yêu cầu bồi thường.',
  involved:
    'Thông báo này có số yêu cầu bồi thường của quý vị và điều đã xảy ra với yêu cầu đó. Thông báo không có mã PIN, tài khoản ngân hàng hay thông tin thuế của quý vị.',
  doing: 'Chúng tôi sẽ viết lại cho quý vị ở mỗi bước của yêu cầu bồi thường.',
  neverFee:
    'Chúng tôi không bao giờ đòi lệ phí để nộp hay để trả một yêu cầu bồi thường. Chúng tôi không bao giờ gọi cho quý vị trước. Chúng tôi không bao giờ hỏi mã PIN hay số tài khoản ngân hàng của quý vị.',
  steps: {
    filed: {
      label: 'Đã nhận yêu cầu bồi thường',
      detail: 'Chúng tôi đã nhận yêu cầu bồi thường của quý vị. Một người xét duyệt sẽ xem xét yêu cầu này. Việc nộp yêu cầu bồi thường không làm mất bất kỳ quyền nào của quý vị.',
      next: 'Xin giữ thông báo này. Thông báo có số yêu cầu bồi thường của quý vị.',
    },
    information_needed: {
      label: 'Cần thêm thông tin',
      detail: 'Chúng tôi cần thêm thông tin trước khi quyết định về yêu cầu bồi thường của quý vị. {reasons}',
      next: 'Xin trả lời trên trang tình trạng yêu cầu bồi thường trước hết ngày {date}. Nếu đến lúc đó chúng tôi chưa có câu trả lời, yêu cầu bồi thường của quý vị sẽ bị từ chối.',
    },
    approved: {
      label: 'Đã chấp thuận',
      detail: 'Yêu cầu bồi thường của quý vị đã được chấp thuận với số tiền {amount}.',
      next: 'Quý vị không cần làm gì. Chúng tôi sẽ gửi tiền theo cách quý vị đã chọn, và sẽ viết cho quý vị khi tiền được gửi đi.',
    },
    partly_approved: {
      label: 'Chấp thuận một phần',
      detail: 'Một phần yêu cầu bồi thường của quý vị đã được chấp thuận: {amount}. {reasons}',
      next: 'Chúng tôi sẽ gửi tiền theo cách quý vị đã chọn, và sẽ viết cho quý vị khi tiền được gửi đi. Nếu quý vị không đồng ý, trợ giúp pháp lý miễn phí có thể giải thích các lựa chọn của quý vị.',
    },
    denied: {
      label: 'Bị từ chối',
      detail: 'Yêu cầu bồi thường của quý vị đã bị từ chối. {reasons}',
      next: 'Quý vị có thể kháng nghị trên trang tình trạng yêu cầu bồi thường cho đến hết ngày {date}. Trợ giúp pháp lý miễn phí có thể giải thích các lựa chọn của quý vị, kể cả quyền nộp đơn kiện đòi bồi thường tại tòa án liên bang theo 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Đã gửi tiền',
      detail: 'Chúng tôi đã gửi cho quý vị số tiền {amount}. {method}',
      next: 'Quý vị không cần làm gì. Không ai cần lệ phí hay thông tin ngân hàng của quý vị để trao số tiền này cho quý vị.',
    },
    payment_returned: {
      label: 'Tiền bị trả lại',
      detail: 'Số tiền {amount} gửi cho quý vị đã bị trả lại cho chúng tôi. {method}',
      next: 'Chúng tôi sẽ gửi lại số tiền bằng chi phiếu giấy, và sẽ viết cho quý vị khi chi phiếu được gửi đi.',
    },
    cure_reminder: {
      label: 'Nhắc nhở: cần thêm thông tin',
      detail: 'Chúng tôi vẫn cần thêm thông tin trước khi quyết định về yêu cầu bồi thường của quý vị. Ngày cuối cùng để trả lời là {date}.',
      next: 'Xin trả lời trên trang tình trạng yêu cầu bồi thường trước hết ngày {date}. Nếu đến lúc đó chúng tôi chưa có câu trả lời, yêu cầu bồi thường của quý vị sẽ bị từ chối.',
    },
    appeal_reminder: {
      label: 'Nhắc nhở: ngày cuối cùng để kháng nghị',
      detail: 'Yêu cầu bồi thường của quý vị đã bị từ chối. Ngày cuối cùng để kháng nghị là {date}.',
      next: 'Để kháng nghị, xin dùng trang tình trạng yêu cầu bồi thường trước hết ngày {date}. Trợ giúp pháp lý miễn phí có thể giúp quý vị.',
    },
    payment_changed: {
      label: 'Thông tin nhận tiền đã thay đổi',
      detail: 'Nơi chúng tôi gửi tiền cho quý vị đã được thay đổi trên trang tình trạng yêu cầu bồi thường vào ngày {date}. Để giữ an toàn, thông báo này không ghi thông tin mới.',
      next: 'Nếu quý vị đã thay đổi, quý vị không cần làm gì. Nếu không phải quý vị thay đổi, xin liên lạc với chúng tôi ngay: số đường dây trợ giúp và địa chỉ gửi thư của chúng tôi có trên cổng thông tin. Nếu yêu cầu của quý vị đã được chấp thuận, chúng tôi sẽ hỏi lại quý vị trước khi gửi tiền.',
    },
  },
  paidBy: {
    check: 'Đây là chi phiếu giấy, được gửi qua bưu điện đến địa chỉ trong yêu cầu bồi thường của quý vị.',
    direct_deposit: 'Tiền được chuyển khoản trực tiếp (direct deposit) vào tài khoản ngân hàng trong yêu cầu bồi thường của quý vị.',
  },
  returnedFrom: {
    check: 'Chi phiếu đã bị bưu điện trả lại.',
    direct_deposit: 'Ngân hàng của quý vị đã trả lại khoản chuyển khoản.',
  },
  informationReasons: {
    identity_unclear: 'Chúng tôi cần xác nhận rằng yêu cầu bồi thường là của chính quý vị.',
    damages_description_missing: 'Quý vị yêu cầu bồi thường thiệt hại thực tế nhưng không nói rõ thiệt hại đó là gì.',
    damages_documents_missing: 'Quý vị yêu cầu bồi thường thiệt hại thực tế nhưng không gửi giấy tờ cho thấy số tiền.',
    mailing_address_unusable: 'Địa chỉ gửi chi phiếu của quý vị không nhận được thư.',
    bank_details_unverified: 'Chúng tôi không thể xác minh tài khoản ngân hàng của quý vị.',
  },
  denialReasons: {
    no_answer: 'Chúng tôi không nhận được câu trả lời cho yêu cầu thêm thông tin trước hạn chót.',
    identity_not_confirmed: 'Chúng tôi không thể xác nhận rằng yêu cầu bồi thường là của chính quý vị.',
    filed_after_deadline: 'Yêu cầu bồi thường được nộp sau hạn chót nộp yêu cầu bồi thường.',
    duplicate_claim: 'Quý vị đã có một yêu cầu bồi thường.',
    other: 'Trang tình trạng yêu cầu bồi thường giải thích lý do.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Giấy tờ không cho thấy thiệt hại thực tế mà quý vị yêu cầu, vì vậy số tiền do luật định đã được chấp thuận.',
    actual_damages_partly_shown: 'Giấy tờ chỉ cho thấy một phần thiệt hại thực tế mà quý vị yêu cầu.',
    other: 'Trang tình trạng yêu cầu bồi thường giải thích lý do.',
  },
};
