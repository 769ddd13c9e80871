import type { ClaimNoticeStrings } from '../claim-strings';

export const itClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Il numero della sua richiesta',
  useClaimNumber:
    'Per vedere la sua richiesta, digiti lei stesso {portalAddress} nel browser, apra la pagina sullo stato della richiesta e inserisca questo numero di richiesta e il suo PIN.',
  pin: 'Il suo PIN è stato mostrato una sola volta, quando ha presentato la richiesta. Non lo inviamo mai per e-mail né per lettera. Lo tenga segreto. Se lo ha perso, le scriveremo comunque a ogni passaggio della sua richiesta.',
  involved:
    'Questo avviso contiene il numero della sua richiesta e che cosa è successo alla richiesta. Non contiene il suo PIN, il suo conto bancario né le sue informazioni fiscali.',
  doing: 'Le scriveremo di nuovo a ogni passaggio della sua richiesta.',
  neverFee:
    'Non chiediamo mai un compenso per presentare o pagare una richiesta. Non la chiamiamo mai per primi. Non le chiediamo mai il suo PIN né il numero del suo conto bancario.',
  steps: {
    filed: {
      label: 'Richiesta ricevuta',
      detail: 'Abbiamo ricevuto la sua richiesta di risarcimento. Una persona incaricata la esaminerà. Presentare una richiesta non le toglie nessuno dei suoi diritti.',
      next: 'Conservi questo avviso. Contiene il numero della sua richiesta.',
    },
    information_needed: {
      label: 'Servono altre informazioni',
      detail: 'Ci servono altre informazioni prima di poter decidere sulla sua richiesta. {reasons}',
      next: 'Risponda sulla pagina sullo stato della richiesta entro il {date}. Se entro quella data non avremo la sua risposta, la richiesta sarà respinta.',
    },
    approved: {
      label: 'Accolta',
      detail: 'La sua richiesta è stata accolta per {amount}.',
      next: 'Non deve fare nulla. Invieremo il pagamento nel modo che ha scelto e le scriveremo quando sarà partito.',
    },
    partly_approved: {
      label: 'Accolta in parte',
      detail: 'Una parte della sua richiesta è stata accolta: {amount}. {reasons}',
      next: 'Invieremo il pagamento nel modo che ha scelto e le scriveremo quando sarà partito. Se non è d’accordo, l’assistenza legale gratuita può spiegarle le sue possibilità.',
    },
    denied: {
      label: 'Respinta',
      detail: 'La sua richiesta è stata respinta. {reasons}',
      next: 'Può fare ricorso sulla pagina sullo stato della richiesta fino al {date}. L’assistenza legale gratuita può spiegarle le sue possibilità, compreso il diritto di intentare un’azione davanti a un tribunale federale secondo il 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Pagamento inviato',
      detail: 'Abbiamo inviato il suo pagamento di {amount}. {method}',
      next: 'Non deve fare nulla. Nessuno ha bisogno di un compenso o dei suoi dati bancari per darle questo pagamento.',
    },
    payment_returned: {
      label: 'Pagamento restituito',
      detail: 'Il suo pagamento di {amount} ci è tornato indietro. {method}',
      next: 'Invieremo di nuovo il pagamento con un assegno cartaceo e le scriveremo quando sarà partito.',
    },
    cure_reminder: {
      label: 'Promemoria: servono altre informazioni',
      detail: 'Ci servono ancora altre informazioni prima di poter decidere sulla sua richiesta. L’ultimo giorno per rispondere è il {date}.',
      next: 'Risponda sulla pagina sullo stato della richiesta entro il {date}. Se entro quella data non avremo la sua risposta, la richiesta sarà respinta.',
    },
    appeal_reminder: {
      label: 'Promemoria: ultimo giorno per il ricorso',
      detail: 'La sua richiesta è stata respinta. L’ultimo giorno per fare ricorso è il {date}.',
      next: 'Per fare ricorso, usi la pagina sullo stato della richiesta entro il {date}. L’assistenza legale gratuita può aiutarla.',
    },
    payment_changed: {
      label: 'Dati di pagamento cambiati',
      detail: 'Il {date}, sulla pagina sullo stato della richiesta, è stato cambiato dove inviamo il suo pagamento. Per proteggerli, questo avviso non mostra i nuovi dati.',
      next: 'Se ha fatto lei questa modifica, non deve fare nulla. Se non è stato lei, ci contatti subito: la linea di assistenza e il nostro indirizzo postale sono sul portale. Se la sua richiesta era già stata approvata, la contatteremo prima di inviare il pagamento.',
    },
  },
  paidBy: {
    check: 'È un assegno cartaceo, spedito per posta all’indirizzo indicato nella sua richiesta.',
    direct_deposit: 'È stato inviato con accredito diretto sul conto bancario indicato nella sua richiesta.',
  },
  returnedFrom: {
    check: 'L’assegno ci è tornato per posta.',
    direct_deposit: 'La sua banca ha restituito l’accredito diretto.',
  },
  informationReasons: {
    identity_unclear: 'Dobbiamo confermare che la richiesta viene da lei.',
    damages_description_missing: 'Ha chiesto il risarcimento dei danni effettivi, ma non ha detto quali sono.',
    damages_documents_missing: 'Ha chiesto il risarcimento dei danni effettivi, ma non ha inviato documenti che ne mostrano l’importo.',
    mailing_address_unusable: 'L’indirizzo postale per il suo assegno non può ricevere posta.',
    bank_details_unverified: 'Non siamo riusciti a verificare il suo conto bancario.',
  },
  denialReasons: {
    no_answer: 'Non abbiamo ricevuto risposta alla nostra richiesta di altre informazioni entro la sua data.',
    identity_not_confirmed: 'Non siamo riusciti a confermare che la richiesta viene da lei.',
    filed_after_deadline: 'La richiesta è stata presentata dopo il termine per le richieste.',
    duplicate_claim: 'Lei ha già una richiesta.',
    other: 'La pagina sullo stato della richiesta spiega il motivo.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'I documenti non mostrano i danni effettivi che ha chiesto, quindi è stato accolto l’importo fissato dalla legge.',
    actual_damages_partly_shown: 'I documenti mostrano solo una parte dei danni effettivi che ha chiesto.',
    other: 'La pagina sullo stato della richiesta spiega il motivo.',
  },
};
