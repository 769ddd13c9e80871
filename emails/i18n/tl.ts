import type { EmailStrings } from './email-strings';
import { tlClaims } from './claims/tl';
import { tlOrgs } from './orgs/tl';

// Tagalog for readers in the United States: polite «kayo/ninyo», plain short sentences, same words as the
// portal's Tagalog pages (messages.json). Terms that Filipino Americans meet in English on IRS forms (tax
// return, Social Security number, ZIP code, access code) stay in English, as in the IRS's own Tagalog
// material; agency names in English with their abbreviation. Intl uses CLDR's 'fil' for Tagalog
// ("Agosto 14, 2025", "a, b, at c").
export const tl: EmailStrings = {
  intlLocale: 'fil',
  titles: {
    initial_notice: 'Abiso ng Paglabag sa Datos',
    notice_copy: 'Abiso ng Paglabag sa Datos',
    disposal_confirmation: 'Kumpirmasyon na Itinapon na ang Datos',
    check_result: 'Ang Sagot sa Inyong Pagsusuri',
    claim_status: 'Balita Tungkol sa Inyong Paghahabol',
  },
  subjects: {
    initial_notice: 'Abiso ng Paglabag sa Datos: impormasyon mula sa inyong rekord sa buwis',
    notice_copy: 'Kopya ng inyong Abiso ng Paglabag sa Datos',
    disposal_confirmation: 'Balita tungkol sa inyong rekord sa buwis: kumpirmadong itinapon na ang datos',
    check_result: 'Ang inyong sagot mula sa Disclosure Check',
    claim_status: 'Balita tungkol sa inyong paghahabol {claimReference}',
  },
  previews: {
    initial_notice: 'Mahalagang impormasyon tungkol sa inyong rekord sa buwis. Walang link ang abisong ito.',
    notice_copy: 'Ang hiniling na kopya ng inyong abiso. Walang link ang abisong ito.',
    disposal_confirmation: 'Balita tungkol sa datos mula sa inyong rekord sa buwis. Walang link ang abisong ito.',
    check_result: 'Ang sagot sa isang pagsusuring ginawa sa Disclosure Check. Walang link ang abisong ito.',
    claim_status: 'Balita tungkol sa inyong paghahabol. Walang link ang abisong ito.',
  },
  greeting: 'Mahal na {firstName},',
  headings: {
    whatHappened: 'Ano ang Nangyari',
    whatInfo: 'Anong Impormasyon ang Kasangkot',
    whatWeDo: 'Ano ang Ginagawa Namin',
    whatYouCanDo: 'Ano ang Maaari Ninyong Gawin',
    moreInfo: 'Para sa Karagdagang Impormasyon',
  },
  code: {
    noticeCodeLabel: 'Ang inyong code ng abiso',
    accessCodeLabel: 'Ang inyong access code',
    useNoticeCode:
      'I-type ninyo mismo ang {portalAddress} sa inyong browser, piliin ang “Suriin ang inyong rekord”, at ilagay ang code ng abiso na ito at ang inyong petsa ng kapanganakan.',
    useAccessCode:
      'I-type ninyo mismo ang {portalAddress} sa inyong browser, piliin ang “Suriin ang inyong rekord”, at ilagay ang access code na ito at ang inyong petsa ng kapanganakan.',
  },
  safety: {
    onlyAddress: 'Iisa lamang ang address ng portal na ito: {portalAddress}',
    typeIt:
      'Walang link ang abisong ito. I-type ninyo mismo ang address sa inyong browser. Huwag buksan ang mga link sa mga email, text message o post sa social media na nagsasabing galing sa amin.',
    neverAsk:
      'Hindi namin kailanman hihingin ang inyong Social Security number (SSN) o ITIN sa pamamagitan ng email, text message o telepono.',
    free: 'Libre ang paggamit ng portal. Hindi ito kailanman naniningil at hindi kailanman humihiling na isuko ninyo ang isang karapatan.',
  },
  protect: {
    ipPin:
      'Humingi sa Internal Revenue Service (IRS) ng Identity Protection PIN (IP PIN). Nakakatulong ito na pigilan ang ibang tao na maghain ng tax return gamit ang inyong numero.',
    form14039:
      'Kung sa palagay ninyo ay may gumagamit ng inyong pagkakakilanlan, sagutan ang IRS Form 14039 (Identity Theft Affidavit) at ipadala ito sa IRS.',
    creditFreeze:
      'Pag-isipan ang credit freeze. Hihilingin ninyo sa mga pambansang credit bureau na i-freeze ang inyong credit report. Pinahihirap nito para sa sinuman na magbukas ng bagong credit sa inyong pangalan.',
    damages:
      'Ang inyong karapatan sa danyos: sa ilalim ng pederal na batas (26 U.S.C. 7431), kung ibinunyag ang inyong impormasyon sa buwis nang walang awtorisasyon, sinasadya man o dahil sa kapabayaan, maaari kayong maghain ng paghahabol para sa danyos sa pederal na korte. Ang halaga ay $1,000 para sa bawat hindi awtorisadong pagbubunyag, o ang inyong aktwal na pinsala kung mas malaki ito.',
    deadline:
      'Mayroon kayong dalawang taon mula sa petsa na natuklasan ninyo ang pagbubunyag para maghain ng paghahabol. Matutulungan kayo ng portal na ihanda ito.',
    legalHelp:
      'Libreng tulong-legal: tumutulong nang walang bayad ang mga organisasyon ng tulong-legal at mga grupong nagtataguyod para sa mga imigrante at nagbabayad ng buwis. Sa inyong nakasulat na pahintulot (IRS Form 8821 o Form 2848), makikita nila ang inyong impormasyon sa buwis at makakakilos sila para sa inyo.',
    notAdvice: 'Ito ay pangkalahatang impormasyon, hindi legal na payo. Masasabi sa inyo ng isang abogado kung ano ang naaangkop sa inyo.',
  },
  moreInfo:
    'Sa portal, makikita ninyo ang inyong rekord, mababasa kung ano ang nangyari at kung ano ang inyong mga karapatan, at makakahanap ng libreng tulong. I-type ninyo mismo ang address: {portalAddress}',
  breach: {
    copyIntro:
      'Ito ay kopya ng inyong Abiso ng Paglabag sa Datos. Ipinadala ito dahil may humingi ng kopya. Kung hindi kayo ang humingi nito, maaaring may ibang tao na may hawak ng ilan sa inyong impormasyon: tingnan ang “Ano ang Maaari Ninyong Gawin”.',
    context:
      'Noong Abril 2025, gumawa ng kasunduan ang Kagawaran ng Pananalapi (Treasury, na kinabibilangan ng Internal Revenue Service o IRS) at ang Department of Homeland Security (DHS). Sa ilalim nito, nagpadala ang U.S. Immigration and Customs Enforcement (ICE) sa IRS ng mga pangalan at address para i-verify. Nagtanong ang ICE tungkol sa humigit-kumulang 1.28 milyong pangalan. Na-verify ng IRS ang humigit-kumulang 47,000 sa mga ito at nagbahagi ng datos tungkol sa mga taong iyon sa ICE.',
    you: 'Kabilang dito ang inyong rekord sa buwis. Noong {disclosedOn}, ibinunyag ng IRS ang impormasyon mula sa inyong rekord sa buwis sa ICE.',
    law: 'Sinasabi ng pederal na batas (26 U.S.C. 6103) na kumpidensyal ang mga tax return at impormasyon sa buwis. Ang inyong pangalan, mailing address at taxpayer identification number ay itinuturing na impormasyon sa buwis.',
    courts:
      'Noong Nobyembre 2025, hinarang ng isang pederal na korte ang IRS at DHS sa pagbabahagi ng impormasyong ito. Inutusan din ng isang pederal na korte sa Massachusetts ang IRS na itigil ang pagbabahagi ng mga address ng tirahan sa ICE. Umapela ang pamahalaan.',
    involved: 'Ibinunyag ng IRS ang impormasyong ito tungkol sa inyo: {disclosedElements}.',
    doingNotify: 'Nagpapadala kami ng abisong tulad nito sa bawat taong kabilang ang rekord sa buwis sa mga ibinunyag.',
    doingTreasury:
      'Noong Enero 2026, hiniling ng Kagawaran ng Pananalapi sa DHS na itapon ang datos na ibinigay ng IRS sa ICE batay sa hindi kumpleto o hindi sapat na impormasyon ng address.',
    doingFollowUp: 'Kung patunayan ng DHS na itinapon na nito ang datos na natanggap nito tungkol sa inyo, susulatan namin kayo muli.',
    doingProtect: 'Sa portal, naka-encrypt ang pag-iimbak ng inyong impormasyon, at itinatala ang bawat pag-access dito.',
    seeResult: 'Tingnan ang inyong buong resulta sa portal.',
  },
  disposal: {
    certified:
      'Pinatunayan ng Department of Homeland Security (DHS) na itinapon na nito ang datos na natanggap nito mula sa Internal Revenue Service (IRS) tungkol sa inyo.',
    certifiedOn: 'Petsa ng pagpapatunay: {disposalDate}',
    reference: 'Reference ng pagpapatunay: {disposalReference}',
    involved:
      'Noong {disclosedOn}, ibinunyag ng IRS ang impormasyong ito tungkol sa inyo sa U.S. Immigration and Customs Enforcement (ICE), na bahagi ng DHS: {disclosedElements}.',
    doingRecorded: 'Naitala namin ang pagpapatunay kasama ng inyong rekord sa portal.',
    keep: 'Itago ang abisong ito. Ipinapakita nito ang petsa at ang reference ng pagpapatunay.',
    seeRecord: 'Tingnan ang inyong rekord at ang pagpapatunay sa portal.',
  },
  checkResult: {
    asked:
      'May nagtanong sa portal, nang walang sulat ng abiso, kung kabilang ang rekord sa buwis na ito sa mga ibinunyag ng Internal Revenue Service (IRS) sa U.S. Immigration and Customs Enforcement (ICE). Hindi namin kailanman ipinapakita ang sagot na iyon sa screen. Ipinapadala lamang namin ito sa address na nasa aming mga rekord, kaya dumating sa inyo ang abisong ito.',
    answer: 'Kabilang ang inyong rekord sa buwis sa mga ibinunyag ng IRS sa ICE.',
    notYou: 'Kung hindi kayo ang nagtanong, maaaring may ibang tao na may hawak ng ilan sa inyong impormasyon: tingnan ang “Ano ang Maaari Ninyong Gawin”.',
    involved:
      'Ipinapakita ng inyong resulta sa portal kung anong impormasyon tungkol sa inyo ang ibinunyag at kailan. Hindi ito inililista ng abisong ito.',
    doingCode: 'Gumawa kami ng bagong access code para sa inyo. Binubuksan nito ang inyong resulta sa portal.',
    doingLogged: 'Isinusulat sa aming audit log ang bawat pagsusuri ng isang rekord.',
    seeResult: 'Tingnan ang inyong resulta sa portal.',
  },
  footer: {
    sentBy: 'Ipinadala ng Disclosure Check, {portalAddress}.',
    demo: 'DEMONSTRASYON: ginawa ang abisong ito gamit ang GAWA-GAWANG datos. Walang datos ng totoong tao rito.',
  },
  elements: {
    name: 'ang inyong pangalan',
    tin: 'ang inyong taxpayer identification number (SSN o ITIN)',
    address: 'ang inyong address',
    date_of_birth: 'ang inyong petsa ng kapanganakan',
  },
  categories: {
    address_verified:
      'Ipinadala ng ICE sa IRS ang inyong pangalan at isang address. Na-verify ng IRS ang mga ito sa inyong rekord sa buwis.',
    address_supplied:
      'Ipinadala ng ICE sa IRS ang inyong pangalan at isang address. Na-verify ng IRS ang mga ito sa inyong rekord sa buwis at nagbigay rin ito sa ICE ng karagdagang impormasyon tungkol sa inyong address.',
    incomplete_address:
      'Ipinadala ng ICE sa IRS ang inyong pangalan kasama ang hindi kumpleto o hindi sapat na impormasyon ng address, at nagbahagi pa rin ang IRS ng datos tungkol sa inyo. Ito ang uri ng datos na hiniling ng Kagawaran ng Pananalapi sa DHS na itapon.',
  },
  claimNotice: tlClaims,
  orgNotice: tlOrgs,
};
