// The check with the letter, in the browser, with JavaScript on and off: found, not found, field errors,
// typo correction, lock-out, the result page (and a copy of the notice), the expired session; an axe-core
// scan of every state.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, scanFor } from './support/axe';
import {
  demoPerson,
  expect,
  fillDate,
  formHiddenFields,
  personFor,
  postForm,
  pressContinue,
  submitLetter,
  test,
  unknownCode,
} from './support/self-check';

// Several submissions, axe scans and (without JavaScript) page copies each: more than the default 30 s on 2 busy cores.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

const categoryText = {
  address_verified: 'ICE sent the IRS your name and an address. The IRS verified them against your tax record.',
  address_supplied: 'also gave ICE more address information about you',
  incomplete_address: 'incomplete or insufficient address information',
} as const;

const summary = (page: Page) => page.getByRole('group', { name: 'There is a problem' });

for (const javaScript of [true, false]) {
  test.describe(`the letter path, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const scan = scanFor(javaScript);

    test('a demo identity sees the right result, can ask for a copy of the notice, and the page is not cached', async ({
      page,
      people,
    }) => {
      const person = demoPerson(people, javaScript ? 0 : 1);
      await page.goto('/en/check');
      await scan(page, 'the letter form');
      // Typed as a person might: small letters, no dashes.
      await submitLetter(page, person.noticeCode.replace(/-/g, '').toLowerCase(), person.dob);
      await expect(page).toHaveURL(/\/en\/check\/result$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your tax record was among those the IRS shared with ICE');
      const main = page.getByRole('main');
      await expect(main).toContainText(categoryText[person.category]);
      const elements = page.getByTestId('disclosed-elements').getByRole('listitem');
      await expect(elements).toHaveCount(person.disclosedElements.length);
      if (person.disclosedElements.includes('tin')) {
        const kind = person.tinKind === 'ssn' ? 'Social Security number' : 'ITIN';
        await expect(elements.filter({ hasText: kind })).toContainText(`•••-••-${person.tin.slice(-4)}`);
      }
      // Never the full number, the street or the ZIP code.
      const text = await main.innerText();
      for (const hidden of [person.tin, `${person.tin.slice(0, 3)}-${person.tin.slice(3, 5)}`, person.street, person.zip])
        expect(text).not.toContain(hidden);
      await expect(page.getByTestId('file-by')).toContainText(/To be safe, file by [A-Z][a-z]+ \d{1,2}, 20\d\d\./);
      for (const heading of [
        'What happened',
        'What information was involved',
        'Has ICE disposed of the data?',
        'What has been done',
        'What you can do',
        'Your right to damages',
        'How to file a claim',
        'Free legal help',
      ]) {
        await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      }
      for (const fact of [
        'Identity Protection PIN',
        'Form 14039',
        'credit freeze',
        '26 U.S.C. 7431',
        '$1,000',
        'You can file a claim for damages here',
      ])
        await expect(main).toContainText(fact);
      await scan(page, 'the result');

      const response = await page.request.get('/en/check/result');
      expect(response.headers()['cache-control']).toContain('no-store');
      expect(await response.text()).toContain('Your tax record was among those the IRS shared with ICE');

      await page.getByRole('button', { name: 'Send me a copy' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'A copy of your notice is on its way' })).toBeVisible();
      await page.getByRole('button', { name: 'Send me a copy' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'A copy was already asked for today' })).toBeVisible();
      await scan(page, 'the result after asking for a copy');
    });

    test('an unknown code and a wrong date of birth get the same answer; nothing typed is cleared', async ({ page, people }) => {
      const person = personFor(people, 'notFound', javaScript);
      const answers: string[] = [];
      for (const [code, dob] of [
        [unknownCode(), person.dob],
        [person.noticeCode, { ...person.dob, year: String(Number(person.dob.year) - 1) }],
      ] as const) {
        await page.goto('/en/check');
        await submitLetter(page, code, dob);
        await expect(summary(page)).toBeVisible();
        answers.push(await summary(page).innerText());
        await expect(page.getByLabel('Notice code')).toHaveValue(code);
        await expect(page.getByLabel('Year', { exact: true })).toHaveValue(dob.year);
        await expect(page.getByLabel('Notice code')).toHaveAttribute('aria-invalid', 'true');
        // The message asks to check both, so both are marked, and the summary links to each.
        for (const part of ['Month', 'Day', 'Year'])
          await expect(page.getByLabel(part, { exact: true })).toHaveAttribute('aria-invalid', 'true');
        await expect(summary(page).getByRole('link')).toHaveCount(2);
      }
      expect(answers[0]).toBe(answers[1]);
      expect(answers[0]).toContain('The notice code and date of birth do not match our records');
      if (javaScript) await expect(summary(page)).toBeFocused();
      await scan(page, 'the letter form after no match');
    });

    test('field errors are explained at the top and at each field', async ({ page, people }) => {
      const person = personFor(people, 'errors', javaScript);
      await page.goto('/en/check');
      await pressContinue(page);
      await expect(summary(page).getByRole('link')).toHaveText([
        'Enter the notice code from your letter or email',
        'Enter your date of birth',
      ]);
      await expect(summary(page).getByRole('link').first()).toHaveAttribute('href', '#code');
      await expect(summary(page).getByRole('link').last()).toHaveAttribute('href', '#dob-month');
      await scan(page, 'the letter form with field errors');
      if (javaScript) {
        await expect(summary(page)).toBeFocused();
        await summary(page).getByRole('link').last().click();
        await expect(page.getByLabel('Month', { exact: true })).toBeFocused();
      }
      await submitLetter(page, 'ABC', { month: '2', day: '30', year: '1990' });
      await expect(page.locator('#code-error')).toHaveText('Enter the code as it is printed: 12 letters and numbers, like XXXX-XXXX-XXXX');
      await expect(page.locator('#dob-error')).toHaveText(
        'Enter a real date: the month must be 1 to 12, and the day must exist in that month',
      );
      await expect(page.getByLabel('Notice code')).toHaveValue('ABC');
      await expect(page.getByLabel('Day', { exact: true })).toHaveValue('30');
      expect(person.noticeCode).toMatch(/^[0-9A-Z-]{14}$/);
    });

    test('a mistyped character gets "did you mean", which opens the result with the same date of birth', async ({ page, people }) => {
      const person = personFor(people, 'typo', javaScript);
      const code = person.noticeCode;
      // The first symbol changed to another: the check symbol no longer fits.
      const typo = `${code[0] === '7' ? '8' : '7'}${code.slice(1)}`;
      await page.goto('/en/check');
      await submitLetter(page, typo, person.dob);
      const suggestion = page.getByTestId('did-you-mean');
      await expect(suggestion.getByRole('heading')).toHaveText(`Did you mean ${code}?`);
      await expect(page.getByLabel('Notice code')).toHaveValue(typo);
      await scan(page, 'did you mean');
      await suggestion.getByRole('button', { name: `Yes, use ${code}` }).click();
      await expect(page).toHaveURL(/\/en\/check\/result$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your tax record was among those the IRS shared with ICE');
    });

    test('a code locks after repeated wrong dates of birth, says until when, and offers the no-letter path', async ({ page, people }) => {
      const person = personFor(people, 'locked', javaScript);
      await page.goto('/en/check');
      await page.getByLabel('Notice code').fill(person.noticeCode);
      for (let i = 0; i < 5; i++) {
        await fillDate(page, { ...person.dob, year: String(Number(person.dob.year) - 1 - i) });
        await pressContinue(page);
        await expect(summary(page)).toContainText('do not match our records');
        // Each failure says how many tries remain before the 24-hour lock.
        await expect(page.getByTestId('tries-left')).toHaveText(
          i < 4
            ? `You have ${4 - i} more ${i === 3 ? 'try' : 'tries'} with this code. After that, it locks for 24 hours.`
            : 'That was the last try with this code. It is now locked for 24 hours.',
        );
      }
      // Now even the right date of birth is refused until the lock ends.
      await fillDate(page, person.dob);
      await pressContinue(page);
      const locked = page.getByTestId('locked');
      await expect(locked.getByRole('heading')).toHaveText('This code is locked for now');
      await expect(locked).toContainText(javaScript ? /locked until .+ \S+ \(about \d+ hours\)/ : /locked for about \d+ hours\./);
      await expect(locked.getByRole('link', { name: 'Ask for a new code by mail' })).toHaveAttribute('href', '/en/check/by-mail');
      await expect(page.getByLabel('Notice code')).toHaveValue(person.noticeCode);
      await scan(page, 'a locked code');
    });

    test('without a session, or with a forged one, the result page says the time ran out', async ({ page, context, baseURL }) => {
      for (const forged of [false, true]) {
        if (forged)
          await context.addCookies([
            { name: 'dc_check', value: 'cs1.eyJyIjoxLCJ2IjoibGV0dGVyIiwieCI6OTk5OTk5OTk5OTk5OX0.forged', url: baseURL! },
          ]);
        await page.goto('/en/check/result');
        await expect(page.getByTestId('session-expired').getByRole('heading', { level: 1 })).toHaveText(
          'Your time to view the result has run out',
        );
        await expect(page.getByTestId('session-expired')).toContainText('stays open for 15 minutes');
        await expect(page.getByRole('link', { name: 'Check again with your code and date of birth' })).toHaveAttribute('href', '/en/check');
      }
      await scan(page, 'the expired session page');
    });
  });
}

test('the letter path speaks Spanish', async ({ page }) => {
  await page.goto('/es/check');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revise su expediente con su carta');
  await page.getByRole('button', { name: 'Continuar' }).click();
  const errors = page.getByRole('group', { name: 'Hay un problema' });
  await expect(errors.getByRole('link')).toHaveText([
    'Escriba el código de aviso de su carta o correo electrónico',
    'Escriba su fecha de nacimiento',
  ]);
  await expect(page.getByLabel('Mes', { exact: true })).toHaveAttribute('autocomplete', 'bday-month');
  await expect(page.getByLabel('Mes', { exact: true })).toHaveAttribute('inputmode', 'numeric');
  await expectNoAxeViolations(page, 'the Spanish letter form with errors');
  await page.goto('/es/check/result');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se acabó su tiempo para ver el resultado');
});

test('the check pages are never cached and send no referrer to other sites', async ({ request }) => {
  for (const path of ['/en/check', '/es/check/by-mail', '/en/check/by-mail/requested', '/en/check/result']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-store');
    expect(response.headers()['referrer-policy'], path).toBe('same-origin');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

// At the wire, not only on screen: an unknown code and a known code with the wrong date of birth, posted as
// a browser without JavaScript posts them, get the same status, the same headers (every one, cookies
// included), the same body. Only the date, the per-response CSP nonce and the typed code (echoed in the
// form) may differ.
test('over HTTP, an unknown code and a wrong date of birth get identical answers', async ({ request, people, baseURL }) => {
  const person = personFor(people, 'letterHttp', false);
  const hidden = await formHiddenFields(request, '/en/check');
  const wrongDob = { dobMonth: person.dob.month === '1' ? '2' : '1', dobDay: person.dob.day, dobYear: person.dob.year };
  const answers = [];
  for (const code of [unknownCode(), person.noticeCode]) {
    const response = await postForm(request, baseURL!, '/en/check', hidden, { code, ...wrongDob });
    const { date: _date, ...headers } = response.headers();
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1];
    // The form echoes what was typed (nothing typed is cleared), so each body's own code is set aside too.
    const unnonce = (s: string) => (nonce ? s.split(nonce).join('NONCE') : s).split(code).join('CODE');
    answers.push({
      status: response.status(),
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, unnonce(v)])),
      body: unnonce(await response.text()),
    });
  }
  expect(answers[0]!.status).toBe(200);
  expect(answers[0]!.body).toContain('NONCE');
  expect(answers[1]).toEqual(answers[0]);
});
