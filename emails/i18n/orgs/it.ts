import type { OrgNoticeStrings } from '../org-strings';

export const itOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Il tuo link di accesso',
    org_invitation: 'Sei invitato a unirti alla tua organizzazione',
    org_application_approved: 'La domanda della tua organizzazione è stata approvata',
    org_application_rejected: 'Decisione sulla domanda della tua organizzazione',
  },
  subjects: {
    org_sign_in_link: 'Il tuo link di accesso a Disclosure Check',
    org_invitation: 'Sei invitato su Disclosure Check',
    org_application_approved: 'La tua domanda a Disclosure Check è stata approvata',
    org_application_rejected: 'Decisione sulla tua domanda a Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Il link funziona per 15 minuti, una sola volta.',
    org_invitation: 'La tua organizzazione ti ha aggiunto come membro. Questa email non contiene link.',
    org_application_approved: 'Ora puoi accedere. Questa email non contiene link.',
    org_application_rejected: 'La decisione e il motivo. Questa email non contiene link.',
  },
  greeting: 'Buongiorno,',
  signIn: {
    asked: 'Qualcuno ha chiesto di accedere all’area delle organizzazioni di Disclosure Check con questo indirizzo email.',
    button: 'Accedi',
    linkText: 'Se il pulsante non funziona, copia questo indirizzo nel browser:',
    expiry: 'Il link funziona per 15 minuti e una sola volta. Dopo averlo aperto, premi il pulsante nella pagina per accedere.',
    notYou: 'Se non l’hai chiesto tu, non devi fare nulla. Nessuno può accedere senza questo link e il codice della tua app di autenticazione.',
    oneLink: 'Questa email contiene un solo link, che porta a {portalAddress}. Se un link in un’email porta altrove, non aprirlo.',
  },
  invitation: {
    invited: 'Sei stato aggiunto come membro di {orgName} su Disclosure Check, il portale per le persone i cui dati fiscali l’IRS ha consegnato alle autorità per l’immigrazione.',
    howTo: 'Per accedere, scrivi tu stesso nel browser l’indirizzo qui sotto e inserisci questo indirizzo email. Ti invieremo un link di accesso.',
    notExpected: 'Se non lavori con questa organizzazione, non devi fare nulla.',
  },
  approved: {
    decided: 'La domanda di {orgName} per aiutare i clienti su Disclosure Check è stata approvata.',
    howTo: 'Ora puoi accedere con questo indirizzo email. Scrivi tu stesso nel browser l’indirizzo qui sotto e inserisci questo indirizzo email. Ti invieremo un link di accesso.',
    invite: 'Dopo l’accesso, puoi invitare le altre persone della tua organizzazione.',
  },
  rejected: {
    decided: 'La domanda di {orgName} per aiutare i clienti su Disclosure Check non è stata approvata.',
    reason: 'Il motivo indicato: {decisionReason}',
    again: 'Se puoi correggere ciò che dice il motivo, puoi presentare di nuovo la domanda.',
  },
  signInAddressLine: 'Dove accedere: {signInAddress}',
  neverAskCode: 'Non ti chiederemo mai il codice della tua app di autenticazione né un link di accesso per email, SMS o telefono.',
};
