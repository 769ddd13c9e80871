import type { ClaimNoticeStrings } from '../claim-strings';

export const frClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Votre numéro de demande',
  useClaimNumber:
    'Pour voir votre demande, tapez vous-même {portalAddress} dans votre navigateur, ouvrez la page de suivi de la demande et saisissez ce numéro de demande et votre code PIN.',
  pin: 'Votre code PIN a été affiché une seule fois, quand vous avez déposé la demande. Nous ne l’envoyons jamais par e-mail ni par courrier. Gardez-le secret. Si vous l’avez perdu, nous vous écrirons quand même à chaque étape de votre demande.',
  involved:
    'Cet avis contient votre numéro de demande et ce qui est arrivé à votre demande. Il ne contient ni votre code PIN, ni votre compte bancaire, ni vos informations fiscales.',
  doing: 'Nous vous écrirons à nouveau à chaque étape de votre demande.',
  neverFee:
    'Nous ne demandons jamais de frais pour déposer ou payer une demande. Nous ne vous appelons jamais en premier. Nous ne vous demandons jamais votre code PIN ni votre numéro de compte bancaire.',
  steps: {
    filed: {
      label: 'Demande reçue',
      detail: 'Nous avons reçu votre demande d’indemnisation. Une personne chargée de l’examen va l’étudier. Déposer une demande ne vous retire aucun de vos droits.',
      next: 'Gardez cet avis. Il contient votre numéro de demande.',
    },
    information_needed: {
      label: 'Informations supplémentaires nécessaires',
      detail: 'Il nous faut plus d’informations avant de pouvoir décider de votre demande. {reasons}',
      next: 'Répondez sur la page de suivi de la demande au plus tard le {date}. Si nous n’avons pas votre réponse à cette date, votre demande sera rejetée.',
    },
    approved: {
      label: 'Acceptée',
      detail: 'Votre demande a été acceptée pour {amount}.',
      next: 'Vous n’avez rien à faire. Nous enverrons le paiement de la façon que vous avez choisie et nous vous écrirons quand il sera envoyé.',
    },
    partly_approved: {
      label: 'Acceptée en partie',
      detail: 'Une partie de votre demande a été acceptée : {amount}. {reasons}',
      next: 'Nous enverrons le paiement de la façon que vous avez choisie et nous vous écrirons quand il sera envoyé. Si vous n’êtes pas d’accord, une aide juridique gratuite peut vous expliquer vos options.',
    },
    denied: {
      label: 'Rejetée',
      detail: 'Votre demande a été rejetée. {reasons}',
      next: 'Vous pouvez faire appel sur la page de suivi de la demande jusqu’au {date}. Une aide juridique gratuite peut vous expliquer vos options, y compris le droit d’intenter une action devant un tribunal fédéral en vertu du 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Paiement envoyé',
      detail: 'Nous avons envoyé votre paiement de {amount}. {method}',
      next: 'Vous n’avez rien à faire. Personne n’a besoin de frais ni de vos coordonnées bancaires pour vous remettre ce paiement.',
    },
    payment_returned: {
      label: 'Paiement revenu',
      detail: 'Votre paiement de {amount} nous est revenu. {method}',
      next: 'Nous enverrons à nouveau le paiement par chèque papier et nous vous écrirons quand il sera envoyé.',
    },
    cure_reminder: {
      label: 'Rappel : informations supplémentaires nécessaires',
      detail: 'Il nous faut toujours plus d’informations avant de pouvoir décider de votre demande. Le dernier jour pour répondre est le {date}.',
      next: 'Répondez sur la page de suivi de la demande au plus tard le {date}. Si nous n’avons pas votre réponse à cette date, votre demande sera rejetée.',
    },
    appeal_reminder: {
      label: 'Rappel : dernier jour pour faire appel',
      detail: 'Votre demande a été rejetée. Le dernier jour pour faire appel est le {date}.',
      next: 'Pour faire appel, utilisez la page de suivi de la demande au plus tard le {date}. Une aide juridique gratuite peut vous aider.',
    },
    payment_changed: {
      label: 'Coordonnées de paiement modifiées',
      detail: 'Le {date}, l’endroit où nous envoyons votre paiement a été modifié sur la page de suivi de la demande. Pour les protéger, cet avis ne montre pas les nouvelles coordonnées.',
      next: 'Si vous avez fait ce changement, vous n’avez rien à faire. Si ce n’est pas vous, contactez-nous tout de suite : la ligne d’aide et notre adresse postale sont sur le portail. Si votre demande était déjà approuvée, nous vérifierons avec vous avant d’envoyer le paiement.',
    },
  },
  paidBy: {
    check: 'C’est un chèque papier, envoyé par la poste à l’adresse indiquée dans votre demande.',
    direct_deposit: 'Il a été envoyé par virement (dépôt direct) sur le compte bancaire indiqué dans votre demande.',
  },
  returnedFrom: {
    check: 'Le chèque nous est revenu par la poste.',
    direct_deposit: 'Votre banque a renvoyé le virement.',
  },
  informationReasons: {
    identity_unclear: 'Nous devons confirmer que la demande vient bien de vous.',
    damages_description_missing: 'Vous avez demandé des dommages réels sans dire lesquels.',
    damages_documents_missing: 'Vous avez demandé des dommages réels sans envoyer de documents qui en montrent le montant.',
    mailing_address_unusable: 'L’adresse postale prévue pour votre chèque ne peut pas recevoir de courrier.',
    bank_details_unverified: 'Nous n’avons pas pu vérifier votre compte bancaire.',
  },
  denialReasons: {
    no_answer: 'Nous n’avons pas reçu de réponse à notre demande d’informations avant sa date limite.',
    identity_not_confirmed: 'Nous n’avons pas pu confirmer que la demande vient bien de vous.',
    filed_after_deadline: 'La demande a été déposée après la date limite des demandes.',
    duplicate_claim: 'Vous avez déjà une demande.',
    other: 'La page de suivi de la demande explique pourquoi.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Les documents ne montrent pas les dommages réels demandés : le montant fixé par la loi a donc été accepté.',
    actual_damages_partly_shown: 'Les documents ne montrent qu’une partie des dommages réels demandés.',
    other: 'La page de suivi de la demande explique pourquoi.',
  },
};
