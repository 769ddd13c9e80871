import type { ClaimNoticeStrings } from '../claim-strings';

export const ptClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Número do seu pedido',
  useClaimNumber:
    'Para ver o seu pedido, digite você mesmo {portalAddress} no navegador, abra a página de situação do pedido e informe este número do pedido e o seu PIN.',
  pin: 'O seu PIN foi mostrado uma única vez, quando você fez o pedido. Nunca o enviamos por e-mail nem por carta. Guarde-o em segredo. Se você o perdeu, mesmo assim escreveremos para você a cada etapa do seu pedido.',
  involved:
    'Este aviso tem o número do seu pedido e o que aconteceu com ele. Ele não tem o seu PIN, a sua conta bancária nem as suas informações fiscais.',
  doing: 'Escreveremos para você de novo a cada etapa do seu pedido.',
  neverFee:
    'Nunca pedimos uma taxa para fazer ou pagar um pedido. Nunca ligamos para você primeiro. Nunca pedimos o seu PIN nem o número da sua conta bancária.',
  steps: {
    filed: {
      label: 'Pedido recebido',
      detail: 'Recebemos o seu pedido de indenização. Uma pessoa responsável vai analisá-lo. Fazer um pedido não tira nenhum dos seus direitos.',
      next: 'Guarde este aviso. Ele tem o número do seu pedido.',
    },
    information_needed: {
      label: 'Mais informações necessárias',
      detail: 'Precisamos de mais informações antes de decidir o seu pedido. {reasons}',
      next: 'Responda na página de situação do pedido até {date}. Se não tivermos a sua resposta até lá, o seu pedido será negado.',
    },
    approved: {
      label: 'Aprovado',
      detail: 'O seu pedido foi aprovado no valor de {amount}.',
      next: 'Você não precisa fazer nada. Enviaremos o pagamento da forma que você escolheu e escreveremos quando ele for enviado.',
    },
    partly_approved: {
      label: 'Aprovado em parte',
      detail: 'Uma parte do seu pedido foi aprovada: {amount}. {reasons}',
      next: 'Enviaremos o pagamento da forma que você escolheu e escreveremos quando ele for enviado. Se você não concordar, a ajuda jurídica gratuita pode explicar as suas opções.',
    },
    denied: {
      label: 'Negado',
      detail: 'O seu pedido foi negado. {reasons}',
      next: 'Você pode recorrer na página de situação do pedido até {date}. A ajuda jurídica gratuita pode explicar as suas opções, inclusive o direito de entrar com uma ação na justiça federal segundo o 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Pagamento enviado',
      detail: 'Enviamos o seu pagamento de {amount}. {method}',
      next: 'Você não precisa fazer nada. Ninguém precisa de uma taxa nem dos seus dados bancários para lhe entregar este pagamento.',
    },
    payment_returned: {
      label: 'Pagamento devolvido',
      detail: 'O seu pagamento de {amount} voltou para nós. {method}',
      next: 'Enviaremos o pagamento de novo por cheque em papel e escreveremos quando ele for enviado.',
    },
    cure_reminder: {
      label: 'Lembrete: mais informações necessárias',
      detail: 'Ainda precisamos de mais informações antes de decidir o seu pedido. O último dia para responder é {date}.',
      next: 'Responda na página de situação do pedido até {date}. Se não tivermos a sua resposta até lá, o seu pedido será negado.',
    },
    appeal_reminder: {
      label: 'Lembrete: último dia para recorrer',
      detail: 'O seu pedido foi negado. O último dia para recorrer é {date}.',
      next: 'Para recorrer, use a página de situação do pedido até {date}. A ajuda jurídica gratuita pode ajudar você.',
    },
    payment_changed: {
      label: 'Dados de pagamento alterados',
      detail: 'Em {date}, o destino do seu pagamento foi alterado na página de situação do pedido. Para protegê-los, este aviso não mostra os novos dados.',
      next: 'Se foi você quem fez esta alteração, não precisa fazer nada. Se não foi você, entre em contato conosco imediatamente: a linha de ajuda e o nosso endereço postal estão no portal. Se o seu pedido já foi aprovado, falaremos com você antes de enviar o pagamento.',
    },
  },
  paidBy: {
    check: 'É um cheque em papel, enviado pelo correio para o endereço do seu pedido.',
    direct_deposit: 'Foi enviado por depósito direto para a conta bancária do seu pedido.',
  },
  returnedFrom: {
    check: 'O cheque voltou pelo correio.',
    direct_deposit: 'O seu banco devolveu o depósito direto.',
  },
  informationReasons: {
    identity_unclear: 'Precisamos confirmar que o pedido é seu.',
    damages_description_missing: 'Você pediu danos reais, mas não disse quais foram.',
    damages_documents_missing: 'Você pediu danos reais, mas não enviou documentos que mostrem o valor.',
    mailing_address_unusable: 'O endereço para o seu cheque não pode receber correspondência.',
    bank_details_unverified: 'Não conseguimos verificar a sua conta bancária.',
  },
  denialReasons: {
    no_answer: 'Não recebemos resposta ao nosso pedido de mais informações até a data dele.',
    identity_not_confirmed: 'Não conseguimos confirmar que o pedido é seu.',
    filed_after_deadline: 'O pedido foi feito depois do prazo para pedidos.',
    duplicate_claim: 'Você já tem um pedido.',
    other: 'A página de situação do pedido explica o motivo.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Os documentos não mostram os danos reais que você pediu, por isso foi aprovado o valor fixado pela lei.',
    actual_damages_partly_shown: 'Os documentos mostram só uma parte dos danos reais que você pediu.',
    other: 'A página de situação do pedido explica o motivo.',
  },
};
