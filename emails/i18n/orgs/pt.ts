import type { OrgNoticeStrings } from '../org-strings';

export const ptOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Seu link de acesso',
    org_invitation: 'Você foi convidado a participar da sua organização',
    org_application_approved: 'A solicitação da sua organização foi aprovada',
    org_application_rejected: 'Decisão sobre a solicitação da sua organização',
  },
  subjects: {
    org_sign_in_link: 'Seu link de acesso ao Disclosure Check',
    org_invitation: 'Você foi convidado ao Disclosure Check',
    org_application_approved: 'Sua solicitação ao Disclosure Check foi aprovada',
    org_application_rejected: 'Decisão sobre sua solicitação ao Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'O link funciona por 15 minutos, uma única vez.',
    org_invitation: 'Sua organização adicionou você como membro. Este e-mail não tem links.',
    org_application_approved: 'Agora você pode entrar. Este e-mail não tem links.',
    org_application_rejected: 'A decisão e o motivo. Este e-mail não tem links.',
  },
  greeting: 'Olá,',
  signIn: {
    asked: 'Alguém pediu para entrar na área de organizações do Disclosure Check com este endereço de e-mail.',
    button: 'Entrar',
    linkText: 'Se o botão não funcionar, copie este endereço no seu navegador:',
    expiry: 'O link funciona por 15 minutos e só uma vez. Depois de abri-lo, aperte o botão na página para entrar.',
    notYou: 'Se você não pediu, não precisa fazer nada. Ninguém consegue entrar sem este link e o código do seu aplicativo autenticador.',
    oneLink: 'Este e-mail tem um único link, que vai para {portalAddress}. Se um link em um e-mail for para outro lugar, não o abra.',
  },
  invitation: {
    invited: 'Você foi adicionado como membro de {orgName} no Disclosure Check, o portal para pessoas cujos registros de impostos o IRS entregou às autoridades de imigração.',
    howTo: 'Para entrar, digite você mesmo o endereço abaixo no navegador e informe este endereço de e-mail. Enviaremos um link de acesso.',
    notExpected: 'Se você não trabalha com esta organização, não precisa fazer nada.',
  },
  approved: {
    decided: 'A solicitação de {orgName} para ajudar clientes no Disclosure Check foi aprovada.',
    howTo: 'Agora você pode entrar com este endereço de e-mail. Digite você mesmo o endereço abaixo no navegador e informe este endereço de e-mail. Enviaremos um link de acesso.',
    invite: 'Depois de entrar, você pode convidar as outras pessoas da sua organização.',
  },
  rejected: {
    decided: 'A solicitação de {orgName} para ajudar clientes no Disclosure Check não foi aprovada.',
    reason: 'O motivo informado: {decisionReason}',
    again: 'Se você puder corrigir o que o motivo diz, pode fazer uma nova solicitação.',
  },
  signInAddressLine: 'Onde entrar: {signInAddress}',
  neverAskCode: 'Nunca pediremos o código do seu aplicativo autenticador nem um link de acesso por e-mail, mensagem de texto ou telefone.',
};
