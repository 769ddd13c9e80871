import type { EmailStrings } from './email-strings';
import { viClaims } from './claims/vi';
import { viOrgs } from './orgs/vi';

// Tiếng Việt (Vietnamese). Terms: see glossary.md. Formal register (quý vị), short sentences.
export const vi: EmailStrings = {
  intlLocale: 'vi',
  titles: {
    initial_notice: 'Thông báo về Vi phạm Dữ liệu',
    notice_copy: 'Thông báo về Vi phạm Dữ liệu',
    disposal_confirmation: 'Xác nhận Dữ liệu Đã được Tiêu hủy',
    check_result: 'Câu trả lời cho Yêu cầu Kiểm tra của Quý vị',
    claim_status: 'Cập nhật về Yêu cầu Bồi thường của Quý vị',
  },
  subjects: {
    initial_notice: 'Thông báo về Vi phạm Dữ liệu: thông tin từ hồ sơ thuế của quý vị',
    notice_copy: 'Bản sao Thông báo về Vi phạm Dữ liệu của quý vị',
    disposal_confirmation: 'Cập nhật về hồ sơ thuế của quý vị: đã xác nhận tiêu hủy dữ liệu',
    check_result: 'Câu trả lời của quý vị từ Disclosure Check',
    claim_status: 'Cập nhật về yêu cầu bồi thường {claimReference} của quý vị',
  },
  previews: {
    initial_notice: 'Thông tin quan trọng về hồ sơ thuế của quý vị. Thông báo này không có đường liên kết.',
    notice_copy: 'Bản sao thông báo đã được yêu cầu. Thông báo này không có đường liên kết.',
    disposal_confirmation: 'Cập nhật về dữ liệu từ hồ sơ thuế của quý vị. Thông báo này không có đường liên kết.',
    check_result: 'Câu trả lời cho một lần kiểm tra trên Disclosure Check. Thông báo này không có đường liên kết.',
    claim_status: 'Tin mới về yêu cầu bồi thường của quý vị. Thông báo này không có đường liên kết.',
  },
  greeting: 'Kính gửi {firstName},',
  headings: {
    whatHappened: 'Điều gì đã xảy ra',
    whatInfo: 'Những thông tin nào có liên quan',
    whatWeDo: 'Chúng tôi đang làm gì',
    whatYouCanDo: 'Những điều quý vị có thể làm',
    moreInfo: 'Để biết thêm thông tin',
  },
  code: {
    noticeCodeLabel: 'Mã thông báo của quý vị',
    accessCodeLabel: 'Mã truy cập của quý vị',
    useNoticeCode:
      'Xin tự gõ {portalAddress} vào trình duyệt, chọn “Kiểm tra hồ sơ của quý vị”, rồi nhập mã thông báo này và ngày sinh của quý vị.',
    useAccessCode:
      'Xin tự gõ {portalAddress} vào trình duyệt, chọn “Kiểm tra hồ sơ của quý vị”, rồi nhập mã truy cập này và ngày sinh của quý vị.',
  },
  safety: {
    onlyAddress: 'Cổng thông tin này chỉ có một địa chỉ: {portalAddress}',
    typeIt:
      'Thông báo này không có đường liên kết. Xin tự gõ địa chỉ vào trình duyệt. Đừng mở các đường liên kết trong email, tin nhắn hoặc bài đăng mạng xã hội tự xưng là của chúng tôi.',
    neverAsk: 'Chúng tôi sẽ không bao giờ hỏi số An sinh Xã hội (SSN) hoặc ITIN của quý vị qua email, tin nhắn hay điện thoại.',
    free: 'Sử dụng cổng thông tin là miễn phí. Cổng thông tin không bao giờ thu phí và không bao giờ yêu cầu quý vị từ bỏ một quyền nào.',
  },
  protect: {
    ipPin:
      'Xin Sở Thuế Vụ (IRS) cấp Mã PIN Bảo vệ Danh tính (IP PIN). Mã này giúp ngăn người khác khai thuế bằng số của quý vị.',
    form14039:
      'Nếu quý vị nghĩ có người đang dùng danh tính của mình, hãy điền Mẫu Form 14039 (Bản Khai về Trộm cắp Danh tính) của Sở Thuế Vụ (IRS) và gửi cho Sở Thuế Vụ.',
    creditFreeze:
      'Hãy cân nhắc việc phong tỏa tín dụng. Quý vị yêu cầu các cơ quan báo cáo tín dụng quốc gia phong tỏa báo cáo tín dụng của mình. Việc này khiến người khác khó mở tín dụng mới đứng tên quý vị hơn.',
    damages:
      'Quyền được bồi thường của quý vị: theo luật liên bang (26 U.S.C. 7431), nếu thông tin thuế của quý vị bị tiết lộ trái phép, một cách cố ý hoặc do sơ suất, quý vị có thể nộp đơn kiện đòi bồi thường thiệt hại tại tòa án liên bang. Số tiền là 1.000 đô la cho mỗi lần tiết lộ trái phép, hoặc thiệt hại thực tế của quý vị nếu cao hơn.',
    deadline:
      'Quý vị có hai năm kể từ ngày phát hiện việc tiết lộ để nộp yêu cầu bồi thường. Cổng thông tin có thể giúp quý vị chuẩn bị.',
    legalHelp:
      'Trợ giúp pháp lý miễn phí: các tổ chức trợ giúp pháp lý và các nhóm bênh vực người nhập cư và người đóng thuế giúp đỡ miễn phí. Khi có sự cho phép bằng văn bản của quý vị (Mẫu Form 8821 hoặc Form 2848 của Sở Thuế Vụ (IRS)), họ có thể xem thông tin thuế của quý vị và hành động thay cho quý vị.',
    notAdvice: 'Đây là thông tin chung, không phải tư vấn pháp lý. Luật sư có thể cho quý vị biết điều gì áp dụng cho trường hợp của quý vị.',
  },
  moreInfo:
    'Trên cổng thông tin, quý vị có thể xem hồ sơ của mình, đọc về những gì đã xảy ra và các quyền của quý vị, và tìm trợ giúp miễn phí. Xin tự gõ địa chỉ: {portalAddress}',
  breach: {
    copyIntro:
      'Đây là bản sao Thông báo về Vi phạm Dữ liệu của quý vị. Bản sao được gửi vì đã có người yêu cầu. Nếu quý vị không yêu cầu, có thể người khác đang có một phần thông tin của quý vị: xin xem mục “Những điều quý vị có thể làm”.',
    context:
      'Vào tháng 4 năm 2025, Bộ Tài chính, cơ quan chủ quản của Sở Thuế Vụ (IRS), và Bộ An ninh Nội địa (DHS) đã ký một thỏa thuận. Theo đó, Cơ quan Thực thi Di trú và Hải quan Hoa Kỳ (ICE) gửi cho Sở Thuế Vụ các tên và địa chỉ để xác minh. ICE đã hỏi về khoảng 1,28 triệu cái tên. Sở Thuế Vụ đã xác minh khoảng 47.000 người trong số đó và chia sẻ dữ liệu về những người này với ICE.',
    you: 'Hồ sơ thuế của quý vị nằm trong số đó. Vào ngày {disclosedOn}, Sở Thuế Vụ (IRS) đã tiết lộ thông tin từ hồ sơ thuế của quý vị cho ICE.',
    law: 'Luật liên bang (26 U.S.C. 6103) quy định tờ khai thuế và thông tin thuế được giữ bí mật. Tên, địa chỉ gửi thư và mã số nhận dạng người đóng thuế của quý vị cũng được tính là thông tin thuế.',
    courts:
      'Vào tháng 11 năm 2025, một tòa án liên bang đã ngăn Sở Thuế Vụ (IRS) và Bộ An ninh Nội địa (DHS) chia sẻ thông tin này. Một tòa án liên bang ở Massachusetts cũng ra lệnh cho Sở Thuế Vụ ngừng chia sẻ địa chỉ nhà ở với ICE. Chính phủ đã kháng cáo.',
    involved: 'Sở Thuế Vụ (IRS) đã tiết lộ những thông tin sau về quý vị: {disclosedElements}.',
    doingNotify: 'Chúng tôi đang gửi một thông báo như thế này đến từng người có hồ sơ thuế nằm trong số hồ sơ đã bị tiết lộ.',
    doingTreasury:
      'Vào tháng 1 năm 2026, Bộ Tài chính đã yêu cầu Bộ An ninh Nội địa (DHS) tiêu hủy dữ liệu mà Sở Thuế Vụ (IRS) đã cung cấp cho ICE dựa trên thông tin địa chỉ không đầy đủ hoặc không đủ.',
    doingFollowUp: 'Nếu Bộ An ninh Nội địa (DHS) xác nhận rằng họ đã tiêu hủy dữ liệu nhận được về quý vị, chúng tôi sẽ viết thư cho quý vị một lần nữa.',
    doingProtect: 'Trong cổng thông tin, thông tin của quý vị được lưu trữ dưới dạng mã hóa, và mọi lần truy cập đều được ghi lại.',
    seeResult: 'Xin xem toàn bộ kết quả của quý vị trên cổng thông tin.',
  },
  disposal: {
    certified:
      'Bộ An ninh Nội địa (DHS) đã xác nhận rằng họ đã tiêu hủy dữ liệu về quý vị mà họ nhận từ Sở Thuế Vụ (IRS).',
    certifiedOn: 'Ngày xác nhận: {disposalDate}',
    reference: 'Số tham chiếu của văn bản xác nhận: {disposalReference}',
    involved:
      'Vào ngày {disclosedOn}, Sở Thuế Vụ (IRS) đã tiết lộ những thông tin sau về quý vị cho Cơ quan Thực thi Di trú và Hải quan Hoa Kỳ (ICE), một cơ quan thuộc Bộ An ninh Nội địa (DHS): {disclosedElements}.',
    doingRecorded: 'Chúng tôi đã ghi nhận văn bản xác nhận này vào hồ sơ của quý vị trên cổng thông tin.',
    keep: 'Xin giữ thông báo này. Thông báo cho thấy ngày và số tham chiếu của văn bản xác nhận.',
    seeRecord: 'Xin xem hồ sơ của quý vị và văn bản xác nhận trên cổng thông tin.',
  },
  checkResult: {
    asked:
      'Đã có người hỏi trên cổng thông tin, mà không dùng thư thông báo, rằng hồ sơ thuế này có nằm trong số hồ sơ Sở Thuế Vụ (IRS) đã tiết lộ cho Cơ quan Thực thi Di trú và Hải quan Hoa Kỳ (ICE) không. Chúng tôi không bao giờ hiển thị câu trả lời đó trên màn hình. Chúng tôi chỉ gửi câu trả lời đến địa chỉ trong hồ sơ của chúng tôi, và vì vậy thông báo này đã đến với quý vị.',
    answer: 'Hồ sơ thuế của quý vị nằm trong số hồ sơ Sở Thuế Vụ (IRS) đã tiết lộ cho ICE.',
    notYou: 'Nếu quý vị không hỏi, có thể người khác đang có một phần thông tin của quý vị: xin xem mục “Những điều quý vị có thể làm”.',
    involved:
      'Kết quả của quý vị trên cổng thông tin cho thấy những thông tin nào về quý vị đã bị tiết lộ và vào lúc nào. Thông báo này không liệt kê các thông tin đó.',
    doingCode: 'Chúng tôi đã tạo một mã truy cập mới cho quý vị. Mã này mở kết quả của quý vị trên cổng thông tin.',
    doingLogged: 'Mỗi lần kiểm tra một hồ sơ đều được ghi vào nhật ký kiểm toán của chúng tôi.',
    seeResult: 'Xin xem kết quả của quý vị trên cổng thông tin.',
  },
  footer: {
    sentBy: 'Được gửi bởi Disclosure Check, {portalAddress}.',
    demo: 'TRÌNH DIỄN: thông báo này được tạo bằng dữ liệu GIẢ LẬP (do chúng tôi tạo ra). Không có dữ liệu của người thật nào trong đó.',
  },
  elements: {
    name: 'tên của quý vị',
    tin: 'mã số nhận dạng người đóng thuế của quý vị (SSN hoặc ITIN)',
    address: 'địa chỉ của quý vị',
    date_of_birth: 'ngày sinh của quý vị',
  },
  categories: {
    address_verified: 'ICE đã gửi cho Sở Thuế Vụ (IRS) tên của quý vị và một địa chỉ. Sở Thuế Vụ đã xác minh các thông tin này với hồ sơ thuế của quý vị.',
    address_supplied:
      'ICE đã gửi cho Sở Thuế Vụ (IRS) tên của quý vị và một địa chỉ. Sở Thuế Vụ đã xác minh các thông tin này với hồ sơ thuế của quý vị và còn cung cấp thêm cho ICE thông tin địa chỉ khác về quý vị.',
    incomplete_address:
      'ICE đã gửi cho Sở Thuế Vụ (IRS) tên của quý vị kèm thông tin địa chỉ không đầy đủ hoặc không đủ, nhưng Sở Thuế Vụ vẫn chia sẻ dữ liệu về quý vị. Đây là loại dữ liệu mà Bộ Tài chính đã yêu cầu Bộ An ninh Nội địa (DHS) tiêu hủy.',
  },
  claimNotice: viClaims,
  orgNotice: viOrgs,
};
