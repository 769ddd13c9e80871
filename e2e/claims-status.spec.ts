// The claim status page in the browser, in Spanish and Arabic (right to left) on a 390 px phone: a claim
// filed in the test (fileClaim with a synthetic record) and a reviewer's request for more information (the
// rows the reviewers' request leaves); the person looks the claim up, a wrong PIN first (the same message
// as a claim number that does not exist), sees its status and history, answers the request, sees the claim
// back in review, and signs out. Without JavaScript too. axe on every page; screenshots at 390 and 1280 px.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { formatClaimNumber, fileClaim } from '../lib/claims/filing';
import { generateNoticeCode } from '../lib/identifiers/notice-code';
import { getHasher, getSealer } from '../lib/keys';
import { requestInformationForTest, syntheticClaimForm } from '../testing/claims';
import { scanFor } from './support/axe';
import { e2eLimits } from './support/e2e-env';
import { expect, spendChecks, test, type Person, submitForm } from './support/self-check';

test.describe.configure({ mode: 'parallel', timeout: 120_000 });

const shots = '.data/screens';
async function screenshots(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${shots}/claim-status-${name}-${width}.png`, fullPage: true });
  }
}

/** Presses a form's submit button and waits for the answer (e2e/support/self-check.ts submitForm). */
const submit = (page: Page, name: string) => submitForm(page, name);

const text = {
  es: {
    claimNumber: 'Número de reclamación',
    pin: 'PIN',
    continue: 'Continuar',
    noMatch: 'El número de reclamación y el PIN no coinciden. Compare los dos con su confirmación',
    waiting: 'Necesitamos más información de usted',
    inReview: 'En revisión',
    received: 'Recibida',
    reason: 'Papeles que muestren los gastos o pérdidas que reclamó, como recibos, facturas o cartas',
    answerLabel: 'Su respuesta',
    send: 'Enviar mi respuesta',
    answered: 'Gracias. Recibimos su respuesta.',
    byYou: 'por usted',
    signOut: 'Cerrar esta página y salir',
    signedOut: 'Usted salió',
    expired: 'Esta página se cerró',
    answerMissing: 'Escriba su respuesta antes de enviarla',
  },
  ar: {
    claimNumber: 'رقم المطالبة',
    pin: 'رقم التعريف الشخصي (PIN)',
    continue: 'متابعة',
    noMatch: 'رقم المطالبة ورقم PIN غير متطابقين. قارن الاثنين بما في رسالة التأكيد',
    waiting: 'نحتاج إلى معلومات إضافية منك',
    inReview: 'قيد المراجعة',
    received: 'تم الاستلام',
    reason: 'أوراقًا تُظهر التكاليف أو الخسائر التي طالبت بها، مثل الإيصالات أو الفواتير أو الرسائل',
    answerLabel: 'ردك',
    send: 'أرسل ردي',
    answered: 'شكرًا لك. وصلنا ردك.',
    byYou: 'بواسطتك',
    signOut: 'أغلق هذه الصفحة واخرج',
    signedOut: 'لقد خرجت',
    expired: 'أُغلقت هذه الصفحة',
    answerMissing: 'اكتب ردك قبل إرساله',
  },
} as const;

// People of the e2e data set that no other spec uses (the self-check's slots are the first 22).
// People 64-69 of the pool are this spec's alone (the filing and documents specs take theirs below 64 and 72-87).
const personIndex = { es: { js: 64, nojs: 65 }, ar: { js: 66, nojs: 67 } } as const;

const plusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const javaScript of [true, false]) {
  for (const locale of ['es', 'ar'] as const) {
    test(`${locale}, JavaScript ${javaScript ? 'on' : 'off'}: look up with a wrong PIN, then the right one, answer the request, see the claim in review`, async ({
      page,
      people,
      selfCheckDb,
    }) => {
      const scan = scanFor(javaScript);
      const t = text[locale];
      const person: Person = people.pool[personIndex[locale][javaScript ? 'js' : 'nojs'] + 5 * test.info().repeatEachIndex]!;
      const filed = await fileClaim(
        { db: selfCheckDb.db, hasher: getHasher(), sealer: getSealer() },
        person.recordId,
        syntheticClaimForm(locale),
      );
      // Each run needs its own claim: the e2e database is made fresh for every run of the browser tests.
      if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');
      await requestInformationForTest(selfCheckDb.db, filed.claimId, {
        reasonCodes: ['damages_documents_missing', 'identity_unclear'],
        cureBy: plusDays(30),
      });
      const printed = formatClaimNumber(filed.claimNumber);
      const wrongPin = [...filed.pin].map((d) => String((Number(d) + 1) % 10)).join('');

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/claim/status`);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await scan(page, `the claim status form (${locale})`);
      await screenshots(page, `form-${locale}${javaScript ? '' : '-nojs'}`);

      // A wrong PIN and a claim number nobody has: the same words, the same tries left.
      const answerFor = async (claimNumber: string, pin: string) => {
        await page.getByLabel(t.claimNumber, { exact: true }).fill(claimNumber);
        await page.getByLabel(t.pin, { exact: true }).fill(pin);
        await expect(page.getByLabel(t.pin, { exact: true })).toHaveValue(pin);
        await expect(page.getByLabel(t.claimNumber, { exact: true })).toHaveValue(claimNumber);
        await submit(page, t.continue);
        return page.locator('.dc-error-summary').innerText();
      };
      // Typed as a person might: small letters, no dashes.
      const wrong = await answerFor(printed.replace(/-/g, '').toLowerCase(), wrongPin);
      expect(wrong).toContain(t.noMatch);
      await expect(page.getByLabel(t.pin, { exact: true })).toHaveValue('');
      await scan(page, `a wrong PIN (${locale})`);
      await screenshots(page, `wrong-pin-${locale}${javaScript ? '' : '-nojs'}`);
      const unknown = await answerFor(formatClaimNumber(generateNoticeCode()), wrongPin);
      expect(unknown).toBe(wrong);

      await page.getByLabel(t.claimNumber, { exact: true }).fill(printed);
      await page.getByLabel(t.pin, { exact: true }).fill(filed.pin);
      await expect(page.getByLabel(t.pin, { exact: true })).toHaveValue(filed.pin);
      await submit(page, t.continue);
      await expect(page).toHaveURL(new RegExp(`/${locale}/claim/status/view$`));
      await expect(page.getByTestId('claim-number')).toContainText(printed);
      await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText(t.waiting);
      await expect(page.getByTestId('request')).toContainText(t.reason);
      const history = page.getByTestId('history').getByRole('listitem');
      await expect(history).toHaveCount(3);
      await expect(history.last()).toContainText(t.received);
      await expect(page.getByTestId('file-by')).toBeVisible();
      await expect(page.getByTestId('claims-deadline')).toBeVisible();
      await expect(page.getByTestId('cure-by')).toBeVisible();
      await scan(page, `the claim waiting for an answer (${locale})`);
      await screenshots(page, `waiting-${locale}${javaScript ? '' : '-nojs'}`);

      // An empty answer is refused at the field; then the real answer.
      await submit(page, t.send);
      await expect(page.locator('#answer-error')).toHaveText(t.answerMissing);
      await scan(page, `an empty answer (${locale})`);
      await page
        .getByLabel(t.answerLabel, { exact: true })
        .fill(locale === 'ar' ? 'أرفقت الإيصالات. عنوان السكن تغيّر بعد الإفصاح.' : 'Adjunto los recibos de la mudanza.');
      await submit(page, t.send);
      await expect(page).toHaveURL(new RegExp(`/${locale}/claim/status/view\\?answered=1$`));
      await expect(page.getByTestId('answered')).toContainText(t.answered);
      await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText(t.inReview);
      await expect(page.getByTestId('request')).toHaveCount(0);
      await expect(history).toHaveCount(4);
      await expect(history.first()).toContainText(t.inReview);
      await expect(history.first()).toContainText(t.byYou);
      await scan(page, `the claim back in review (${locale})`);
      await screenshots(page, `answered-${locale}${javaScript ? '' : '-nojs'}`);

      await page.getByRole('button', { name: t.signOut }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/claim/status\\?signedOut=1$`));
      await expect(page.getByTestId('signed-out')).toContainText(t.signedOut);
      // Next streams the page's metadata: the title arrives after the body.
      await expect(page).toHaveTitle(/\S/);
      await scan(page, `signed out (${locale})`);
      await page.goto(`/${locale}/claim/status/view`);
      await expect(page.getByTestId('session-expired')).toContainText(t.expired);
      await expect(page).toHaveTitle(/\S/);
      await scan(page, `the closed page (${locale})`);
    });
  }
}

test('the status page and its cookie: no-store, HttpOnly and SameSite=Strict', async ({ page, people, selfCheckDb, baseURL }) => {
  const person = people.pool[68]!;
  const filed = await fileClaim(
    { db: selfCheckDb.db, hasher: getHasher(), sealer: getSealer() },
    person.recordId,
    syntheticClaimForm('en'),
  );
  if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');
  const response = await page.goto('/en/claim/status');
  expect(response!.headers()['cache-control']).toBe('no-store');
  await page.getByLabel('Claim number', { exact: true }).fill(formatClaimNumber(filed.claimNumber));
  await page.getByLabel('PIN', { exact: true }).fill(filed.pin);
  await submit(page, 'Continue');
  await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText('Received');
  const cookie = (await page.context().cookies(baseURL)).find((c) => c.name === 'dc_claim');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  const view = await page.request.get('/en/claim/status/view');
  expect(view.headers()['cache-control']).toBe('no-store');
});

// Past the address's soft limit (checks and claim lookups share it) the gate asks for a proof of work; the
// browser solves it and sends the form again by itself, with the PIN still in it.
test('past the soft limit, the solved proof of work still opens the claim with the PIN typed once', async ({
  page,
  people,
  selfCheckDb,
  request,
  baseURL,
}) => {
  const person = people.pool[69]!;
  const filed = await fileClaim(
    { db: selfCheckDb.db, hasher: getHasher(), sealer: getSealer() },
    person.recordId,
    syntheticClaimForm('en'),
  );
  if (filed.outcome !== 'filed') throw new Error('This person already has a claim: run against a fresh e2e database');
  await spendChecks(request, baseURL!, e2eLimits.powAfter);
  await page.goto('/en/claim/status');
  await page.getByLabel('Claim number', { exact: true }).fill(formatClaimNumber(filed.claimNumber));
  await page.getByLabel('PIN', { exact: true }).fill(filed.pin);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/claim\/status\/view$/, { timeout: 30_000 });
  await expect(page.getByTestId('status').locator('.dc-claim-state')).toHaveText('Received');
});
