import type { ClaimNoticeStrings } from '../claim-strings';

export const htClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Nimewo reklamasyon ou',
  useClaimNumber:
    'Pou wè reklamasyon ou, tape {portalAddress} nan navigatè ou poukont ou, louvri paj estati reklamasyon an, epi antre nimewo reklamasyon sa a ak PIN ou.',
  pin: 'Nou te montre ou PIN ou yon sèl fwa, lè ou te depoze reklamasyon an. Nou pa janm voye l pa imèl ni pa lèt. Kenbe l an sekrè. Si ou pèdi l, n ap toujou ekri ou nan chak etap reklamasyon ou.',
  involved:
    'Avi sa a gen nimewo reklamasyon ou ak sa ki rive reklamasyon an. Li pa gen PIN ou, kont labank ou ni enfòmasyon taks ou.',
  doing: 'N ap ekri ou ankò nan chak etap reklamasyon ou.',
  neverFee:
    'Nou pa janm mande lajan pou depoze oswa pou peye yon reklamasyon. Nou pa janm rele ou an premye. Nou pa janm mande PIN ou ni nimewo kont labank ou.',
  steps: {
    filed: {
      label: 'Nou resevwa reklamasyon an',
      detail: 'Nou resevwa reklamasyon ou. Yon moun ap egzamine l. Depoze yon reklamasyon pa retire okenn nan dwa ou yo.',
      next: 'Kenbe avi sa a. Li gen nimewo reklamasyon ou.',
    },
    information_needed: {
      label: 'Nou bezwen plis enfòmasyon',
      detail: 'Nou bezwen plis enfòmasyon anvan nou ka pran yon desizyon sou reklamasyon ou. {reasons}',
      next: 'Reponn sou paj estati reklamasyon an pa pita pase {date}. Si nou pa gen repons ou rive dat sa a, y ap refize reklamasyon ou.',
    },
    approved: {
      label: 'Apwouve',
      detail: 'Yo apwouve reklamasyon ou pou {amount}.',
      next: 'Ou pa bezwen fè anyen. N ap voye peman an jan ou te chwazi a, epi n ap ekri ou lè nou voye l.',
    },
    partly_approved: {
      label: 'Apwouve an pati',
      detail: 'Yo apwouve yon pati nan reklamasyon ou: {amount}. {reasons}',
      next: 'N ap voye peman an jan ou te chwazi a, epi n ap ekri ou lè nou voye l. Si ou pa dakò, èd legal gratis ka eksplike ou chwa ou genyen.',
    },
    denied: {
      label: 'Refize',
      detail: 'Yo refize reklamasyon ou. {reasons}',
      next: 'Ou ka fè apèl sou paj estati reklamasyon an jiska {date}. Èd legal gratis ka eksplike ou chwa ou genyen, tankou dwa pou pote yon reklamasyon nan tribinal federal dapre 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Nou voye peman an',
      detail: 'Nou voye peman ou a ki se {amount}. {method}',
      next: 'Ou pa bezwen fè anyen. Pèsonn pa bezwen lajan ni enfòmasyon labank ou pou ba ou peman sa a.',
    },
    payment_returned: {
      label: 'Peman an tounen',
      detail: 'Peman ou a ki se {amount} tounen vin jwenn nou. {method}',
      next: 'N ap voye peman an ankò ak yon chèk an papye, epi n ap ekri ou lè nou voye l.',
    },
    cure_reminder: {
      label: 'Rapèl: nou bezwen plis enfòmasyon',
      detail: 'Nou toujou bezwen plis enfòmasyon anvan nou ka pran yon desizyon sou reklamasyon ou. Dènye jou pou reponn se {date}.',
      next: 'Reponn sou paj estati reklamasyon an pa pita pase {date}. Si nou pa gen repons ou rive dat sa a, y ap refize reklamasyon ou.',
    },
    appeal_reminder: {
      label: 'Rapèl: dènye jou pou fè apèl',
      detail: 'Yo refize reklamasyon ou. Dènye jou pou fè apèl se {date}.',
      next: 'Pou fè apèl, sèvi ak paj estati reklamasyon an pa pita pase {date}. Èd legal gratis ka ede ou.',
    },
    payment_changed: {
      label: 'Enfòmasyon peman an chanje',
      detail: 'Nan dat {date}, yo chanje kote n ap voye peman ou a sou paj estati reklamasyon an. Pou pwoteje yo, avi sa a pa montre nouvo enfòmasyon yo.',
      next: 'Si se ou ki fè chanjman sa a, ou pa bezwen fè anyen. Si se pa ou, kontakte nou touswit: liy èd la ak adrès lapòs nou yo sou pòtay la. Si yo te deja apwouve reklamasyon ou a, n ap verifye avè ou anvan nou voye peman an.',
    },
  },
  paidBy: {
    check: 'Se yon chèk an papye, nou voye l pa lapòs nan adrès ki sou reklamasyon ou.',
    direct_deposit: 'Nou voye l pa depo dirèk sou kont labank ki sou reklamasyon ou.',
  },
  returnedFrom: {
    check: 'Chèk la tounen pa lapòs.',
    direct_deposit: 'Bank ou voye depo dirèk la tounen.',
  },
  informationReasons: {
    identity_unclear: 'Nou bezwen konfime se ou menm ki fè reklamasyon an.',
    damages_description_missing: 'Ou mande dedomajman pou domaj reyèl, men ou pa di ki domaj yo ye.',
    damages_documents_missing: 'Ou mande dedomajman pou domaj reyèl, men ou pa voye dokiman ki montre kantite lajan an.',
    mailing_address_unusable: 'Adrès lapòs pou chèk ou a pa ka resevwa lèt.',
    bank_details_unverified: 'Nou pa t ka verifye kont labank ou.',
  },
  denialReasons: {
    no_answer: 'Nou pa t resevwa repons pou demann plis enfòmasyon nou an anvan dat li.',
    identity_not_confirmed: 'Nou pa t ka konfime se ou menm ki fè reklamasyon an.',
    filed_after_deadline: 'Yo depoze reklamasyon an apre dat limit pou reklamasyon yo.',
    duplicate_claim: 'Ou deja gen yon reklamasyon.',
    other: 'Paj estati reklamasyon an eksplike poukisa.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Dokiman yo pa montre domaj reyèl ou te mande yo, se poutèt sa yo apwouve kantite lajan lalwa fikse a.',
    actual_damages_partly_shown: 'Dokiman yo montre sèlman yon pati nan domaj reyèl ou te mande yo.',
    other: 'Paj estati reklamasyon an eksplike poukisa.',
  },
};
