import type { EmailStrings } from './email-strings';
import { htClaims } from './claims/ht';
import { htOrgs } from './orgs/ht';

// Haitian Creole for readers in the United States: plain, polite, short sentences, same words as the
// portal's Creole pages (messages.json). Agencies: Sèvis Revni Entèn (IRS), Sèvis Imigrasyon ak Ladwàn
// Etazini (ICE), Depatman Sekirite Nasyonal (DHS), Depatman Trezò. Intl has no Haitian Creole data ('ht'
// falls back to English), so dates and lists use 'fr-HT' ("14 août 2025", "a, b et c"), which Creole
// readers read more easily than English month names.
export const ht: EmailStrings = {
  intlLocale: 'ht',
  titles: {
    initial_notice: 'Avi sou Vyolasyon Done',
    notice_copy: 'Avi sou Vyolasyon Done',
    disposal_confirmation: 'Konfimasyon ke Yo Debarase Done yo',
    check_result: 'Repons pou Verifikasyon Ou',
    claim_status: 'Nouvèl sou Reklamasyon Ou',
  },
  subjects: {
    initial_notice: 'Avi sou Vyolasyon Done: enfòmasyon ki soti nan dosye taks ou',
    notice_copy: 'Kopi Avi sou Vyolasyon Done ou a',
    disposal_confirmation: 'Nouvèl sou dosye taks ou: yo konfime yo debarase done yo',
    check_result: 'Repons ou soti nan Disclosure Check',
    claim_status: 'Nouvèl sou reklamasyon ou {claimReference}',
  },
  previews: {
    initial_notice: 'Enfòmasyon enpòtan sou dosye taks ou. Avi sa a pa gen lyen.',
    notice_copy: 'Kopi avi ou yo te mande a. Avi sa a pa gen lyen.',
    disposal_confirmation: 'Nouvèl sou done ki soti nan dosye taks ou. Avi sa a pa gen lyen.',
    check_result: 'Repons pou yon verifikasyon yo te fè sou Disclosure Check. Avi sa a pa gen lyen.',
    claim_status: 'Nouvèl sou reklamasyon ou. Avi sa a pa gen lyen.',
  },
  greeting: 'Chè {firstName},',
  headings: {
    whatHappened: 'Sa ki te pase',
    whatInfo: 'Ki enfòmasyon ki te konsène',
    whatWeDo: 'Sa n ap fè',
    whatYouCanDo: 'Sa ou ka fè',
    moreInfo: 'Pou plis enfòmasyon',
  },
  code: {
    noticeCodeLabel: 'Kòd avi ou',
    accessCodeLabel: 'Kòd aksè ou',
    useNoticeCode:
      'Tape {portalAddress} ou menm nan navigatè ou, chwazi «Verifye dosye ou», epi antre kòd avi sa a ak dat nesans ou.',
    useAccessCode:
      'Tape {portalAddress} ou menm nan navigatè ou, chwazi «Verifye dosye ou», epi antre kòd aksè sa a ak dat nesans ou.',
  },
  safety: {
    onlyAddress: 'Pòtay sa a gen yon sèl adrès: {portalAddress}',
    typeIt:
      'Avi sa a pa gen lyen. Tape adrès la ou menm nan navigatè ou. Pa louvri lyen ki nan imèl, mesaj tèks oswa piblikasyon sou rezo sosyal ki di yo soti nan men nou.',
    neverAsk:
      'Nou p ap janm mande nimewo Sekirite Sosyal ou (SSN) oswa ITIN ou pa imèl, pa mesaj tèks oswa pa telefòn.',
    free: 'Pòtay la gratis. Li pa janm fè ou peye, e li pa janm mande ou renonse a yon dwa.',
  },
  protect: {
    ipPin:
      'Mande Sèvis Revni Entèn (IRS) yon PIN Pwoteksyon Idantite (IP PIN). Li ede anpeche yon lòt moun depoze yon deklarasyon taks ak nimewo ou.',
    form14039:
      'Si ou panse yon moun ap sèvi ak idantite ou, ranpli Fòm 14039 IRS la (Afidavit sou Vòl Idantite) epi voye l bay IRS.',
    creditFreeze:
      'Konsidere yon blokaj kredi. Ou mande ajans kredi nasyonal yo pou yo bloke rapò kredi ou. Sa fè li pi difisil pou nenpòt moun louvri nouvo kredi sou non ou.',
    damages:
      'Dwa ou pou dedomajman: dapre lwa federal (26 U.S.C. 7431), si yo te divilge enfòmasyon taks ou san otorizasyon, espre oswa pa neglijans, ou ka pote yon reklamasyon pou dedomajman nan tribinal federal. Montan an se $1,000 pou chak divilgasyon san otorizasyon, oswa domaj reyèl ou si yo plis.',
    deadline:
      'Ou gen dezan apati dat ou dekouvri divilgasyon an pou pote yon reklamasyon. Pòtay la ka ede ou prepare youn.',
    legalHelp:
      'Èd legal gratis: òganizasyon èd legal ak gwoup ki defann imigran ak kontribyab ede san frè. Avèk pèmisyon alekri ou (Fòm 8821 oswa Fòm 2848 IRS la), yo ka wè enfòmasyon taks ou epi aji pou ou.',
    notAdvice: 'Sa a se enfòmasyon jeneral, se pa konsèy legal. Yon avoka ka di ou sa ki aplike pou ou.',
  },
  moreInfo:
    'Sou pòtay la, ou ka wè dosye ou, li sa ki te pase ak ki dwa ou genyen, epi jwenn èd gratis. Tape adrès la ou menm: {portalAddress}',
  breach: {
    copyIntro:
      'Sa a se yon kopi Avi sou Vyolasyon Done ou a. Nou voye l paske yon moun te mande yon kopi. Si se pa ou ki te mande l, yon lòt moun ka gen kèk nan enfòmasyon ou: gade «Sa ou ka fè».',
    context:
      'Nan mwa avril 2025, Depatman Trezò a (ki gen Sèvis Revni Entèn, IRS, ladan l) ak Depatman Sekirite Nasyonal (DHS) te fè yon akò. Dapre akò sa a, Sèvis Imigrasyon ak Ladwàn Etazini (ICE) te voye non ak adrès bay IRS pou li verifye. ICE te mande pou anviwon 1.28 milyon non. IRS te verifye anviwon 47,000 ladan yo, epi li te pataje done sou moun sa yo ak ICE.',
    you: 'Dosye taks ou te pami yo. Nan dat {disclosedOn}, IRS te divilge enfòmasyon ki soti nan dosye taks ou bay ICE.',
    law: 'Lwa federal (26 U.S.C. 6103) di deklarasyon taks ak enfòmasyon taks konfidansyèl. Non ou, adrès postal ou ak nimewo idantifikasyon kontribyab ou konte kòm enfòmasyon taks.',
    courts:
      'Nan mwa novanm 2025, yon tribinal federal te bloke IRS ak DHS pou yo pa pataje enfòmasyon sa yo. Yon tribinal federal nan Massachusetts te bay IRS lòd tou pou li sispann pataje adrès lakay moun ak ICE. Gouvènman an te fè apèl.',
    involved: 'IRS te divilge enfòmasyon sa yo sou ou: {disclosedElements}.',
    doingNotify: 'N ap voye yon avi tankou sa a bay chak moun ki te gen dosye taks li pami sa yo te divilge yo.',
    doingTreasury:
      'Nan mwa janvye 2026, Depatman Trezò a te mande DHS pou li debarase l de done IRS te bay ICE ki baze sou enfòmasyon adrès ki pa konplè oswa ki pa ase.',
    doingFollowUp: 'Si DHS sètifye ke li debarase l de done li te resevwa sou ou, n ap ekri ou ankò.',
    doingProtect: 'Nan pòtay la, enfòmasyon ou anrejistre an fòm chifre, epi chak aksè ladan l anrejistre.',
    seeResult: 'Gade tout rezilta ou sou pòtay la.',
  },
  disposal: {
    certified:
      'Depatman Sekirite Nasyonal (DHS) sètifye ke li debarase l de done li te resevwa nan men Sèvis Revni Entèn (IRS) sou ou.',
    certifiedOn: 'Dat sètifikasyon an: {disposalDate}',
    reference: 'Referans sètifikasyon an: {disposalReference}',
    involved:
      'Nan dat {disclosedOn}, IRS te divilge enfòmasyon sa yo sou ou bay Sèvis Imigrasyon ak Ladwàn Etazini (ICE), ki fè pati DHS: {disclosedElements}.',
    doingRecorded: 'Nou anrejistre sètifikasyon an ak dosye ou nan pòtay la.',
    keep: 'Kenbe avi sa a. Li montre dat ak referans sètifikasyon an.',
    seeRecord: 'Gade dosye ou ak sètifikasyon an sou pòtay la.',
  },
  checkResult: {
    asked:
      'Yon moun te mande sou pòtay la, san lèt avi, si dosye taks sa a te pami sa Sèvis Revni Entèn (IRS) te divilge bay Sèvis Imigrasyon ak Ladwàn Etazini (ICE). Nou pa janm montre repons sa a sou ekran an. Nou voye l sèlman nan adrès ki nan dosye nou yo, se pou sa avi sa a rive jwenn ou.',
    answer: 'Dosye taks ou pami sa IRS te divilge bay ICE yo.',
    notYou: 'Si se pa ou ki te mande, yon lòt moun ka gen kèk nan enfòmasyon ou: gade «Sa ou ka fè».',
    involved:
      'Rezilta ou sou pòtay la montre ki enfòmasyon sou ou yo te divilge ak kilè. Avi sa a pa bay lis la.',
    doingCode: 'Nou fè yon nouvo kòd aksè pou ou. Li louvri rezilta ou sou pòtay la.',
    doingLogged: 'Chak verifikasyon yon dosye ekri nan jounal odit nou an.',
    seeResult: 'Gade rezilta ou sou pòtay la.',
  },
  footer: {
    sentBy: 'Disclosure Check voye l, {portalAddress}.',
    demo: 'DEMONSTRASYON: yo fè avi sa a ak done FIKTIF (envante). Pa gen done okenn moun reyèl ladan l.',
  },
  elements: {
    name: 'non ou',
    tin: 'nimewo idantifikasyon kontribyab ou (SSN oswa ITIN)',
    address: 'adrès ou',
    date_of_birth: 'dat nesans ou',
  },
  categories: {
    address_verified: 'ICE te voye non ou ak yon adrès bay IRS. IRS te verifye yo ak dosye taks ou.',
    address_supplied:
      'ICE te voye non ou ak yon adrès bay IRS. IRS te verifye yo ak dosye taks ou, epi li te bay ICE plis enfòmasyon sou adrès ou tou.',
    incomplete_address:
      'ICE te voye non ou bay IRS ak enfòmasyon adrès ki pa konplè oswa ki pa ase, epi IRS te pataje done sou ou kanmenm. Se kalite done sa a Depatman Trezò a te mande DHS pou li debarase l.',
  },
  claimNotice: htClaims,
  orgNotice: htOrgs,
};
