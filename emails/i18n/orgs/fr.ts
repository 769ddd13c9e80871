import type { OrgNoticeStrings } from '../org-strings';

export const frOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Votre lien de connexion',
    org_invitation: 'Vous êtes invité à rejoindre votre organisation',
    org_application_approved: 'La demande de votre organisation a été approuvée',
    org_application_rejected: 'Décision sur la demande de votre organisation',
  },
  subjects: {
    org_sign_in_link: 'Votre lien de connexion à Disclosure Check',
    org_invitation: 'Vous êtes invité sur Disclosure Check',
    org_application_approved: 'Votre demande à Disclosure Check a été approuvée',
    org_application_rejected: 'Décision sur votre demande à Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Le lien fonctionne pendant 15 minutes, une seule fois.',
    org_invitation: 'Votre organisation vous a ajouté comme membre. Ce courriel ne contient aucun lien.',
    org_application_approved: 'Vous pouvez maintenant vous connecter. Ce courriel ne contient aucun lien.',
    org_application_rejected: 'La décision et son motif. Ce courriel ne contient aucun lien.',
  },
  greeting: 'Bonjour,',
  signIn: {
    asked: 'Quelqu’un a demandé à se connecter à l’espace des organisations de Disclosure Check avec cette adresse e-mail.',
    button: 'Se connecter',
    linkText: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
    expiry: 'Le lien fonctionne pendant 15 minutes, et une seule fois. Après l’avoir ouvert, appuyez sur le bouton de la page pour vous connecter.',
    notYou: 'Si vous n’avez rien demandé, vous n’avez rien à faire. Personne ne peut se connecter sans ce lien et le code de votre application d’authentification.',
    oneLink: 'Ce courriel contient un seul lien, qui mène à {portalAddress}. Si un lien dans un courriel mène ailleurs, ne l’ouvrez pas.',
  },
  invitation: {
    invited: 'Vous avez été ajouté comme membre de {orgName} sur Disclosure Check, le portail des personnes dont l’IRS a transmis le dossier fiscal aux services de l’immigration.',
    howTo: 'Pour vous connecter, tapez vous-même l’adresse ci-dessous dans votre navigateur et indiquez cette adresse e-mail. Nous vous enverrons un lien de connexion.',
    notExpected: 'Si vous ne travaillez pas avec cette organisation, vous n’avez rien à faire.',
  },
  approved: {
    decided: 'La demande de {orgName} pour aider des clients sur Disclosure Check a été approuvée.',
    howTo: 'Vous pouvez maintenant vous connecter avec cette adresse e-mail. Tapez vous-même l’adresse ci-dessous dans votre navigateur et indiquez cette adresse e-mail. Nous vous enverrons un lien de connexion.',
    invite: 'Une fois connecté, vous pourrez inviter les autres personnes de votre organisation.',
  },
  rejected: {
    decided: 'La demande de {orgName} pour aider des clients sur Disclosure Check n’a pas été approuvée.',
    reason: 'Le motif indiqué : {decisionReason}',
    again: 'Si vous pouvez corriger ce que dit le motif, vous pouvez faire une nouvelle demande.',
  },
  signInAddressLine: 'Où se connecter : {signInAddress}',
  neverAskCode: 'Nous ne vous demanderons jamais le code de votre application d’authentification ni un lien de connexion par courriel, SMS ou téléphone.',
};
