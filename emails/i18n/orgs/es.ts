import type { OrgNoticeStrings } from '../org-strings';

export const esOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Su enlace para iniciar sesión',
    org_invitation: 'Le invitan a unirse a su organización',
    org_application_approved: 'Se aprobó la solicitud de su organización',
    org_application_rejected: 'Decisión sobre la solicitud de su organización',
  },
  subjects: {
    org_sign_in_link: 'Su enlace para iniciar sesión en Disclosure Check',
    org_invitation: 'Le invitan a Disclosure Check',
    org_application_approved: 'Se aprobó su solicitud a Disclosure Check',
    org_application_rejected: 'Decisión sobre su solicitud a Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'El enlace funciona durante 15 minutos, una sola vez.',
    org_invitation: 'Su organización le agregó como miembro. Este correo no tiene enlaces.',
    org_application_approved: 'Ya puede iniciar sesión. Este correo no tiene enlaces.',
    org_application_rejected: 'La decisión y su motivo. Este correo no tiene enlaces.',
  },
  greeting: 'Hola:',
  signIn: {
    asked: 'Alguien pidió iniciar sesión en el área de organizaciones de Disclosure Check con esta dirección de correo.',
    button: 'Iniciar sesión',
    linkText: 'Si el botón no funciona, copie esta dirección en su navegador:',
    expiry: 'El enlace funciona durante 15 minutos y una sola vez. Cuando lo abra, pulse el botón de la página para iniciar sesión.',
    notYou: 'Si usted no lo pidió, no tiene que hacer nada. Nadie puede iniciar sesión sin este enlace y el código de su aplicación de autenticación.',
    oneLink: 'Este correo tiene un solo enlace, que va a {portalAddress}. Si un enlace de un correo lleva a otro lugar, no lo abra.',
  },
  invitation: {
    invited: 'Le agregaron como miembro de {orgName} en Disclosure Check, el portal para las personas cuyos registros de impuestos el IRS entregó a las autoridades de inmigración.',
    howTo: 'Para iniciar sesión, escriba usted mismo en su navegador la dirección de abajo e ingrese esta dirección de correo. Le enviaremos un enlace para iniciar sesión.',
    notExpected: 'Si usted no trabaja con esta organización, no tiene que hacer nada.',
  },
  approved: {
    decided: 'Se aprobó la solicitud de {orgName} para ayudar a clientes en Disclosure Check.',
    howTo: 'Ya puede iniciar sesión con esta dirección de correo. Escriba usted mismo en su navegador la dirección de abajo e ingrese esta dirección de correo. Le enviaremos un enlace para iniciar sesión.',
    invite: 'Después de iniciar sesión, puede invitar a las demás personas de su organización.',
  },
  rejected: {
    decided: 'No se aprobó la solicitud de {orgName} para ayudar a clientes en Disclosure Check.',
    reason: 'El motivo: {decisionReason}',
    again: 'Si puede corregir lo que dice el motivo, puede presentar una nueva solicitud.',
  },
  signInAddressLine: 'Dónde iniciar sesión: {signInAddress}',
  neverAskCode: 'Nunca le pediremos el código de su aplicación de autenticación ni un enlace para iniciar sesión por correo, mensaje de texto o teléfono.',
};
