import type { ClaimNoticeStrings } from '../claim-strings';

export const esClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Su número de reclamación',
  useClaimNumber:
    'Para ver su reclamación, escriba usted mismo {portalAddress} en su navegador, abra la página del estado de la reclamación y escriba este número de reclamación y su PIN.',
  pin: 'Su PIN se mostró una sola vez, cuando presentó la reclamación. Nunca lo enviamos por correo electrónico ni por carta. Guárdelo en secreto. Si lo perdió, igual le escribiremos en cada paso de su reclamación.',
  involved:
    'Este aviso tiene su número de reclamación y lo que pasó con su reclamación. No tiene su PIN, su cuenta bancaria ni su información tributaria.',
  doing: 'Le volveremos a escribir en cada paso de su reclamación.',
  neverFee:
    'Nunca le pedimos un cargo para presentar o pagar una reclamación. Nunca le llamamos primero. Nunca le pedimos su PIN ni el número de su cuenta bancaria.',
  steps: {
    filed: {
      label: 'Reclamación recibida',
      detail: 'Recibimos su reclamación. Una persona encargada la revisará. Presentar una reclamación no le quita ninguno de sus derechos.',
      next: 'Guarde este aviso. Tiene su número de reclamación.',
    },
    information_needed: {
      label: 'Se necesita más información',
      detail: 'Necesitamos más información antes de decidir sobre su reclamación. {reasons}',
      next: 'Responda en la página del estado de la reclamación a más tardar el {date}. Si no tenemos su respuesta para entonces, su reclamación será denegada.',
    },
    approved: {
      label: 'Aprobada',
      detail: 'Su reclamación fue aprobada por {amount}.',
      next: 'No tiene que hacer nada. Le enviaremos el pago de la forma que eligió y le escribiremos cuando lo enviemos.',
    },
    partly_approved: {
      label: 'Aprobada en parte',
      detail: 'Se aprobó una parte de su reclamación: {amount}. {reasons}',
      next: 'Le enviaremos el pago de la forma que eligió y le escribiremos cuando lo enviemos. Si no está de acuerdo, la ayuda legal gratuita puede explicarle sus opciones.',
    },
    denied: {
      label: 'Denegada',
      detail: 'Su reclamación fue denegada. {reasons}',
      next: 'Puede apelar en la página del estado de la reclamación hasta el {date}. La ayuda legal gratuita puede explicarle sus opciones, incluido el derecho a presentar una reclamación ante un tribunal federal según 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Pago enviado',
      detail: 'Le enviamos su pago de {amount}. {method}',
      next: 'No tiene que hacer nada. Nadie necesita un cargo ni sus datos bancarios para darle este pago.',
    },
    payment_returned: {
      label: 'Pago devuelto',
      detail: 'Su pago de {amount} nos fue devuelto. {method}',
      next: 'Le enviaremos el pago otra vez con un cheque en papel y le escribiremos cuando lo enviemos.',
    },
    cure_reminder: {
      label: 'Recordatorio: se necesita más información',
      detail: 'Todavía necesitamos más información antes de decidir sobre su reclamación. El último día para responder es el {date}.',
      next: 'Responda en la página del estado de la reclamación a más tardar el {date}. Si no tenemos su respuesta para entonces, su reclamación será denegada.',
    },
    appeal_reminder: {
      label: 'Recordatorio: último día para apelar',
      detail: 'Su reclamación fue denegada. El último día para apelar es el {date}.',
      next: 'Para apelar, use la página del estado de la reclamación a más tardar el {date}. La ayuda legal gratuita puede ayudarle.',
    },
    payment_changed: {
      label: 'Datos de pago cambiados',
      detail: 'El {date} se cambió en la página del estado de la reclamación adónde le enviamos el pago. Para protegerlos, este aviso no muestra los datos nuevos.',
      next: 'Si usted hizo este cambio, no necesita hacer nada. Si no lo hizo, comuníquese con nosotros de inmediato: la línea de ayuda y nuestra dirección postal están en el portal. Si su reclamación ya fue aprobada, hablaremos con usted antes de enviar el pago.',
    },
  },
  paidBy: {
    check: 'Es un cheque en papel, enviado por correo a la dirección de su reclamación.',
    direct_deposit: 'Se envió por depósito directo a la cuenta bancaria de su reclamación.',
  },
  returnedFrom: {
    check: 'El cheque volvió por correo.',
    direct_deposit: 'Su banco devolvió el depósito directo.',
  },
  informationReasons: {
    identity_unclear: 'Necesitamos confirmar que la reclamación viene de usted.',
    damages_description_missing: 'Usted pidió daños reales, pero no dijo cuáles fueron.',
    damages_documents_missing: 'Usted pidió daños reales, pero no envió documentos que muestren la cantidad.',
    mailing_address_unusable: 'La dirección postal para su cheque no puede recibir correo.',
    bank_details_unverified: 'No pudimos verificar su cuenta bancaria.',
  },
  denialReasons: {
    no_answer: 'No recibimos respuesta a nuestra solicitud de más información antes de su fecha límite.',
    identity_not_confirmed: 'No pudimos confirmar que la reclamación viene de usted.',
    filed_after_deadline: 'La reclamación se presentó después de la fecha límite para reclamaciones.',
    duplicate_claim: 'Usted ya tiene una reclamación.',
    other: 'La página del estado de la reclamación explica por qué.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Los documentos no muestran los daños reales que pidió, por eso se aprobó la cantidad que fija la ley.',
    actual_damages_partly_shown: 'Los documentos muestran solo una parte de los daños reales que pidió.',
    other: 'La página del estado de la reclamación explica por qué.',
  },
};
