import type { ClaimNoticeStrings } from '../claim-strings';

export const tlClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Ang numero ng inyong paghahabol',
  useClaimNumber:
    'Para makita ang inyong paghahabol, kayo mismo ang mag-type ng {portalAddress} sa inyong browser, buksan ang pahina ng status ng paghahabol, at ilagay ang numerong ito ng paghahabol at ang inyong PIN.',
  pin: 'Isang beses lamang ipinakita ang inyong PIN, noong naghain kayo. Hindi namin ito kailanman ipinapadala sa email o sulat. Ilihim ito. Kung nawala ito, susulatan pa rin namin kayo sa bawat hakbang ng inyong paghahabol.',
  involved:
    'Nasa abisong ito ang numero ng inyong paghahabol at kung ano ang nangyari dito. Wala rito ang inyong PIN, ang inyong bank account, o ang inyong impormasyon sa buwis.',
  doing: 'Susulatan namin kayo muli sa bawat hakbang ng inyong paghahabol.',
  neverFee:
    'Hindi kami kailanman humihingi ng bayad para maghain o magbayad ng paghahabol. Hindi kami kailanman unang tumatawag. Hindi namin kailanman hinihingi ang inyong PIN o ang numero ng inyong bank account.',
  steps: {
    filed: {
      label: 'Natanggap ang paghahabol',
      detail: 'Natanggap namin ang inyong paghahabol. Susuriin ito ng isang tagasuri. Hindi inaalis ng paghahain ng paghahabol ang alinman sa inyong mga karapatan.',
      next: 'Itago ang abisong ito. Nasa rito ang numero ng inyong paghahabol.',
    },
    information_needed: {
      label: 'Kailangan ng karagdagang impormasyon',
      detail: 'Kailangan namin ng karagdagang impormasyon bago kami makapagpasya sa inyong paghahabol. {reasons}',
      next: 'Sumagot sa pahina ng status ng paghahabol hanggang {date}. Kung wala pa ang inyong sagot pagsapit ng petsang iyon, tatanggihan ang inyong paghahabol.',
    },
    approved: {
      label: 'Inaprubahan',
      detail: 'Inaprubahan ang inyong paghahabol sa halagang {amount}.',
      next: 'Wala kayong kailangang gawin. Ipapadala namin ang bayad sa paraang pinili ninyo, at susulatan namin kayo kapag naipadala na ito.',
    },
    partly_approved: {
      label: 'Bahagyang inaprubahan',
      detail: 'Inaprubahan ang bahagi ng inyong paghahabol: {amount}. {reasons}',
      next: 'Ipapadala namin ang bayad sa paraang pinili ninyo, at susulatan namin kayo kapag naipadala na ito. Kung hindi kayo sang-ayon, maipapaliwanag ng libreng tulong legal ang inyong mga opsyon.',
    },
    denied: {
      label: 'Tinanggihan',
      detail: 'Tinanggihan ang inyong paghahabol. {reasons}',
      next: 'Maaari kayong mag-apela sa pahina ng status ng paghahabol hanggang {date}. Maipapaliwanag ng libreng tulong legal ang inyong mga opsyon, kasama ang karapatang maghain ng paghahabol sa pederal na hukuman sa ilalim ng 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Naipadala ang bayad',
      detail: 'Ipinadala namin ang inyong bayad na {amount}. {method}',
      next: 'Wala kayong kailangang gawin. Walang sinumang nangangailangan ng bayad o ng inyong mga detalye sa bangko para maibigay sa inyo ang bayad na ito.',
    },
    payment_returned: {
      label: 'Naibalik ang bayad',
      detail: 'Bumalik sa amin ang inyong bayad na {amount}. {method}',
      next: 'Ipapadala namin muli ang bayad bilang papel na tseke, at susulatan namin kayo kapag naipadala na ito.',
    },
    cure_reminder: {
      label: 'Paalala: kailangan ng karagdagang impormasyon',
      detail: 'Kailangan pa rin namin ng karagdagang impormasyon bago kami makapagpasya sa inyong paghahabol. Ang huling araw para sumagot ay {date}.',
      next: 'Sumagot sa pahina ng status ng paghahabol hanggang {date}. Kung wala pa ang inyong sagot pagsapit ng petsang iyon, tatanggihan ang inyong paghahabol.',
    },
    appeal_reminder: {
      label: 'Paalala: huling araw para mag-apela',
      detail: 'Tinanggihan ang inyong paghahabol. Ang huling araw para mag-apela ay {date}.',
      next: 'Para mag-apela, gamitin ang pahina ng status ng paghahabol hanggang {date}. Makakatulong sa inyo ang libreng tulong legal.',
    },
    payment_changed: {
      label: 'Binago ang detalye ng bayad',
      detail: 'Noong {date}, binago sa pahina ng status ng paghahabol kung saan namin ipapadala ang inyong bayad. Para sa kaligtasan, hindi ipinapakita ng abisong ito ang bagong detalye.',
      next: 'Kung kayo ang gumawa ng pagbabagong ito, wala kayong kailangang gawin. Kung hindi kayo, makipag-ugnayan agad sa amin: nasa portal ang help line at ang aming mailing address. Kung naaprubahan na ang inyong paghahabol, kakausapin muna namin kayo bago namin ipadala ang bayad.',
    },
  },
  paidBy: {
    check: 'Ito ay papel na tseke, ipinadala sa koreo sa address na nasa inyong paghahabol.',
    direct_deposit: 'Ipinadala ito sa pamamagitan ng direct deposit sa bank account na nasa inyong paghahabol.',
  },
  returnedFrom: {
    check: 'Bumalik ang tseke sa koreo.',
    direct_deposit: 'Ibinalik ng inyong bangko ang direct deposit.',
  },
  informationReasons: {
    identity_unclear: 'Kailangan naming tiyakin na kayo mismo ang naghain ng paghahabol.',
    damages_description_missing: 'Humingi kayo ng aktuwal na danyos ngunit hindi ninyo sinabi kung ano ang mga ito.',
    damages_documents_missing: 'Humingi kayo ng aktuwal na danyos ngunit hindi kayo nagpadala ng mga dokumentong nagpapakita ng halaga.',
    mailing_address_unusable: 'Hindi makatatanggap ng koreo ang mailing address para sa inyong tseke.',
    bank_details_unverified: 'Hindi namin ma-verify ang inyong bank account.',
  },
  denialReasons: {
    no_answer: 'Hindi kami nakatanggap ng sagot sa aming hiling ng karagdagang impormasyon pagsapit ng petsa nito.',
    identity_not_confirmed: 'Hindi namin natiyak na kayo mismo ang naghain ng paghahabol.',
    filed_after_deadline: 'Inihain ang paghahabol pagkatapos ng deadline para sa mga paghahabol.',
    duplicate_claim: 'Mayroon na kayong paghahabol.',
    other: 'Ipinapaliwanag ng pahina ng status ng paghahabol kung bakit.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Hindi ipinapakita ng mga dokumento ang aktuwal na danyos na hiningi ninyo, kaya ang halagang itinakda ng batas ang inaprubahan.',
    actual_damages_partly_shown: 'Bahagi lamang ng aktuwal na danyos na hiningi ninyo ang ipinapakita ng mga dokumento.',
    other: 'Ipinapaliwanag ng pahina ng status ng paghahabol kung bakit.',
  },
};
