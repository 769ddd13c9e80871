import type { ClaimNoticeStrings } from '../claim-strings';

export const plClaims: ClaimNoticeStrings = {
  claimNumberLabel: 'Numer Państwa roszczenia',
  useClaimNumber:
    'Aby zobaczyć roszczenie, proszę samodzielnie wpisać {portalAddress} w przeglądarce, otworzyć stronę statusu roszczenia i podać ten numer roszczenia oraz swój PIN.',
  pin: 'PIN został pokazany tylko raz, przy zgłoszeniu roszczenia. Nigdy nie wysyłamy go e-mailem ani listem. Proszę zachować go w tajemnicy. Jeśli PIN zaginął, i tak napiszemy do Państwa na każdym etapie roszczenia.',
  involved:
    'To zawiadomienie zawiera numer roszczenia i informację, co się z nim stało. Nie zawiera Państwa PIN-u, konta bankowego ani informacji podatkowych.',
  doing: 'Napiszemy do Państwa ponownie na każdym etapie roszczenia.',
  neverFee:
    'Nigdy nie pobieramy opłat za zgłoszenie ani za wypłatę roszczenia. Nigdy nie dzwonimy pierwsi. Nigdy nie prosimy o PIN ani o numer konta bankowego.',
  steps: {
    filed: {
      label: 'Roszczenie przyjęte',
      detail: 'Otrzymaliśmy Państwa roszczenie. Rozpatrzy je osoba do tego wyznaczona. Zgłoszenie roszczenia nie odbiera Państwu żadnych praw.',
      next: 'Proszę zachować to zawiadomienie. Zawiera numer roszczenia.',
    },
    information_needed: {
      label: 'Potrzebne są dodatkowe informacje',
      detail: 'Zanim rozstrzygniemy roszczenie, potrzebujemy dodatkowych informacji. {reasons}',
      next: 'Proszę odpowiedzieć na stronie statusu roszczenia najpóźniej {date}. Jeśli do tego dnia nie otrzymamy odpowiedzi, roszczenie zostanie odrzucone.',
    },
    approved: {
      label: 'Uznane',
      detail: 'Roszczenie zostało uznane na kwotę {amount}.',
      next: 'Nie muszą Państwo nic robić. Wyślemy wypłatę w wybrany przez Państwa sposób i napiszemy, gdy zostanie wysłana.',
    },
    partly_approved: {
      label: 'Uznane częściowo',
      detail: 'Część roszczenia została uznana: {amount}. {reasons}',
      next: 'Wyślemy wypłatę w wybrany przez Państwa sposób i napiszemy, gdy zostanie wysłana. Jeśli nie zgadzają się Państwo z decyzją, bezpłatna pomoc prawna wyjaśni możliwości.',
    },
    denied: {
      label: 'Odrzucone',
      detail: 'Roszczenie zostało odrzucone. {reasons}',
      next: 'Można się odwołać na stronie statusu roszczenia do {date}. Bezpłatna pomoc prawna wyjaśni możliwości, w tym prawo do dochodzenia roszczenia przed sądem federalnym na podstawie 26 U.S.C. 7431.',
    },
    payment_issued: {
      label: 'Wypłata wysłana',
      detail: 'Wysłaliśmy wypłatę w kwocie {amount}. {method}',
      next: 'Nie muszą Państwo nic robić. Nikt nie potrzebuje opłaty ani danych bankowych, aby przekazać Państwu tę wypłatę.',
    },
    payment_returned: {
      label: 'Wypłata zwrócona',
      detail: 'Wypłata w kwocie {amount} wróciła do nas. {method}',
      next: 'Wyślemy wypłatę ponownie czekiem papierowym i napiszemy, gdy zostanie wysłana.',
    },
    cure_reminder: {
      label: 'Przypomnienie: potrzebne są dodatkowe informacje',
      detail: 'Nadal potrzebujemy dodatkowych informacji, aby rozstrzygnąć roszczenie. Ostatni dzień na odpowiedź to {date}.',
      next: 'Proszę odpowiedzieć na stronie statusu roszczenia najpóźniej {date}. Jeśli do tego dnia nie otrzymamy odpowiedzi, roszczenie zostanie odrzucone.',
    },
    appeal_reminder: {
      label: 'Przypomnienie: ostatni dzień na odwołanie',
      detail: 'Roszczenie zostało odrzucone. Ostatni dzień na odwołanie to {date}.',
      next: 'Aby się odwołać, proszę skorzystać ze strony statusu roszczenia najpóźniej {date}. Bezpłatna pomoc prawna może pomóc.',
    },
    payment_changed: {
      label: 'Zmieniono dane do wypłaty',
      detail: 'Dnia {date} na stronie statusu roszczenia zmieniono, dokąd wysyłamy wypłatę. Dla bezpieczeństwa to powiadomienie nie podaje nowych danych.',
      next: 'Jeśli to Pan/Pani dokonał(a) tej zmiany, nie trzeba nic robić. Jeśli nie, proszę natychmiast się z nami skontaktować: numer infolinii i nasz adres pocztowy są na portalu. Jeśli roszczenie zostało już zatwierdzone, przed wysłaniem wypłaty skontaktujemy się z Panem/Panią.',
    },
  },
  paidBy: {
    check: 'To czek papierowy, wysłany pocztą na adres podany w roszczeniu.',
    direct_deposit: 'Została wysłana przelewem (direct deposit) na konto bankowe podane w roszczeniu.',
  },
  returnedFrom: {
    check: 'Czek wrócił do nas pocztą.',
    direct_deposit: 'Bank odesłał przelew.',
  },
  informationReasons: {
    identity_unclear: 'Musimy potwierdzić, że roszczenie zgłosili Państwo osobiście.',
    damages_description_missing: 'Zgłoszono rzeczywiste szkody, ale bez opisu, na czym polegały.',
    damages_documents_missing: 'Zgłoszono rzeczywiste szkody, ale bez dokumentów pokazujących ich kwotę.',
    mailing_address_unusable: 'Na adres podany dla czeku nie można doręczyć poczty.',
    bank_details_unverified: 'Nie udało się zweryfikować konta bankowego.',
  },
  denialReasons: {
    no_answer: 'Nie otrzymaliśmy odpowiedzi na prośbę o dodatkowe informacje w wyznaczonym terminie.',
    identity_not_confirmed: 'Nie udało się potwierdzić, że roszczenie zgłosili Państwo osobiście.',
    filed_after_deadline: 'Roszczenie zgłoszono po terminie na zgłaszanie roszczeń.',
    duplicate_claim: 'Mają Państwo już jedno roszczenie.',
    other: 'Strona statusu roszczenia wyjaśnia powód.',
  },
  partialReasons: {
    actual_damages_not_shown:
      'Dokumenty nie pokazują zgłoszonych rzeczywistych szkód, dlatego uznano kwotę określoną w ustawie.',
    actual_damages_partly_shown: 'Dokumenty pokazują tylko część zgłoszonych rzeczywistych szkód.',
    other: 'Strona statusu roszczenia wyjaśnia powód.',
  },
};
