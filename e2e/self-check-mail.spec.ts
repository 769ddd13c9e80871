// The check without the letter: the screen answers the same whatever matched (in the browser, and byte
// for byte over HTTP without JavaScript), and a match's access code arrives in the development outbox and
// opens the result with the letter form.
import { scanFor } from './support/axe';
import {
  accessCodesInOutbox,
  expect,
  fillMailForm,
  formHiddenFields,
  personFor,
  postForm,
  pressContinue,
  submitLetter,
  test,
  type Person,
} from './support/self-check';

// Several submissions, axe scans and (without JavaScript) page copies each: more than the default 30 s on 2 busy cores.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

const dashed = (tin: string) => `${tin.slice(0, 3)}-${tin.slice(3, 5)}-${tin.slice(5)}`;
const submit = 'Send my answer by mail';

for (const javaScript of [true, false]) {
  test.describe(`the no-letter path, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const scan = scanFor(javaScript);

    test('a match and a non-match see the same page; the mailed access code opens the result', async ({ page, people, selfCheckDb }) => {
      const person = personFor(people, 'mail', javaScript);
      const texts: string[] = [];
      for (const typed of [
        { tin: dashed(person.tin), lastName: person.lastName.toUpperCase(), zip: person.zip, dob: person.dob },
        { tin: dashed(person.tin), lastName: `${person.lastName}x`, zip: person.zip, dob: person.dob },
      ]) {
        await page.goto('/en/check/by-mail');
        if (texts.length === 0) await scan(page, 'the no-letter form');
        await fillMailForm(page, typed);
        await pressContinue(page, submit);
        await expect(page).toHaveURL(/\/en\/check\/by-mail\/requested$/);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have your request');
        texts.push(await page.getByRole('main').innerText());
      }
      expect(texts[1]).toBe(texts[0]);
      expect(texts[0]).toContain('It works for 21 days');
      await scan(page, 'the no-letter confirmation');

      // Only the match was mailed: one fresh code, printed in the letter (and the email, where there is one).
      let codes: string[] = [];
      await expect
        .poll(async () => (codes = await accessCodesInOutbox(selfCheckDb, person)).length, { timeout: 30_000 })
        .toBeGreaterThan(0);
      expect(codes).toHaveLength(1);
      await page.goto('/en/check');
      await submitLetter(page, codes[0]!, person.dob);
      await expect(page).toHaveURL(/\/en\/check\/result$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your tax record was among those the IRS shared with ICE');
    });

    test('field errors name each field and keep what was typed', async ({ page }) => {
      await page.goto('/en/check/by-mail');
      await pressContinue(page, submit);
      const summary = page.getByRole('group', { name: 'There is a problem' });
      await expect(summary.getByRole('link')).toHaveText([
        'Enter your Social Security number or ITIN',
        'Enter your date of birth',
        'Enter your last name',
        'Enter your ZIP code',
      ]);
      await scan(page, 'the no-letter form with field errors');
      await fillMailForm(page, { tin: '000-12-3456', lastName: 'García López', zip: '9001', dob: { month: '13', day: '1', year: '1980' } });
      await pressContinue(page, submit);
      await expect(page.locator('#tin-error')).toHaveText('This is not a valid Social Security number. Check the first 3 digits');
      await expect(page.locator('#zip-error')).toHaveText('Enter a 5-digit ZIP code, like 90011');
      await expect(page.locator('#dob-error')).toContainText('Enter a real date');
      await expect(page.getByLabel('Last name')).toHaveValue('García López');
      await expect(page.getByLabel('Social Security number (SSN) or ITIN')).toHaveValue('000-12-3456');
    });
  });
}

test('over HTTP without JavaScript, a match and two kinds of non-match get byte-identical answers', async ({
  request,
  people,
  baseURL,
}) => {
  const person = personFor(people, 'mailHttp', true);
  const hidden = await formHiddenFields(request, '/en/check/by-mail');
  const fields = (p: Pick<Person, 'tin' | 'lastName' | 'zip' | 'dob'>) => ({
    tin: dashed(p.tin),
    lastName: p.lastName,
    zip: p.zip,
    dobMonth: p.dob.month,
    dobDay: p.dob.day,
    dobYear: p.dob.year,
  });
  const answers = [];
  for (const typed of [person, { ...person, zip: person.zip === '10001' ? '10002' : '10001' }, { ...person, tin: '219099999' }]) {
    const response = await postForm(request, baseURL!, '/en/check/by-mail', hidden, fields(typed));
    const { date: _date, ...headers } = response.headers();
    // Every response carries a fresh random script nonce (lib/web/csp.ts): the same in shape, never in value.
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    headers['content-security-policy'] = csp.replace(/'nonce-[^']+'/, "'nonce-…'");
    answers.push({ status: response.status(), headers, body: await response.text() });
  }
  expect(answers[0]!.status).toBe(303);
  expect(answers[0]!.headers['location']).toBe('/en/check/by-mail/requested');
  expect(answers[0]!.headers['set-cookie']).toBeUndefined();
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});
