import type { OrgNoticeStrings } from '../org-strings';

export const htOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Lyen pou w konekte',
    org_invitation: 'Yo envite w rantre nan òganizasyon w',
    org_application_approved: 'Yo apwouve demann òganizasyon w',
    org_application_rejected: 'Desizyon sou demann òganizasyon w',
  },
  subjects: {
    org_sign_in_link: 'Lyen pou w konekte sou Disclosure Check',
    org_invitation: 'Yo envite w sou Disclosure Check',
    org_application_approved: 'Yo apwouve demann ou sou Disclosure Check',
    org_application_rejected: 'Desizyon sou demann ou sou Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Lyen an mache pandan 15 minit, yon sèl fwa.',
    org_invitation: 'Òganizasyon w ajoute w kòm manm. Imèl sa a pa gen lyen.',
    org_application_approved: 'Kounye a ou ka konekte. Imèl sa a pa gen lyen.',
    org_application_rejected: 'Desizyon an ak rezon li. Imèl sa a pa gen lyen.',
  },
  greeting: 'Bonjou,',
  signIn: {
    asked: 'Yon moun mande pou konekte nan espas òganizasyon Disclosure Check ak adrès imèl sa a.',
    button: 'Konekte',
    linkText: 'Si bouton an pa mache, kopye adrès sa a nan navigatè w:',
    expiry: 'Lyen an mache pandan 15 minit, epi yon sèl fwa. Lè w louvri l, peze bouton ki sou paj la pou w konekte.',
    notYou: 'Si se pa ou ki te mande, ou pa bezwen fè anyen. Pèsonn pa ka konekte san lyen sa a ak kòd aplikasyon otantifikasyon w.',
    oneLink: 'Imèl sa a gen yon sèl lyen, epi li mennen nan {portalAddress}. Si yon lyen nan yon imèl mennen yon lòt kote, pa louvri l.',
  },
  invitation: {
    invited: 'Yo ajoute w kòm manm {orgName} sou Disclosure Check, pòtay pou moun IRS te bay dosye taks yo bay otorite imigrasyon.',
    howTo: 'Pou w konekte, tape adrès ki anba a nan navigatè w ou menm, epi antre adrès imèl sa a. N ap voye yon lyen pou w konekte.',
    notExpected: 'Si ou pa travay ak òganizasyon sa a, ou pa bezwen fè anyen.',
  },
  approved: {
    decided: 'Yo apwouve demann {orgName} pou ede kliyan sou Disclosure Check.',
    howTo: 'Kounye a ou ka konekte ak adrès imèl sa a. Tape adrès ki anba a nan navigatè w ou menm, epi antre adrès imèl sa a. N ap voye yon lyen pou w konekte.',
    invite: 'Apre w konekte, ou ka envite lòt moun nan òganizasyon w.',
  },
  rejected: {
    decided: 'Yo pa apwouve demann {orgName} pou ede kliyan sou Disclosure Check.',
    reason: 'Rezon yo bay: {decisionReason}',
    again: 'Si ou ka korije sa rezon an di, ou ka fè yon nouvo demann.',
  },
  signInAddressLine: 'Kote pou w konekte: {signInAddress}',
  neverAskCode: 'Nou p ap janm mande w kòd aplikasyon otantifikasyon w oswa yon lyen pou konekte pa imèl, mesaj tèks oswa telefòn.',
};
