import type { EmailStrings } from './email-strings';
import { esClaims } from './claims/es';
import { esOrgs } from './orgs/es';

// Spanish for readers in the United States: "usted", agencies named as in the portal's own Spanish pages
// (messages/es.json) and US number format ($1,000). The portal's button is "Revise su expediente" there,
// so the notice names the same button.
export const es: EmailStrings = {
  intlLocale: 'es-US',
  titles: {
    initial_notice: 'Aviso de filtración de datos',
    notice_copy: 'Aviso de filtración de datos',
    disposal_confirmation: 'Confirmación de que los datos fueron eliminados',
    check_result: 'La respuesta a su consulta',
    claim_status: 'Novedades sobre su reclamación',
  },
  subjects: {
    initial_notice: 'Aviso de filtración de datos: información de su expediente tributario',
    notice_copy: 'Copia de su Aviso de filtración de datos',
    disposal_confirmation: 'Novedades sobre su expediente tributario: eliminación de datos confirmada',
    check_result: 'Su respuesta de Disclosure Check',
    claim_status: 'Novedades sobre su reclamación {claimReference}',
  },
  previews: {
    initial_notice: 'Información importante sobre su expediente tributario. Este aviso no tiene enlaces.',
    notice_copy: 'La copia de su aviso que se pidió. Este aviso no tiene enlaces.',
    disposal_confirmation: 'Novedades sobre datos de su expediente tributario. Este aviso no tiene enlaces.',
    check_result: 'La respuesta a una consulta hecha en Disclosure Check. Este aviso no tiene enlaces.',
    claim_status: 'Novedades sobre su reclamación. Este aviso no tiene enlaces.',
  },
  greeting: 'Estimado(a) {firstName}:',
  headings: {
    whatHappened: '¿Qué sucedió?',
    whatInfo: '¿Qué información estuvo involucrada?',
    whatWeDo: '¿Qué estamos haciendo?',
    whatYouCanDo: '¿Qué puede hacer usted?',
    moreInfo: 'Para obtener más información',
  },
  code: {
    noticeCodeLabel: 'Su código de aviso',
    accessCodeLabel: 'Su código de acceso',
    useNoticeCode:
      'Escriba usted mismo {portalAddress} en su navegador, elija “Revise su expediente” y escriba este código de aviso y su fecha de nacimiento.',
    useAccessCode:
      'Escriba usted mismo {portalAddress} en su navegador, elija “Revise su expediente” y escriba este código de acceso y su fecha de nacimiento.',
  },
  safety: {
    onlyAddress: 'Este portal tiene una sola dirección: {portalAddress}',
    typeIt:
      'Este aviso no tiene enlaces. Escriba usted mismo la dirección en su navegador. No abra enlaces de correos electrónicos, mensajes de texto o redes sociales que digan venir de nosotros.',
    neverAsk:
      'Nunca le pediremos su número de Seguro Social (SSN) ni su ITIN por correo electrónico, mensaje de texto ni teléfono.',
    free: 'Usar el portal es gratuito. Nunca le cobra y nunca le pide que renuncie a un derecho.',
  },
  protect: {
    ipPin:
      'Pida al IRS un PIN de Protección de Identidad (IP PIN). Ayuda a impedir que otra persona presente una declaración de impuestos con su número.',
    form14039:
      'Si cree que alguien está usando su identidad, llene el Formulario 14039 del IRS (Declaración jurada sobre el robo de identidad) y envíelo al IRS.',
    creditFreeze:
      'Considere congelar su crédito. Usted pide a las agencias nacionales de crédito que congelen su informe de crédito. Así es más difícil que alguien abra un crédito nuevo a su nombre.',
    damages:
      'Su derecho a una indemnización: según la ley federal (26 U.S.C. 7431), si su información tributaria se divulgó sin autorización, a sabiendas o por negligencia, usted puede presentar una reclamación por daños y perjuicios ante un tribunal federal. La cantidad es $1,000 por cada divulgación no autorizada, o sus daños reales si son mayores.',
    deadline:
      'Tiene dos años a partir de la fecha en que descubra la divulgación para presentar una reclamación. El portal puede ayudarle a prepararla.',
    legalHelp:
      'Ayuda legal gratuita: las organizaciones de asistencia legal y los grupos que defienden a inmigrantes y contribuyentes ayudan sin costo. Con su permiso por escrito (Formulario 8821 o Formulario 2848 del IRS), pueden ver su información tributaria y actuar en su nombre.',
    notAdvice: 'Esta es información general, no asesoría legal. Un abogado puede decirle lo que corresponde a su caso.',
  },
  moreInfo:
    'En el portal puede ver su expediente, leer qué sucedió y cuáles son sus derechos, y encontrar ayuda gratuita. Escriba usted mismo la dirección: {portalAddress}',
  breach: {
    copyIntro:
      'Esta es una copia de su Aviso de filtración de datos. Se la enviamos porque alguien pidió una copia. Si usted no la pidió, es posible que otra persona tenga algunos de sus datos: vea “¿Qué puede hacer usted?”.',
    context:
      'En abril de 2025, el Departamento del Tesoro (del que forma parte el IRS) y el Departamento de Seguridad Nacional (DHS) firmaron un acuerdo. Con ese acuerdo, el Servicio de Inmigración y Control de Aduanas (ICE) envió al IRS nombres y direcciones para que los verificara. ICE preguntó por unos 1.28 millones de nombres. El IRS verificó unos 47,000 y compartió con ICE datos sobre esas personas.',
    you: 'Su expediente tributario estaba entre ellos. El {disclosedOn}, el IRS divulgó a ICE información de su expediente tributario.',
    law: 'La ley federal (26 U.S.C. 6103) dice que las declaraciones de impuestos y la información tributaria son confidenciales. Su nombre, su dirección postal y su número de identificación de contribuyente cuentan como información tributaria.',
    courts:
      'En noviembre de 2025, un tribunal federal impidió que el IRS y el DHS compartieran esta información. Un tribunal federal de Massachusetts también ordenó al IRS dejar de compartir con ICE las direcciones de las viviendas. El gobierno apeló.',
    involved: 'El IRS divulgó esta información sobre usted: {disclosedElements}.',
    doingNotify:
      'Estamos enviando un aviso como este a cada persona cuyo expediente tributario estaba entre los divulgados.',
    doingTreasury:
      'En enero de 2026, el Departamento del Tesoro pidió al DHS que eliminara los datos que el IRS le dio a ICE a partir de información de dirección incompleta o insuficiente.',
    doingFollowUp: 'Si el DHS certifica que eliminó los datos que recibió sobre usted, le volveremos a escribir.',
    doingProtect: 'En el portal, su información se guarda cifrada y cada acceso a ella queda registrado.',
    seeResult: 'Vea su resultado completo en el portal.',
  },
  disposal: {
    certified:
      'El Departamento de Seguridad Nacional (DHS) certificó que eliminó los datos que recibió del IRS sobre usted.',
    certifiedOn: 'Fecha de la certificación: {disposalDate}',
    reference: 'Referencia de la certificación: {disposalReference}',
    involved:
      'El {disclosedOn}, el IRS divulgó esta información sobre usted al Servicio de Inmigración y Control de Aduanas (ICE), que forma parte del DHS: {disclosedElements}.',
    doingRecorded: 'Registramos la certificación junto con su expediente en el portal.',
    keep: 'Guarde este aviso. Muestra la fecha y la referencia de la certificación.',
    seeRecord: 'Vea su expediente y la certificación en el portal.',
  },
  checkResult: {
    asked:
      'Alguien preguntó en el portal, sin una carta de aviso, si este expediente tributario estaba entre los que el IRS divulgó al Servicio de Inmigración y Control de Aduanas (ICE). Nunca mostramos esa respuesta en la pantalla. Solo la enviamos a la dirección que tenemos en nuestros registros; por eso usted recibió este aviso.',
    answer: 'Su expediente tributario está entre los que el IRS divulgó a ICE.',
    notYou:
      'Si usted no hizo esta consulta, es posible que otra persona tenga algunos de sus datos: vea “¿Qué puede hacer usted?”.',
    involved:
      'Su resultado en el portal muestra qué información sobre usted se divulgó y cuándo. Este aviso no la incluye.',
    doingCode: 'Creamos un código de acceso nuevo para usted. Con él puede ver su resultado en el portal.',
    doingLogged: 'Cada consulta de un expediente queda anotada en nuestro registro de auditoría.',
    seeResult: 'Vea su resultado en el portal.',
  },
  footer: {
    sentBy: 'Enviado por Disclosure Check, {portalAddress}.',
    demo: 'DEMOSTRACIÓN: este aviso se hizo con datos SINTÉTICOS (inventados). No contiene datos de ninguna persona real.',
  },
  elements: {
    name: 'su nombre',
    tin: 'su número de identificación de contribuyente (SSN o ITIN)',
    address: 'su dirección',
    date_of_birth: 'su fecha de nacimiento',
  },
  categories: {
    address_verified:
      'ICE envió al IRS su nombre y una dirección. El IRS los verificó con su expediente tributario.',
    address_supplied:
      'ICE envió al IRS su nombre y una dirección. El IRS los verificó con su expediente tributario y además le dio a ICE información adicional sobre su dirección.',
    incomplete_address:
      'ICE envió al IRS su nombre con información de dirección incompleta o insuficiente, y aun así el IRS compartió datos sobre usted. Son datos del tipo que el Departamento del Tesoro pidió al DHS eliminar.',
  },
  claimNotice: esClaims,
  orgNotice: esOrgs,
};
