import type { OrgNoticeStrings } from '../org-strings';

export const tlOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Ang Iyong Link sa Pag-sign In',
    org_invitation: 'Inaanyayahan Kang Sumali sa Iyong Organisasyon',
    org_application_approved: 'Naaprubahan ang Aplikasyon ng Iyong Organisasyon',
    org_application_rejected: 'Desisyon sa Aplikasyon ng Iyong Organisasyon',
  },
  subjects: {
    org_sign_in_link: 'Ang iyong link sa pag-sign in sa Disclosure Check',
    org_invitation: 'Inaanyayahan ka sa Disclosure Check',
    org_application_approved: 'Naaprubahan ang iyong aplikasyon sa Disclosure Check',
    org_application_rejected: 'Desisyon sa iyong aplikasyon sa Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Gumagana ang link nang 15 minuto, isang beses.',
    org_invitation: 'Idinagdag ka ng iyong organisasyon bilang miyembro. Walang link ang email na ito.',
    org_application_approved: 'Maaari ka nang mag-sign in. Walang link ang email na ito.',
    org_application_rejected: 'Ang desisyon at ang dahilan nito. Walang link ang email na ito.',
  },
  greeting: 'Magandang araw,',
  signIn: {
    asked: 'May humiling na mag-sign in sa bahagi ng mga organisasyon ng Disclosure Check gamit ang email address na ito.',
    button: 'Mag-sign in',
    linkText: 'Kung hindi gumagana ang button, kopyahin ang address na ito sa iyong browser:',
    expiry: 'Gumagana ang link nang 15 minuto, at isang beses lamang. Pagkabukas mo nito, pindutin ang button sa page para mag-sign in.',
    notYou: 'Kung hindi ikaw ang humiling, wala kang kailangang gawin. Walang makakapag-sign in nang wala ang link na ito at ang code ng iyong authenticator app.',
    oneLink: 'May isang link ang email na ito, at papunta ito sa {portalAddress}. Kung papunta sa ibang lugar ang isang link sa email, huwag itong buksan.',
  },
  invitation: {
    invited: 'Idinagdag ka bilang miyembro ng {orgName} sa Disclosure Check, ang portal para sa mga taong ibinigay ng IRS ang tala ng buwis sa mga awtoridad ng imigrasyon.',
    howTo: 'Para mag-sign in, ikaw mismo ang mag-type ng address sa ibaba sa iyong browser at ilagay ang email address na ito. Padadalhan ka namin ng link sa pag-sign in.',
    notExpected: 'Kung hindi ka nagtatrabaho sa organisasyong ito, wala kang kailangang gawin.',
  },
  approved: {
    decided: 'Naaprubahan ang aplikasyon ng {orgName} para tumulong sa mga kliyente sa Disclosure Check.',
    howTo: 'Maaari ka nang mag-sign in gamit ang email address na ito. Ikaw mismo ang mag-type ng address sa ibaba sa iyong browser at ilagay ang email address na ito. Padadalhan ka namin ng link sa pag-sign in.',
    invite: 'Pagka-sign in mo, maaari mong anyayahan ang iba pang tao sa iyong organisasyon.',
  },
  rejected: {
    decided: 'Hindi naaprubahan ang aplikasyon ng {orgName} para tumulong sa mga kliyente sa Disclosure Check.',
    reason: 'Ang ibinigay na dahilan: {decisionReason}',
    again: 'Kung maaayos mo ang sinasabi ng dahilan, maaari kang mag-apply muli.',
  },
  signInAddressLine: 'Kung saan mag-sign in: {signInAddress}',
  neverAskCode: 'Hindi namin kailanman hihingin ang code ng iyong authenticator app o isang link sa pag-sign in sa email, text message o telepono.',
};
