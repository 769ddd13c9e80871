import type { OrgNoticeStrings } from '../org-strings';

export const plOrgs: OrgNoticeStrings = {
  titles: {
    org_sign_in_link: 'Twój link do logowania',
    org_invitation: 'Zaproszenie do Twojej organizacji',
    org_application_approved: 'Wniosek Twojej organizacji został zatwierdzony',
    org_application_rejected: 'Decyzja w sprawie wniosku Twojej organizacji',
  },
  subjects: {
    org_sign_in_link: 'Twój link do logowania w Disclosure Check',
    org_invitation: 'Zaproszenie do Disclosure Check',
    org_application_approved: 'Twój wniosek do Disclosure Check został zatwierdzony',
    org_application_rejected: 'Decyzja w sprawie Twojego wniosku do Disclosure Check',
  },
  previews: {
    org_sign_in_link: 'Link działa przez 15 minut, jeden raz.',
    org_invitation: 'Twoja organizacja dodała Cię jako członka. Ten e-mail nie zawiera linków.',
    org_application_approved: 'Możesz się już zalogować. Ten e-mail nie zawiera linków.',
    org_application_rejected: 'Decyzja i jej powód. Ten e-mail nie zawiera linków.',
  },
  greeting: 'Dzień dobry,',
  signIn: {
    asked: 'Ktoś poprosił o zalogowanie się do części dla organizacji w Disclosure Check tym adresem e-mail.',
    button: 'Zaloguj się',
    linkText: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
    expiry: 'Link działa przez 15 minut i tylko jeden raz. Po jego otwarciu naciśnij przycisk na stronie, aby się zalogować.',
    notYou: 'Jeśli to nie Ty prosiłeś, nie musisz nic robić. Nikt nie zaloguje się bez tego linku i kodu z Twojej aplikacji uwierzytelniającej.',
    oneLink: 'Ten e-mail ma jeden link i prowadzi on do {portalAddress}. Jeśli link w e-mailu prowadzi gdzie indziej, nie otwieraj go.',
  },
  invitation: {
    invited: 'Dodano Cię jako członka {orgName} w Disclosure Check — portalu dla osób, których dane podatkowe IRS przekazał służbom imigracyjnym.',
    howTo: 'Aby się zalogować, sam wpisz w przeglądarce adres poniżej i podaj ten adres e-mail. Wyślemy Ci link do logowania.',
    notExpected: 'Jeśli nie współpracujesz z tą organizacją, nie musisz nic robić.',
  },
  approved: {
    decided: 'Wniosek {orgName} o pomoc klientom w Disclosure Check został zatwierdzony.',
    howTo: 'Możesz się już zalogować tym adresem e-mail. Sam wpisz w przeglądarce adres poniżej i podaj ten adres e-mail. Wyślemy Ci link do logowania.',
    invite: 'Po zalogowaniu możesz zaprosić inne osoby ze swojej organizacji.',
  },
  rejected: {
    decided: 'Wniosek {orgName} o pomoc klientom w Disclosure Check nie został zatwierdzony.',
    reason: 'Podany powód: {decisionReason}',
    again: 'Jeśli możesz poprawić to, o czym mówi powód, możesz złożyć wniosek ponownie.',
  },
  signInAddressLine: 'Gdzie się zalogować: {signInAddress}',
  neverAskCode: 'Nigdy nie poprosimy o kod z aplikacji uwierzytelniającej ani o link do logowania przez e-mail, SMS ani telefon.',
};
