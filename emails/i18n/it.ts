import type { EmailStrings } from './email-strings';
import { itClaims } from './claims/it';
import { itOrgs } from './orgs/it';

// Italian: formal "lei" (lower case, as in current public-administration writing), agencies named as in
// it/messages.json. The portal's button is “Verifichi il suo fascicolo”, so the notice names the same button.
export const it: EmailStrings = {
  intlLocale: 'it',
  titles: {
    initial_notice: 'Avviso di violazione dei dati',
    notice_copy: 'Avviso di violazione dei dati',
    disposal_confirmation: 'Conferma dell’eliminazione dei dati',
    check_result: 'La risposta alla sua verifica',
    claim_status: 'Aggiornamento sulla sua richiesta di risarcimento',
  },
  subjects: {
    initial_notice: 'Avviso di violazione dei dati: informazioni del suo fascicolo fiscale',
    notice_copy: 'Copia del suo Avviso di violazione dei dati',
    disposal_confirmation: 'Aggiornamento sul suo fascicolo fiscale: eliminazione dei dati confermata',
    check_result: 'La sua risposta da Disclosure Check',
    claim_status: 'Aggiornamento sulla sua richiesta di risarcimento {claimReference}',
  },
  previews: {
    initial_notice: 'Informazioni importanti sul suo fascicolo fiscale. Questo avviso non contiene link.',
    notice_copy: 'La copia del suo avviso che è stata chiesta. Questo avviso non contiene link.',
    disposal_confirmation: 'Un aggiornamento sui dati del suo fascicolo fiscale. Questo avviso non contiene link.',
    check_result: 'La risposta a una verifica fatta su Disclosure Check. Questo avviso non contiene link.',
    claim_status: 'Novità sulla sua richiesta di risarcimento. Questo avviso non contiene link.',
  },
  greeting: 'Gentile {firstName},',
  headings: {
    whatHappened: 'Che cosa è successo',
    whatInfo: 'Quali informazioni sono state coinvolte',
    whatWeDo: 'Che cosa stiamo facendo',
    whatYouCanDo: 'Che cosa può fare',
    moreInfo: 'Per maggiori informazioni',
  },
  code: {
    noticeCodeLabel: 'Il suo codice dell’avviso',
    accessCodeLabel: 'Il suo codice di accesso',
    useNoticeCode:
      'Digiti personalmente {portalAddress} nel browser, scelga “Verifichi il suo fascicolo” e inserisca questo codice dell’avviso e la sua data di nascita.',
    useAccessCode:
      'Digiti personalmente {portalAddress} nel browser, scelga “Verifichi il suo fascicolo” e inserisca questo codice di accesso e la sua data di nascita.',
  },
  safety: {
    onlyAddress: 'Questo portale ha un solo indirizzo: {portalAddress}',
    typeIt:
      'Questo avviso non contiene link. Digiti personalmente l’indirizzo nel browser. Non apra i link contenuti in e-mail, SMS o post sui social network che dicono di provenire da noi.',
    neverAsk:
      'Non le chiederemo mai il suo numero di previdenza sociale (SSN) o il suo ITIN via e-mail, SMS o telefono.',
    free: 'L’uso del portale è gratuito. Non le fa mai pagare nulla e non le chiede mai di rinunciare a un diritto.',
  },
  protect: {
    ipPin:
      'Chieda all’Agenzia delle entrate statunitense (IRS) un PIN di protezione dell’identità (Identity Protection PIN, IP PIN). Aiuta a impedire che qualcun altro presenti una dichiarazione dei redditi con il suo numero.',
    form14039:
      'Se pensa che qualcuno stia usando la sua identità, compili il modulo 14039 dell’IRS (Form 14039, Identity Theft Affidavit: dichiarazione giurata di furto d’identità) e lo invii all’IRS.',
    creditFreeze:
      'Valuti il congelamento del credito. Lei chiede alle agenzie nazionali di informazioni creditizie di congelare il suo rapporto di credito. Così è più difficile per chiunque aprire un nuovo credito a suo nome.',
    damages:
      'Il suo diritto al risarcimento: ai sensi della legge federale (26 U.S.C. 7431), se le sue informazioni fiscali sono state divulgate senza autorizzazione, consapevolmente o per negligenza, può intentare un’azione di risarcimento davanti a un tribunale federale. L’importo è di 1.000 dollari per ogni divulgazione non autorizzata, oppure il danno effettivo se è maggiore.',
    deadline:
      'Ha due anni dalla data in cui scopre la divulgazione per intentare un’azione. Il portale può aiutarla a preparare una richiesta.',
    legalHelp:
      'Assistenza legale gratuita: le organizzazioni di assistenza legale e i gruppi di tutela degli immigrati e dei contribuenti aiutano gratuitamente. Con la sua autorizzazione scritta (modulo 8821 o modulo 2848 dell’IRS), possono vedere le sue informazioni fiscali e agire per suo conto.',
    notAdvice: 'Queste sono informazioni generali, non una consulenza legale. Un avvocato può dirle che cosa vale nel suo caso.',
  },
  moreInfo:
    'Sul portale può vedere il suo fascicolo, leggere che cosa è successo e quali sono i suoi diritti, e trovare aiuto gratuito. Digiti personalmente l’indirizzo: {portalAddress}',
  breach: {
    copyIntro:
      'Questa è una copia del suo Avviso di violazione dei dati. È stata inviata perché ne è stata chiesta una copia. Se non l’ha chiesta lei, qualcun altro potrebbe avere alcune delle sue informazioni: veda “Che cosa può fare”.',
    context:
      'Nell’aprile 2025 il Dipartimento del Tesoro (di cui fa parte l’Agenzia delle entrate statunitense, IRS) e il Dipartimento della Sicurezza interna (DHS) hanno stipulato un accordo. In base a questo accordo, il Servizio immigrazione e dogane degli Stati Uniti (ICE) ha inviato all’IRS nomi e indirizzi da verificare. L’ICE ha chiesto informazioni su circa 1,28 milioni di nomi. L’IRS ne ha verificati circa 47.000 e ha condiviso con l’ICE dati su queste persone.',
    you: 'Il suo fascicolo fiscale era tra questi. Il {disclosedOn} l’IRS ha divulgato all’ICE informazioni del suo fascicolo fiscale.',
    law: 'La legge federale (26 U.S.C. 6103) stabilisce che le dichiarazioni dei redditi e le informazioni fiscali sono riservate. Il suo nome, il suo indirizzo postale e il suo numero di identificazione fiscale sono considerati informazioni fiscali.',
    courts:
      'Nel novembre 2025 un tribunale federale ha vietato all’IRS e al DHS di scambiarsi queste informazioni. Un tribunale federale del Massachusetts ha inoltre ordinato all’IRS di smettere di condividere gli indirizzi di residenza con l’ICE. Il governo ha presentato ricorso.',
    involved: 'L’IRS ha divulgato queste informazioni su di lei: {disclosedElements}.',
    doingNotify: 'Stiamo inviando un avviso come questo a ogni persona il cui fascicolo fiscale era tra quelli divulgati.',
    doingTreasury:
      'Nel gennaio 2026 il Dipartimento del Tesoro ha chiesto al DHS di eliminare i dati che l’IRS aveva fornito all’ICE sulla base di informazioni sull’indirizzo incomplete o insufficienti.',
    doingFollowUp: 'Se il DHS certificherà di aver eliminato i dati ricevuti su di lei, le scriveremo di nuovo.',
    doingProtect: 'Nel portale le sue informazioni sono conservate in forma cifrata, e ogni accesso viene registrato.',
    seeResult: 'Veda il suo risultato completo sul portale.',
  },
  disposal: {
    certified:
      'Il Dipartimento della Sicurezza interna (DHS) ha certificato di aver eliminato i dati su di lei ricevuti dall’Agenzia delle entrate statunitense (IRS).',
    certifiedOn: 'Data della certificazione: {disposalDate}',
    reference: 'Riferimento della certificazione: {disposalReference}',
    involved:
      'Il {disclosedOn} l’IRS ha divulgato queste informazioni su di lei al Servizio immigrazione e dogane degli Stati Uniti (ICE), che fa parte del DHS: {disclosedElements}.',
    doingRecorded: 'Abbiamo registrato la certificazione nel suo fascicolo sul portale.',
    keep: 'Conservi questo avviso. Riporta la data e il riferimento della certificazione.',
    seeRecord: 'Veda il suo fascicolo e la certificazione sul portale.',
  },
  checkResult: {
    asked:
      'Qualcuno ha chiesto sul portale, senza una lettera di avviso, se questo fascicolo fiscale era tra quelli che l’Agenzia delle entrate statunitense (IRS) ha divulgato al Servizio immigrazione e dogane degli Stati Uniti (ICE). Non mostriamo mai questa risposta sullo schermo. La inviamo solo all’indirizzo che risulta nei nostri fascicoli: per questo l’avviso è arrivato a lei.',
    answer: 'Il suo fascicolo fiscale è tra quelli che l’IRS ha divulgato all’ICE.',
    notYou: 'Se non l’ha chiesto lei, qualcun altro potrebbe avere alcune delle sue informazioni: veda “Che cosa può fare”.',
    involved:
      'Il suo risultato sul portale mostra quali informazioni su di lei sono state divulgate e quando. Questo avviso non le elenca.',
    doingCode: 'Abbiamo creato per lei un nuovo codice di accesso. Apre il suo risultato sul portale.',
    doingLogged: 'Ogni verifica di un fascicolo viene annotata nel nostro registro di controllo.',
    seeResult: 'Veda il suo risultato sul portale.',
  },
  footer: {
    sentBy: 'Inviato da Disclosure Check, {portalAddress}.',
    demo: 'DIMOSTRAZIONE: questo avviso è stato creato con dati FITTIZI (inventati). Non contiene dati di persone reali.',
  },
  elements: {
    name: 'il suo nome',
    tin: 'il suo numero di identificazione fiscale (SSN o ITIN)',
    address: 'il suo indirizzo',
    date_of_birth: 'la sua data di nascita',
  },
  categories: {
    address_verified:
      'L’ICE ha inviato all’IRS il suo nome e un indirizzo. L’IRS li ha verificati confrontandoli con il suo fascicolo fiscale.',
    address_supplied:
      'L’ICE ha inviato all’IRS il suo nome e un indirizzo. L’IRS li ha verificati confrontandoli con il suo fascicolo fiscale e ha fornito all’ICE anche ulteriori informazioni sul suo indirizzo.',
    incomplete_address:
      'L’ICE ha inviato all’IRS il suo nome con informazioni sull’indirizzo incomplete o insufficienti, e l’IRS ha comunque condiviso dati su di lei. Si tratta del tipo di dati che il Dipartimento del Tesoro ha chiesto al DHS di eliminare.',
  },
  claimNotice: itClaims,
  orgNotice: itOrgs,
};
