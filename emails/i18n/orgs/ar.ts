import type { OrgNoticeStrings } from '../org-strings';

export const arOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'رابط تسجيل الدخول الخاص بك',
    org_invitation: 'أنت مدعو للانضمام إلى منظمتك',
    org_application_approved: 'تمت الموافقة على طلب منظمتك',
    org_application_rejected: 'القرار بشأن طلب منظمتك',
  },
  subjects: {
    org_sign_in_link: 'رابط تسجيل الدخول إلى Disclosure Check',
    org_invitation: 'أنت مدعو إلى Disclosure Check',
    org_application_approved: 'تمت الموافقة على طلبك إلى Disclosure Check',
    org_application_rejected: 'القرار بشأن طلبك إلى Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'يعمل الرابط لمدة 15 دقيقة، مرة واحدة.',
    org_invitation: 'أضافتك منظمتك عضوًا. لا توجد روابط في هذه الرسالة.',
    org_application_approved: 'يمكنك الآن تسجيل الدخول. لا توجد روابط في هذه الرسالة.',
    org_application_rejected: 'القرار وسببه. لا توجد روابط في هذه الرسالة.',
  },
  greeting: 'مرحبًا،',
  signIn: {
    asked: 'طلب شخص ما تسجيل الدخول إلى قسم المنظمات في Disclosure Check بعنوان البريد الإلكتروني هذا.',
    button: 'تسجيل الدخول',
    linkText: 'إذا لم يعمل الزر، انسخ هذا العنوان في متصفحك:',
    expiry: 'يعمل الرابط لمدة 15 دقيقة ومرة واحدة فقط. بعد فتحه، اضغط الزر في الصفحة لتسجيل الدخول.',
    notYou: 'إذا لم تطلب ذلك، فلا داعي لفعل أي شيء. لا يمكن لأحد تسجيل الدخول دون هذا الرابط ورمز تطبيق المصادقة الخاص بك.',
    oneLink: 'في هذه الرسالة رابط واحد، وهو يؤدي إلى {portalAddress}. إذا أدى رابط في رسالة إلى أي مكان آخر، فلا تفتحه.',
  },
  invitation: {
    invited: 'تمت إضافتك عضوًا في {orgName} على Disclosure Check، وهو البوابة الخاصة بالأشخاص الذين كشفت مصلحة الضرائب (IRS) سجلاتهم الضريبية لسلطات إنفاذ الهجرة.',
    howTo: 'لتسجيل الدخول، اكتب بنفسك العنوان أدناه في متصفحك وأدخل عنوان البريد الإلكتروني هذا. سنرسل إليك رابطًا لتسجيل الدخول.',
    notExpected: 'إذا كنت لا تعمل مع هذه المنظمة، فلا داعي لفعل أي شيء.',
  },
  approved: {
    decided: 'تمت الموافقة على طلب {orgName} لمساعدة العملاء على Disclosure Check.',
    howTo: 'يمكنك الآن تسجيل الدخول بعنوان البريد الإلكتروني هذا. اكتب بنفسك العنوان أدناه في متصفحك وأدخل عنوان البريد الإلكتروني هذا. سنرسل إليك رابطًا لتسجيل الدخول.',
    invite: 'بعد تسجيل الدخول، يمكنك دعوة الأشخاص الآخرين في منظمتك.',
  },
  rejected: {
    decided: 'لم تتم الموافقة على طلب {orgName} لمساعدة العملاء على Disclosure Check.',
    reason: 'السبب المذكور: {decisionReason}',
    again: 'إذا استطعت تصحيح ما يذكره السبب، يمكنك التقديم مرة أخرى.',
  },
  signInAddressLine: 'مكان تسجيل الدخول: {signInAddress}',
  neverAskCode: 'لن نطلب منك أبدًا رمز تطبيق المصادقة أو رابط تسجيل الدخول عبر البريد الإلكتروني أو الرسائل النصية أو الهاتف.',
};
