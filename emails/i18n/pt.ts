import type { EmailStrings } from './email-strings';
import { ptClaims } from './claims/pt';
import { ptOrgs } from './orgs/pt';

// Portuguese (Brazilian, as IRS and most US readers use it): "você" as in Brazilian public-service writing;
// agencies named as in pt/messages.json; the portal's button is “Consulte seu registro”, so the notice names it.
export const pt: EmailStrings = {
  intlLocale: 'pt-BR',
  titles: {
    initial_notice: 'Aviso de Violação de Dados',
    notice_copy: 'Aviso de Violação de Dados',
    disposal_confirmation: 'Confirmação de que os dados foram eliminados',
    check_result: 'A resposta à sua consulta',
    claim_status: 'Novidades sobre seu pedido de indenização',
  },
  subjects: {
    initial_notice: 'Aviso de Violação de Dados: informações do seu registro fiscal',
    notice_copy: 'Cópia do seu Aviso de Violação de Dados',
    disposal_confirmation: 'Novidades sobre seu registro fiscal: eliminação dos dados confirmada',
    check_result: 'Sua resposta do Disclosure Check',
    claim_status: 'Novidades sobre seu pedido de indenização {claimReference}',
  },
  previews: {
    initial_notice: 'Informações importantes sobre seu registro fiscal. Este aviso não tem links.',
    notice_copy: 'A cópia do seu aviso que foi pedida. Este aviso não tem links.',
    disposal_confirmation: 'Novidades sobre dados do seu registro fiscal. Este aviso não tem links.',
    check_result: 'A resposta a uma consulta feita no Disclosure Check. Este aviso não tem links.',
    claim_status: 'Novidades sobre o seu pedido de indenização. Este aviso não tem links.',
  },
  greeting: 'Prezado(a) {firstName},',
  headings: {
    whatHappened: 'O que aconteceu',
    whatInfo: 'Quais informações foram envolvidas',
    whatWeDo: 'O que estamos fazendo',
    whatYouCanDo: 'O que você pode fazer',
    moreInfo: 'Para mais informações',
  },
  code: {
    noticeCodeLabel: 'Seu código do aviso',
    accessCodeLabel: 'Seu código de acesso',
    useNoticeCode:
      'Digite você mesmo {portalAddress} no seu navegador, escolha “Consulte seu registro” e digite este código do aviso e sua data de nascimento.',
    useAccessCode:
      'Digite você mesmo {portalAddress} no seu navegador, escolha “Consulte seu registro” e digite este código de acesso e sua data de nascimento.',
  },
  safety: {
    onlyAddress: 'Este portal tem um único endereço: {portalAddress}',
    typeIt:
      'Este aviso não tem links. Digite você mesmo o endereço no seu navegador. Não abra links de e-mails, mensagens de texto ou publicações em redes sociais que digam vir de nós.',
    neverAsk:
      'Nunca pediremos seu número do Seguro Social (SSN) ou seu ITIN por e-mail, mensagem de texto ou telefone.',
    free: 'Usar o portal é gratuito. Ele nunca cobra nada e nunca pede que você abra mão de um direito.',
  },
  protect: {
    ipPin:
      'Peça à Receita Federal dos EUA (IRS) um PIN de Proteção de Identidade (IP PIN). Ele ajuda a impedir que outra pessoa apresente uma declaração de imposto com o seu número.',
    form14039:
      'Se você acha que alguém está usando sua identidade, preencha o Formulário 14039 do IRS (Form 14039, Declaração de Roubo de Identidade) e envie-o ao IRS.',
    creditFreeze:
      'Considere congelar seu crédito. Você pede às agências nacionais de crédito que congelem seu relatório de crédito. Isso dificulta que alguém abra um novo crédito em seu nome.',
    damages:
      'Seu direito à indenização: segundo a lei federal (26 U.S.C. 7431), se suas informações fiscais foram divulgadas sem autorização, de forma intencional ou por negligência, você pode entrar com uma ação de indenização na justiça federal. O valor é de US$ 1.000 por cada divulgação não autorizada, ou o valor dos seus danos reais, se for maior.',
    deadline:
      'Você tem dois anos a partir da data em que descobrir a divulgação para entrar com a ação. O portal pode ajudar você a preparar um pedido de indenização.',
    legalHelp:
      'Ajuda jurídica gratuita: organizações de assistência jurídica e grupos de defesa de imigrantes e de contribuintes ajudam sem custo. Com a sua autorização por escrito (Formulário 8821 ou Formulário 2848 do IRS), eles podem ver suas informações fiscais e agir em seu nome.',
    notAdvice: 'Estas são informações gerais, não aconselhamento jurídico. Um advogado pode dizer o que se aplica ao seu caso.',
  },
  moreInfo:
    'No portal você pode ver seu registro, ler o que aconteceu e quais são os seus direitos, e encontrar ajuda gratuita. Digite você mesmo o endereço: {portalAddress}',
  breach: {
    copyIntro:
      'Esta é uma cópia do seu Aviso de Violação de Dados. Ela foi enviada porque alguém pediu uma cópia. Se você não pediu, outra pessoa pode ter algumas das suas informações: veja “O que você pode fazer”.',
    context:
      'Em abril de 2025, o Departamento do Tesouro (do qual a Receita Federal dos EUA, IRS, faz parte) e o Departamento de Segurança Interna (DHS) fizeram um acordo. Por esse acordo, o Serviço de Imigração e Controle de Alfândega dos EUA (ICE) enviou ao IRS nomes e endereços para verificação. O ICE consultou cerca de 1,28 milhão de nomes. O IRS verificou cerca de 47.000 deles e compartilhou com o ICE dados sobre essas pessoas.',
    you: 'Seu registro fiscal estava entre eles. Em {disclosedOn}, o IRS divulgou informações do seu registro fiscal ao ICE.',
    law: 'A lei federal (26 U.S.C. 6103) diz que as declarações de imposto e as informações fiscais são confidenciais. Seu nome, seu endereço postal e seu número de identificação de contribuinte também são considerados informações fiscais.',
    courts:
      'Em novembro de 2025, um tribunal federal impediu que o IRS e o DHS compartilhassem essas informações. Um tribunal federal em Massachusetts também ordenou que o IRS parasse de compartilhar endereços residenciais com o ICE. O governo recorreu.',
    involved: 'O IRS divulgou estas informações sobre você: {disclosedElements}.',
    doingNotify: 'Estamos enviando um aviso como este a cada pessoa cujo registro fiscal estava entre os divulgados.',
    doingTreasury:
      'Em janeiro de 2026, o Departamento do Tesouro pediu ao DHS que eliminasse os dados que o IRS entregou ao ICE com base em informações de endereço incompletas ou insuficientes.',
    doingFollowUp: 'Se o DHS certificar que eliminou os dados que recebeu sobre você, escreveremos para você de novo.',
    doingProtect: 'No portal, suas informações são guardadas de forma criptografada, e todo acesso a elas é registrado.',
    seeResult: 'Veja seu resultado completo no portal.',
  },
  disposal: {
    certified:
      'O Departamento de Segurança Interna (DHS) certificou que eliminou os dados sobre você que recebeu da Receita Federal dos EUA (IRS).',
    certifiedOn: 'Data da certificação: {disposalDate}',
    reference: 'Referência da certificação: {disposalReference}',
    involved:
      'Em {disclosedOn}, o IRS divulgou estas informações sobre você ao Serviço de Imigração e Controle de Alfândega dos EUA (ICE), que faz parte do DHS: {disclosedElements}.',
    doingRecorded: 'Registramos a certificação junto ao seu registro no portal.',
    keep: 'Guarde este aviso. Ele mostra a data e a referência da certificação.',
    seeRecord: 'Veja seu registro e a certificação no portal.',
  },
  checkResult: {
    asked:
      'Alguém perguntou no portal, sem uma carta de aviso, se este registro fiscal estava entre os que a Receita Federal dos EUA (IRS) divulgou ao Serviço de Imigração e Controle de Alfândega dos EUA (ICE). Nunca mostramos essa resposta na tela. Nós a enviamos apenas para o endereço que consta nos nossos registros, e é por isso que este aviso chegou a você.',
    answer: 'Seu registro fiscal está entre os que o IRS divulgou ao ICE.',
    notYou: 'Se você não fez essa pergunta, outra pessoa pode ter algumas das suas informações: veja “O que você pode fazer”.',
    involved:
      'Seu resultado no portal mostra quais informações sobre você foram divulgadas e quando. Este aviso não as lista.',
    doingCode: 'Criamos um novo código de acesso para você. Ele abre seu resultado no portal.',
    doingLogged: 'Cada consulta de um registro é anotada no nosso log de auditoria.',
    seeResult: 'Veja seu resultado no portal.',
  },
  footer: {
    sentBy: 'Enviado por Disclosure Check, {portalAddress}.',
    demo: 'DEMONSTRAÇÃO: este aviso foi feito com dados FICTÍCIOS (inventados). Não há dados de nenhuma pessoa real.',
  },
  elements: {
    name: 'seu nome',
    tin: 'seu número de identificação de contribuinte (SSN ou ITIN)',
    address: 'seu endereço',
    date_of_birth: 'sua data de nascimento',
  },
  categories: {
    address_verified: 'O ICE enviou ao IRS seu nome e um endereço. O IRS os comparou com o seu registro fiscal.',
    address_supplied:
      'O ICE enviou ao IRS seu nome e um endereço. O IRS os comparou com o seu registro fiscal e também deu ao ICE informações de endereço adicionais sobre você.',
    incomplete_address:
      'O ICE enviou ao IRS seu nome com informações de endereço incompletas ou insuficientes, e mesmo assim o IRS compartilhou dados sobre você. Este é o tipo de dado que o Departamento do Tesouro pediu ao DHS que eliminasse.',
  },
  claimNotice: ptClaims,
  orgNotice: ptOrgs,
};
