// The limits as a person meets them: past an address's soft limit a proof of work (solved by the
// browser, or a short wait without JavaScript), past its hard limit a "too many tries" page that says
// when to come back. Each test has its own address and spends its checks over HTTP first.
import { scanFor } from './support/axe';
import { e2eLimits } from './support/e2e-env';
import { expect, personFor, spendChecks, submitLetter, test } from './support/self-check';

// Several submissions, axe scans and (without JavaScript) page copies each: more than the default 30 s on 2 busy cores.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

for (const javaScript of [true, false]) {
  test.describe(`limits, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const scan = scanFor(javaScript);

    test('past the soft limit a proof of work comes first, and the check then goes through', async ({ page, request, baseURL, people }) => {
      const person = personFor(people, 'pow', javaScript);
      await spendChecks(request, baseURL!, e2eLimits.powAfter);
      const posted: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posted.push(r.postData() ?? '');
      });
      await page.goto('/en/check');
      await submitLetter(page, person.noticeCode, person.dob);
      if (javaScript) {
        // The browser solved it and sent the form again with the counter, without anyone pressing anything.
        await expect(page).toHaveURL(/\/en\/check\/result$/, { timeout: 20_000 });
        expect(posted.some((body) => /name="(_\d+_)?powCounter"\r\n\r\n\d+\r\n/.test(body))).toBe(true);
      } else {
        const challenge = page.getByTestId('challenge');
        // Without JavaScript the server cannot know the reader's zone: the wait is said relatively.
        await expect(challenge).toContainText(/please wait about \d+ seconds?, then press Continue/);
        await expect(page.getByLabel('Notice code')).toHaveValue(person.noticeCode);
        await scan(page, 'the proof-of-work wait');
        const waitUntil = Number(await challenge.getAttribute('data-wait-until'));
        await expect.poll(() => Date.now() >= waitUntil, { timeout: 15_000 }).toBe(true);
        await page.getByRole('button', { name: 'Continue', exact: true }).click();
        await expect(page).toHaveURL(/\/en\/check\/result$/);
        expect(posted.at(-1)).toMatch(/name="powToken"/);
        expect(posted.at(-1)).not.toMatch(/name="powCounter"\r\n\r\n\d/);
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your tax record was among those the IRS shared with ICE');
    });

    test('past the hard limit the page says too many tries and when to come back', async ({ page, request, baseURL, people }) => {
      const person = personFor(people, 'rate', javaScript);
      await spendChecks(request, baseURL!, e2eLimits.addressLimit);
      await page.goto('/en/check');
      await submitLetter(page, person.noticeCode, person.dob);
      const limited = page.getByTestId('rate-limited');
      await expect(limited.getByRole('heading')).toHaveText('Too many tries');
      // With JavaScript a clock time in the reader's zone, with the zone named; without, relatively.
      await expect(limited).toContainText(
        javaScript ? /please come back after \d{1,2}:\d\d\s?[AP]M \S+ \(in about \d+ minutes\)/ : /please come back in about \d+ minutes\./,
      );
      await expect(page.getByLabel('Notice code')).toHaveValue(person.noticeCode);
      await expect(page.getByLabel('Year', { exact: true })).toHaveValue(person.dob.year);
      await scan(page, 'too many tries');
    });
  });
}
