import type { EmailStrings } from './email-strings';
import { plClaims } from './claims/pl';
import { plOrgs } from './orgs/pl';

// Polish: formal, gender-neutral "Państwo" (with "proszę" + infinitive), agencies named as in
// pl/messages.json. The portal's button is „Sprawdzam swoje akta”, so the notice names the same button.
export const pl: EmailStrings = {
  intlLocale: 'pl',
  titles: {
    initial_notice: 'Zawiadomienie o naruszeniu ochrony danych',
    notice_copy: 'Zawiadomienie o naruszeniu ochrony danych',
    disposal_confirmation: 'Potwierdzenie usunięcia danych',
    check_result: 'Odpowiedź na Państwa sprawdzenie',
    claim_status: 'Informacja o Państwa roszczeniu',
  },
  subjects: {
    initial_notice: 'Zawiadomienie o naruszeniu ochrony danych: informacje z Państwa akt podatkowych',
    notice_copy: 'Kopia Zawiadomienia o naruszeniu ochrony danych',
    disposal_confirmation: 'Informacja o Państwa aktach podatkowych: usunięcie danych potwierdzone',
    check_result: 'Odpowiedź z Disclosure Check',
    claim_status: 'Informacja o Państwa roszczeniu {claimReference}',
  },
  previews: {
    initial_notice: 'Ważne informacje o Państwa aktach podatkowych. To zawiadomienie nie zawiera linków.',
    notice_copy: 'Kopia zawiadomienia, o którą poproszono. To zawiadomienie nie zawiera linków.',
    disposal_confirmation: 'Informacja o danych z Państwa akt podatkowych. To zawiadomienie nie zawiera linków.',
    check_result: 'Odpowiedź na sprawdzenie wykonane w Disclosure Check. To zawiadomienie nie zawiera linków.',
    claim_status: 'Informacja o Państwa roszczeniu. To zawiadomienie nie zawiera linków.',
  },
  greeting: 'Dzień dobry, {firstName},',
  headings: {
    whatHappened: 'Co się stało',
    whatInfo: 'Jakich informacji to dotyczyło',
    whatWeDo: 'Co robimy',
    whatYouCanDo: 'Co mogą Państwo zrobić',
    moreInfo: 'Więcej informacji',
  },
  code: {
    noticeCodeLabel: 'Państwa kod zawiadomienia',
    accessCodeLabel: 'Państwa kod dostępu',
    useNoticeCode:
      'Proszę samodzielnie wpisać {portalAddress} w przeglądarce, wybrać „Sprawdzam swoje akta” oraz wpisać ten kod zawiadomienia i datę urodzenia.',
    useAccessCode:
      'Proszę samodzielnie wpisać {portalAddress} w przeglądarce, wybrać „Sprawdzam swoje akta” oraz wpisać ten kod dostępu i datę urodzenia.',
  },
  safety: {
    onlyAddress: 'Ten portal ma tylko jeden adres: {portalAddress}',
    typeIt:
      'To zawiadomienie nie zawiera linków. Proszę samodzielnie wpisać adres w przeglądarce. Proszę nie otwierać linków z e-maili, SMS-ów ani wpisów w mediach społecznościowych, które rzekomo pochodzą od nas.',
    neverAsk:
      'Nigdy nie poprosimy o numer ubezpieczenia społecznego (SSN) ani ITIN e-mailem, SMS-em ani przez telefon.',
    free: 'Korzystanie z portalu jest bezpłatne. Portal nigdy nie pobiera opłat i nigdy nie prosi o rezygnację z jakiegokolwiek prawa.',
  },
  protect: {
    ipPin:
      'Proszę poprosić Urząd Skarbowy Stanów Zjednoczonych (IRS) o PIN chroniący tożsamość (Identity Protection PIN, IP PIN). Pomaga on zapobiec złożeniu przez kogoś innego zeznania podatkowego z Państwa numerem.',
    form14039:
      'Jeśli uważają Państwo, że ktoś posługuje się Państwa tożsamością, proszę wypełnić formularz IRS Form 14039 (Identity Theft Affidavit – oświadczenie o kradzieży tożsamości) i wysłać go do IRS.',
    creditFreeze:
      'Warto rozważyć zamrożenie kredytowe. Proszą Państwo krajowe biura informacji kredytowej o zamrożenie Państwa raportu kredytowego. Dzięki temu trudniej jest komukolwiek zaciągnąć nowy kredyt na Państwa nazwisko.',
    damages:
      'Państwa prawo do odszkodowania: zgodnie z prawem federalnym (26 U.S.C. 7431), jeśli Państwa informacje podatkowe zostały ujawnione bez upoważnienia, świadomie lub przez zaniedbanie, mogą Państwo dochodzić odszkodowania przed sądem federalnym. Kwota wynosi 1000 USD za każde nieuprawnione ujawnienie albo wysokość rzeczywistej szkody, jeśli jest wyższa.',
    deadline:
      'Na wniesienie roszczenia mają Państwo dwa lata od dnia, w którym dowiedzą się Państwo o ujawnieniu. Portal może pomóc Państwu je przygotować.',
    legalHelp:
      'Bezpłatna pomoc prawna: organizacje pomocy prawnej oraz grupy wspierające imigrantów i podatników pomagają bezpłatnie. Za Państwa pisemnym upoważnieniem (IRS Form 8821 lub Form 2848) mogą widzieć Państwa informacje podatkowe i działać w Państwa imieniu.',
    notAdvice: 'To są informacje ogólne, a nie porada prawna. Prawnik może powiedzieć, co dotyczy Państwa sytuacji.',
  },
  moreInfo:
    'Na portalu mogą Państwo zobaczyć swoje akta, przeczytać, co się stało i jakie mają Państwo prawa, oraz znaleźć bezpłatną pomoc. Proszę samodzielnie wpisać adres: {portalAddress}',
  breach: {
    copyIntro:
      'To jest kopia Państwa Zawiadomienia o naruszeniu ochrony danych. Została wysłana, ponieważ ktoś poprosił o kopię. Jeśli to nie Państwo o nią prosili, ktoś inny może znać część Państwa danych: proszę zobaczyć „Co mogą Państwo zrobić”.',
    context:
      'W kwietniu 2025 roku Departament Skarbu (w skład którego wchodzi Urząd Skarbowy Stanów Zjednoczonych, IRS) i Departament Bezpieczeństwa Krajowego (DHS) zawarły porozumienie. Na jego podstawie Służba Imigracyjna i Celna Stanów Zjednoczonych (ICE) przesyłała do IRS nazwiska i adresy do weryfikacji. ICE zapytała o około 1,28 mln nazwisk. IRS zweryfikował około 47 000 z nich i przekazał ICE dane o tych osobach.',
    you: 'Państwa akta podatkowe były wśród nich. Dnia {disclosedOn} IRS ujawnił ICE informacje z Państwa akt podatkowych.',
    law: 'Prawo federalne (26 U.S.C. 6103) stanowi, że zeznania podatkowe i informacje podatkowe są poufne. Imię i nazwisko, adres korespondencyjny i numer identyfikacji podatnika również są informacjami podatkowymi.',
    courts:
      'W listopadzie 2025 roku sąd federalny zakazał IRS i DHS wymiany tych informacji. Sąd federalny w stanie Massachusetts nakazał też IRS zaprzestania przekazywania ICE adresów zamieszkania. Rząd złożył apelację.',
    involved: 'IRS ujawnił następujące informacje o Państwu: {disclosedElements}.',
    doingNotify: 'Wysyłamy takie zawiadomienie do każdej osoby, której akta podatkowe znalazły się wśród ujawnionych.',
    doingTreasury:
      'W styczniu 2026 roku Departament Skarbu poprosił DHS o usunięcie danych, które IRS przekazał ICE na podstawie niepełnych lub niewystarczających informacji adresowych.',
    doingFollowUp: 'Jeśli DHS poświadczy, że usunął otrzymane dane o Państwu, napiszemy do Państwa ponownie.',
    doingProtect: 'W portalu Państwa informacje są przechowywane w postaci zaszyfrowanej, a każdy dostęp do nich jest zapisywany.',
    seeResult: 'Pełny wynik jest dostępny na portalu.',
  },
  disposal: {
    certified:
      'Departament Bezpieczeństwa Krajowego (DHS) poświadczył, że usunął dane o Państwu otrzymane od Urzędu Skarbowego Stanów Zjednoczonych (IRS).',
    certifiedOn: 'Data poświadczenia: {disposalDate}',
    reference: 'Numer poświadczenia: {disposalReference}',
    involved:
      'Dnia {disclosedOn} IRS ujawnił Służbie Imigracyjnej i Celnej Stanów Zjednoczonych (ICE), która podlega DHS, następujące informacje o Państwu: {disclosedElements}.',
    doingRecorded: 'Zapisaliśmy poświadczenie w Państwa aktach w portalu.',
    keep: 'Proszę zachować to zawiadomienie. Zawiera ono datę i numer poświadczenia.',
    seeRecord: 'Państwa akta i poświadczenie są dostępne na portalu.',
  },
  checkResult: {
    asked:
      'Ktoś zapytał w portalu, bez listu z zawiadomieniem, czy te akta podatkowe znalazły się wśród tych, które Urząd Skarbowy Stanów Zjednoczonych (IRS) ujawnił Służbie Imigracyjnej i Celnej Stanów Zjednoczonych (ICE). Nigdy nie pokazujemy takiej odpowiedzi na ekranie. Wysyłamy ją tylko na adres z naszych akt i dlatego to zawiadomienie trafiło do Państwa.',
    answer: 'Państwa akta podatkowe są wśród tych, które IRS ujawnił ICE.',
    notYou: 'Jeśli to nie Państwo pytali, ktoś inny może znać część Państwa danych: proszę zobaczyć „Co mogą Państwo zrobić”.',
    involved:
      'Państwa wynik na portalu pokazuje, jakie informacje o Państwu zostały ujawnione i kiedy. To zawiadomienie ich nie wymienia.',
    doingCode: 'Utworzyliśmy dla Państwa nowy kod dostępu. Otwiera on Państwa wynik na portalu.',
    doingLogged: 'Każde sprawdzenie akt jest zapisywane w naszym dzienniku audytu.',
    seeResult: 'Wynik jest dostępny na portalu.',
  },
  footer: {
    sentBy: 'Wysłane przez Disclosure Check, {portalAddress}.',
    demo: 'WERSJA DEMONSTRACYJNA: to zawiadomienie utworzono na podstawie FIKCYJNYCH (wymyślonych) danych. Nie ma w nim danych żadnej prawdziwej osoby.',
  },
  elements: {
    name: 'imię i nazwisko',
    tin: 'numer identyfikacji podatnika (SSN lub ITIN)',
    address: 'adres',
    date_of_birth: 'data urodzenia',
  },
  categories: {
    address_verified: 'ICE przesłała do IRS Państwa imię i nazwisko oraz adres. IRS zweryfikował je na podstawie Państwa akt podatkowych.',
    address_supplied:
      'ICE przesłała do IRS Państwa imię i nazwisko oraz adres. IRS zweryfikował je na podstawie Państwa akt podatkowych i przekazał ICE także dodatkowe informacje o Państwa adresie.',
    incomplete_address:
      'ICE przesłała do IRS Państwa imię i nazwisko z niepełnymi lub niewystarczającymi informacjami adresowymi, a IRS mimo to przekazał dane o Państwu. To właśnie o usunięcie takich danych Departament Skarbu poprosił DHS.',
  },
  claimNotice: plClaims,
  orgNotice: plOrgs,
};
