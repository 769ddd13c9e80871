import type { EmailStrings } from './email-strings';
import { frClaims } from './claims/fr';
import { frOrgs } from './orgs/fr';

// French: "vous", agencies named as in fr/messages.json, French typography (no-break spaces before : ; ? !
// and inside « »). The portal's button is « Vérifier votre dossier », so the notice names the same button.
export const fr: EmailStrings = {
  intlLocale: 'fr',
  titles: {
    initial_notice: 'Avis de violation de données',
    notice_copy: 'Avis de violation de données',
    disposal_confirmation: 'Confirmation de l’élimination des données',
    check_result: 'La réponse à votre vérification',
    claim_status: 'Du nouveau sur votre demande d’indemnisation',
  },
  subjects: {
    initial_notice: 'Avis de violation de données : informations de votre dossier fiscal',
    notice_copy: 'Copie de votre Avis de violation de données',
    disposal_confirmation: 'Du nouveau sur votre dossier fiscal : élimination des données confirmée',
    check_result: 'Votre réponse de Disclosure Check',
    claim_status: 'Du nouveau sur votre demande d’indemnisation {claimReference}',
  },
  previews: {
    initial_notice: 'Informations importantes sur votre dossier fiscal. Cet avis ne contient aucun lien.',
    notice_copy: 'La copie de votre avis qui a été demandée. Cet avis ne contient aucun lien.',
    disposal_confirmation: 'Du nouveau sur des données de votre dossier fiscal. Cet avis ne contient aucun lien.',
    check_result: 'La réponse à une vérification faite sur Disclosure Check. Cet avis ne contient aucun lien.',
    claim_status: 'Du nouveau sur votre demande d’indemnisation. Cet avis ne contient aucun lien.',
  },
  greeting: 'Bonjour {firstName},',
  headings: {
    whatHappened: 'Ce qui s’est passé',
    whatInfo: 'Quelles informations sont concernées',
    whatWeDo: 'Ce que nous faisons',
    whatYouCanDo: 'Ce que vous pouvez faire',
    moreInfo: 'Pour en savoir plus',
  },
  code: {
    noticeCodeLabel: 'Votre code d’avis',
    accessCodeLabel: 'Votre code d’accès',
    useNoticeCode:
      'Tapez vous-même {portalAddress} dans votre navigateur, choisissez « Vérifier votre dossier », puis saisissez ce code d’avis et votre date de naissance.',
    useAccessCode:
      'Tapez vous-même {portalAddress} dans votre navigateur, choisissez « Vérifier votre dossier », puis saisissez ce code d’accès et votre date de naissance.',
  },
  safety: {
    onlyAddress: 'Ce portail n’a qu’une seule adresse : {portalAddress}',
    typeIt:
      'Cet avis ne contient aucun lien. Tapez vous-même l’adresse dans votre navigateur. N’ouvrez pas les liens contenus dans des e-mails, des SMS ou des publications sur les réseaux sociaux qui prétendent venir de nous.',
    neverAsk:
      'Nous ne vous demanderons jamais votre numéro de sécurité sociale (SSN) ou votre ITIN par e-mail, SMS ou téléphone.',
    free: 'L’utilisation du portail est gratuite. Il ne vous fait jamais payer et ne vous demande jamais de renoncer à un droit.',
  },
  protect: {
    ipPin:
      'Demandez au Service des impôts des États-Unis (IRS) un code PIN de protection d’identité (Identity Protection PIN, IP PIN). Il aide à empêcher toute autre personne de déposer une déclaration de revenus avec votre numéro.',
    form14039:
      'Si vous pensez que quelqu’un utilise votre identité, remplissez le formulaire 14039 de l’IRS (Form 14039, Identity Theft Affidavit : déclaration sous serment d’usurpation d’identité) et envoyez-le à l’IRS.',
    creditFreeze:
      'Envisagez un gel de crédit. Vous demandez aux agences nationales d’évaluation du crédit de geler votre rapport de crédit. Il devient ainsi plus difficile pour quiconque d’ouvrir un nouveau crédit à votre nom.',
    damages:
      'Votre droit à des dommages-intérêts : en vertu de la loi fédérale (26 U.S.C. 7431), si vos informations fiscales ont été divulguées sans autorisation, sciemment ou par négligence, vous pouvez intenter une action en dommages-intérêts devant un tribunal fédéral. Le montant est de 1 000 $ pour chaque divulgation non autorisée, ou le montant de votre préjudice réel s’il est plus élevé.',
    deadline:
      'Vous disposez de deux ans à compter de la date à laquelle vous découvrez la divulgation pour intenter une action. Le portail peut vous aider à préparer une demande.',
    legalHelp:
      'Aide juridique gratuite : les organismes d’aide juridique et les associations de défense des immigrés et des contribuables aident gratuitement. Avec votre autorisation écrite (formulaire 8821 ou formulaire 2848 de l’IRS), ils peuvent consulter vos informations fiscales et agir en votre nom.',
    notAdvice:
      'Il s’agit d’informations générales, pas d’un conseil juridique. Un avocat peut vous dire ce qui s’applique à votre situation.',
  },
  moreInfo:
    'Sur le portail, vous pouvez consulter votre dossier, lire ce qui s’est passé et quels sont vos droits, et trouver une aide gratuite. Tapez vous-même l’adresse : {portalAddress}',
  breach: {
    copyIntro:
      'Ceci est une copie de votre Avis de violation de données. Elle a été envoyée parce qu’une copie a été demandée. Si vous ne l’avez pas demandée, quelqu’un d’autre dispose peut-être de certaines de vos informations : voir « Ce que vous pouvez faire ».',
    context:
      'En avril 2025, le département du Trésor (dont fait partie le Service des impôts des États-Unis, IRS) et le département de la Sécurité intérieure (DHS) ont conclu un accord. En vertu de cet accord, le Service de l’immigration et des douanes des États-Unis (ICE) a envoyé à l’IRS des noms et des adresses à vérifier. L’ICE a demandé la vérification d’environ 1,28 million de noms. L’IRS en a vérifié environ 47 000 et a transmis à l’ICE des données sur ces personnes.',
    you: 'Votre dossier fiscal en faisait partie. Le {disclosedOn}, l’IRS a divulgué des informations de votre dossier fiscal à l’ICE.',
    law: 'La loi fédérale (26 U.S.C. 6103) prévoit que les déclarations de revenus et les informations fiscales sont confidentielles. Votre nom, votre adresse postale et votre numéro d’identification fiscale font partie des informations fiscales.',
    courts:
      'En novembre 2025, un tribunal fédéral a interdit à l’IRS et au DHS d’échanger ces informations. Un tribunal fédéral du Massachusetts a également ordonné à l’IRS de cesser de transmettre des adresses de domicile à l’ICE. Le gouvernement a fait appel.',
    involved: 'L’IRS a divulgué les informations suivantes vous concernant : {disclosedElements}.',
    doingNotify: 'Nous envoyons un avis comme celui-ci à chaque personne dont le dossier fiscal faisait partie des dossiers divulgués.',
    doingTreasury:
      'En janvier 2026, le département du Trésor a demandé au DHS d’éliminer les données que l’IRS avait remises à l’ICE sur la base d’informations d’adresse incomplètes ou insuffisantes.',
    doingFollowUp: 'Si le DHS certifie avoir éliminé les données reçues vous concernant, nous vous écrirons de nouveau.',
    doingProtect: 'Dans le portail, vos informations sont conservées sous forme chiffrée, et chaque accès est enregistré.',
    seeResult: 'Consultez votre résultat complet sur le portail.',
  },
  disposal: {
    certified:
      'Le département de la Sécurité intérieure (DHS) a certifié avoir éliminé les données vous concernant qu’il avait reçues du Service des impôts des États-Unis (IRS).',
    certifiedOn: 'Date de la certification : {disposalDate}',
    reference: 'Référence de la certification : {disposalReference}',
    involved:
      'Le {disclosedOn}, l’IRS a divulgué les informations suivantes vous concernant au Service de l’immigration et des douanes des États-Unis (ICE), qui fait partie du DHS : {disclosedElements}.',
    doingRecorded: 'Nous avons enregistré la certification dans votre dossier sur le portail.',
    keep: 'Conservez cet avis. Il indique la date et la référence de la certification.',
    seeRecord: 'Consultez votre dossier et la certification sur le portail.',
  },
  checkResult: {
    asked:
      'Quelqu’un a demandé sur le portail, sans lettre d’avis, si ce dossier fiscal faisait partie de ceux que le Service des impôts des États-Unis (IRS) a divulgués au Service de l’immigration et des douanes des États-Unis (ICE). Nous n’affichons jamais cette réponse à l’écran. Nous l’envoyons uniquement à l’adresse figurant dans nos dossiers : c’est pourquoi cet avis vous est parvenu.',
    answer: 'Votre dossier fiscal fait partie de ceux que l’IRS a divulgués à l’ICE.',
    notYou:
      'Si vous n’avez rien demandé, quelqu’un d’autre dispose peut-être de certaines de vos informations : voir « Ce que vous pouvez faire ».',
    involved:
      'Votre résultat sur le portail indique quelles informations vous concernant ont été divulguées, et quand. Cet avis ne les énumère pas.',
    doingCode: 'Nous avons créé pour vous un nouveau code d’accès. Il ouvre votre résultat sur le portail.',
    doingLogged: 'Chaque vérification d’un dossier est inscrite dans notre journal d’audit.',
    seeResult: 'Consultez votre résultat sur le portail.',
  },
  footer: {
    sentBy: 'Envoyé par Disclosure Check, {portalAddress}.',
    demo: 'DÉMONSTRATION : cet avis a été créé avec des données FICTIVES (inventées). Aucune donnée d’une personne réelle n’y figure.',
  },
  elements: {
    name: 'votre nom',
    tin: 'votre numéro d’identification fiscale (SSN ou ITIN)',
    address: 'votre adresse',
    date_of_birth: 'votre date de naissance',
  },
  categories: {
    address_verified: 'L’ICE a envoyé à l’IRS votre nom et une adresse. L’IRS les a vérifiés à l’aide de votre dossier fiscal.',
    address_supplied:
      'L’ICE a envoyé à l’IRS votre nom et une adresse. L’IRS les a vérifiés à l’aide de votre dossier fiscal et a aussi donné à l’ICE des informations d’adresse supplémentaires vous concernant.',
    incomplete_address:
      'L’ICE a envoyé à l’IRS votre nom avec des informations d’adresse incomplètes ou insuffisantes, et l’IRS a tout de même transmis des données vous concernant. C’est le type de données que le département du Trésor a demandé au DHS d’éliminer.',
  },
  claimNotice: frClaims,
  orgNotice: frOrgs,
};
