// Help that leads somewhere (issue 11, part 6) and the newcomer's smaller things (part 8) in the browser:
// the free public services on the landing, no-letter and result pages, the portal's own contact in every
// footer, the result page's local help for the person's state and language (and an administrator changing
// it), the localized not-found page, times in the reader's zone, and screenshots at 390 and 1280 px.
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { localHelpFor } from '../lib/help/directory';
import { languages } from '../lib/languages';
import { signInAs } from './support/admin-session';
import { expectNoAxeViolations, scanFor } from './support/axe';
import { expect, submitLetter, test, type Person } from './support/self-check';
import { formatNoticeCode } from '../lib/identifiers/notice-code';

test.describe.configure({ mode: 'parallel', timeout: 90_000 });

// Outside test-results, which Playwright empties at every run.
const shots = '.data/screens';
/** The page at both widths, and the named parts on their own (a long page is hard to read whole). */
async function screenshots(page: Page, name: string, parts: string[] = []) {
  mkdirSync(shots, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Nothing may stick out sideways on a phone or a wide screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    for (const part of parts)
      await page
        .getByTestId(part)
        .first()
        .screenshot({ path: `${shots}/${name}-${part}-${width}.png` });
  }
}

async function expectFreeHelp(page: Page) {
  const help = page.getByTestId('free-help');
  await expect(help.getByTestId('help-tas')).toContainText('Taxpayer Advocate Service');
  await expect(help.getByTestId('help-tas').getByRole('link', { name: '1-877-777-4778' })).toHaveAttribute('href', 'tel:+18777774778');
  await expect(help.getByTestId('help-litc')).toContainText('Publication 4134');
  await expect(help.getByTestId('help-eoir')).toContainText('Pro Bono');
  await expect(help.getByTestId('help-eoir')).toContainText('Recognition & Accreditation');
  // The sites are addresses to type, never links to another origin.
  for (const site of ['taxpayeradvocate.irs.gov', 'taxpayeradvocate.irs.gov/litc', 'justice.gov/eoir']) {
    await expect(help.getByText(site, { exact: true })).toBeVisible();
  }
  expect(
    await page
      .locator('a[href^="http"]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.startsWith(location.origin))),
  ).toEqual([]);
}

async function expectContactInFooter(page: Page, hours: RegExp) {
  const contact = page.getByRole('contentinfo').getByTestId('portal-contact');
  await expect(contact.getByRole('link', { name: '1-202-555-0100' })).toHaveAttribute('href', 'tel:+12025550100');
  await expect(contact).toContainText(hours);
  await expect(contact).toContainText('PO Box 0100');
  await expect(contact.getByTestId('contact-demo')).toBeVisible();
}

test('the landing and no-letter pages name the free help and the portal contact, in English and Spanish', async ({ page }) => {
  await page.goto('/en');
  await expectFreeHelp(page);
  await expectContactInFooter(page, /Monday\s–\sFriday, 8:00\sAM\s–\s8:00\sPM \(Eastern Time\)/);
  await expectNoAxeViolations(page, 'landing (en)');
  await screenshots(page, 'landing-en', ['free-help', 'portal-contact']);
  await page.goto('/es');
  await expect(page.getByTestId('help-tas')).toContainText('Servicio del Defensor del Contribuyente');
  await expectContactInFooter(page, /lunes\s–\sviernes, 8:00\s?–\s?20:00 \(hora/);
  await expectNoAxeViolations(page, 'landing (es)');
  await page.goto('/en/check/by-mail');
  await expectFreeHelp(page);
  await expectNoAxeViolations(page, 'the no-letter page');
});

test('an unknown address under /es/ gets the not-found page in Spanish, with header, language picker, demo banner and footer', async ({
  browser,
}) => {
  for (const javaScript of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: javaScript });
    const page = await context.newPage();
    await page.goto('/es/esta-pagina-no-existe/de-verdad');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No se encontró la página');
    await expect(page.getByRole('navigation', { name: 'Elija un idioma' }).getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/en/esta-pagina-no-existe/de-verdad',
    );
    await expect(page.getByRole('region', { name: 'Aviso de demostración' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Nunca le pedimos su número de Seguro Social');
    await expect(page.getByRole('contentinfo').getByTestId('portal-contact')).toBeVisible();
    await scanFor(javaScript)(page, `not found (es), JavaScript ${javaScript ? 'on' : 'off'}`);
    if (javaScript) await screenshots(page, 'not-found-es');
    await context.close();
  }
});

test('one typeface, a skip link that is not cut off, and a "Yes, use" suggestion that is not drawn as a danger', async ({
  page,
  people,
}) => {
  await page.goto('/en');
  const families = await page.evaluate(() => [
    ...new Set(
      [...document.body.querySelectorAll('*')]
        .filter((el) => !el.closest('code, kbd, pre, samp'))
        .map((el) => getComputedStyle(el).fontFamily.split(',')[0]!.trim()),
    ),
  ]);
  expect(families).toEqual(['"Source Sans Pro Web"']);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  // The whole link and its 0.25rem (4 px) focus outline inside the viewport.
  const box = (await skip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(4);
  expect(box.y).toBeGreaterThanOrEqual(4);

  const person = people.pool[38]!;
  const code = person.noticeCode.replace(/-/g, '');
  const typo = formatNoticeCode(`${code[0] === '7' ? '8' : '7'}${code.slice(1)}`);
  await page.goto('/en/check');
  await submitLetter(page, typo, person.dob);
  const yes = page.getByTestId('did-you-mean').getByRole('button', { name: `Yes, use ${person.noticeCode}` });
  // USWDS primary blue, not its red "secondary".
  await expect(yes).toHaveCSS('background-color', 'rgb(0, 94, 162)');
});

/** A pool person (past the slots other specs use) whose state and language the directory serves. */
async function personWithLocalHelp(
  people: { pool: Person[] },
  db: Parameters<typeof localHelpFor>[0],
  from: number,
): Promise<{ person: Person; names: string[] }> {
  for (const person of people.pool.slice(from)) {
    const entries = await localHelpFor(db, { state: person.state, language: person.language });
    if (entries.length > 0) return { person, names: entries.map((e) => e.organization) };
  }
  throw new Error('No synthetic person in the pool is served by a demo directory entry');
}

for (const javaScript of [true, false]) {
  test.describe(`the result page, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript, timezoneId: 'America/Los_Angeles' });

    test('says what it means, what to keep and whom to ask, lists local help for the state and language, and names the time zone', async ({
      page,
      people,
      selfCheckDb,
    }) => {
      const { person, names } = await personWithLocalHelp(people, selfCheckDb.db, javaScript ? 20 : 30);
      await page.goto('/en/check');
      await submitLetter(page, person.noticeCode, person.dob);
      await expect(page).toHaveURL(/\/en\/check\/result$/);
      const meaning = page.getByTestId('what-this-means');
      await expect(meaning).toContainText('It does not mean that you did anything wrong');
      await expect(meaning).toContainText('The letter or email we sent you, with its notice code.');
      await expect(meaning).toContainText('speak with an immigration attorney or an accredited representative');
      await expect(page.getByTestId('never-asks')).toContainText(
        'We never ask for money, and we never ask for your Social Security number by phone, email or text message.',
      );
      // Every entry serving the state and language (another test may be adding one for the same pair).
      const entries = page.getByTestId('local-help-entry');
      for (const name of names) await expect(entries.filter({ hasText: name })).toHaveCount(1);
      await expect(entries.filter({ hasText: names[0]! })).toContainText('SYNTHETIC (demo)');
      await expect(page.getByTestId('result-help')).toContainText(person.state);
      await expectFreeHelp(page);
      // The session's end: in the reader's own zone, named, with JavaScript; relatively without.
      await expect(page.locator('.dc-session-note')).toContainText(
        javaScript ? /closes at \d{1,2}:\d\d\s[AP]M P[SD]T\./ : /closes in about 1[45] minutes\./,
      );
      await scanFor(javaScript)(page, 'the result with help');
      if (javaScript) await screenshots(page, 'result-en', ['what-this-means', 'local-help', 'never-asks']);
    });
  });
}

test('an administrator adds a local organization, the result page of a person it serves lists it, and removing it takes it off', async ({
  browser,
  people,
  selfCheckDb,
}) => {
  const { person } = await personWithLocalHelp(people, selfCheckDb.db, 25);
  const name = `E2E Clinic ${Date.now()}`;
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, 'administrator');
  await admin.goto('/admin/help-directory');
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Local help directory');
  await expectNoAxeViolations(admin, 'the directory');
  // At 1,280 px every column of the directory is in view, none scrolled off to the side.
  await admin.setViewportSize({ width: 1280, height: 900 });
  const last = (await admin.getByRole('columnheader').last().boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(1280);
  await screenshots(admin, 'admin-help-directory');
  await admin.getByRole('link', { name: 'Add an organization' }).click();
  // Everything wrong first: each field says what to fix.
  await admin.getByRole('button', { name: 'Add to the directory' }).click();
  await expect(admin.getByRole('alert').first()).toContainText('There is a problem');
  await expect(admin.locator('#field-organization-error')).toHaveText('Enter the name of the organization.');
  await expect(admin.locator('#field-languages-error')).toHaveText('Choose at least one language the organization speaks.');
  await expectNoAxeViolations(admin, 'the new-entry form with errors');
  await admin.getByLabel('Organization').fill(name);
  // USWDS draws its own boxes and moves the inputs off screen: click the labels, as a person does.
  await admin.locator(`label[for="language-${person.language}"]`).click();
  await expect(admin.getByLabel(languages[person.language].englishName, { exact: true })).toBeChecked();
  await admin.getByLabel('States served').fill(person.state.toLowerCase());
  await admin.getByLabel('Phone').fill('(213) 555-0199');
  await admin.getByLabel('Address').fill('1 Example Street\nLos Angeles, CA 90001');
  await admin.getByLabel('Hours').fill('Mon-Fri 09:00-17:00 America/Los_Angeles');
  await admin.locator('label[for="cost-free"]').click();
  await admin.getByRole('button', { name: 'Add to the directory' }).click();
  await expect(admin).toHaveURL(/\/admin\/help-directory\?saved=\d+$/);
  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('1-213-555-0199');

  const page = await (await browser.newContext()).newPage();
  await page.goto('/en/check');
  await submitLetter(page, person.noticeCode, person.dob);
  await expect(page.getByTestId('local-help')).toContainText(name);

  await row.getByRole('button', { name: `Remove ${name}` }).click();
  await expect(row.getByRole('status')).toHaveText('Removed from the public pages.');
  await page.reload();
  await expect(page.getByTestId('result-help')).toBeVisible();
  await expect(page.getByTestId('result-help')).not.toContainText(name);
});
