// Claim documents in the browser, at phone width, with JavaScript on and off: a verified person with a claim
// (filed here with fileClaim for a synthetic record, verified through the self-check pages) sends a PDF and a
// PNG, sees them listed by type, size and date, and a PDF with JavaScript is refused with the Spanish
// sentence; a claims reviewer downloads a document and gets the same bytes, with the headers that keep it
// out of the staff area's origin, and the read is in the audit log; other roles get 403. axe scans each
// state of the page.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/index';
import { listClaimDocuments } from '../db/queries/claim-documents';
import { fileClaim } from '../lib/claims/filing';
import { getHasher, getSealer } from '../lib/keys';
import { parseClaimForm } from '../lib/validation/claims';
import { pdfWithJavaScript, validPdf, validPng } from '../testing/claim-documents';
import { signInAs } from './support/admin-session';
import { scanFor } from './support/axe';
import { expect, submitLetter, test, type Person } from './support/self-check';
import type { DbHandle } from '../db/index';

// Three staff sign-ins (argon2) and four axe scans a test: well past the default on 2 busy cores.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

// Far past the people e2e/support/self-check.ts hands to its slots, so no other spec locks or mails them:
// the first of its range whose record has no claim yet (a claim stays in the e2e database after a run).
async function personWithoutClaim(handle: DbHandle, pool: Person[], from: number): Promise<Person> {
  for (const person of pool.slice(from, from + 8)) {
    const claims = await rowsOf<{ id: number }>(handle.db, sql`select id from claims where record_id = ${person.recordId}`);
    if (claims.length === 0) return person;
  }
  throw new Error('No synthetic person without a claim left in this range: prepare a fresh e2e database.');
}

async function claimFor(handle: DbHandle, person: Person): Promise<number> {
  const form = parseClaimForm({
    language: 'es',
    street: '1 Synthetic Plaza',
    city: 'Fresno',
    state: 'CA',
    zip: '93701',
    signed_name: `${person.firstName} ${person.lastName}`,
    declaration: 'yes',
  });
  if (!form.ok) throw new Error('claim form');
  const filed = await fileClaim({ db: handle.db, hasher: getHasher(), sealer: getSealer() }, person.recordId, form.value);
  return filed.claimId;
}

for (const javaScript of [true, false]) {
  test.describe(`claim documents, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    const scan = scanFor(javaScript);

    test('a person sends a PDF and a PNG, a PDF with JavaScript is refused in Spanish, a reviewer downloads the same bytes', async ({
      page,
      people,
      selfCheckDb,
      browser,
    }) => {
      const person = await personWithoutClaim(selfCheckDb, people.pool, javaScript ? 72 : 80);
      // Before verifying: the page says the session ended and links to the check.
      await page.goto('/es/claim/documents');
      await expect(page.getByTestId('documents-expired')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Consultar su expediente' })).toHaveAttribute('href', '/es/check');

      // Verified, without a claim yet: a clear message and the way to file one.
      await page.goto('/en/check');
      await submitLetter(page, person.noticeCode, person.dob);
      await expect(page).toHaveURL(/\/en\/check\/result$/);
      await page.goto('/es/claim/documents');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Todavía no ha presentado una reclamación');
      await expect(page.getByRole('link', { name: 'Presentar una reclamación' })).toHaveAttribute('href', '/es/claim');
      await scan(page, 'no claim yet');
      const claimId = await claimFor(selfCheckDb, person);

      await page.goto('/es/claim/documents');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envíe documentos para su reclamación');
      await expect(page.getByText('Todavía no ha enviado ningún documento.')).toBeVisible();
      await scan(page, 'the documents page, empty');

      const pdf = validPdf();
      const png = validPng();
      const send = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
        await page.getByLabel('Elija un archivo').setInputFiles(file);
        await Promise.all([page.waitForURL(/\/es\/claim\/documents\?/), page.getByRole('button', { name: 'Enviar documento' }).click()]);
      };
      await send({ name: 'zorblat-recibo.pdf', mimeType: 'application/pdf', buffer: pdf });
      await expect(page.getByRole('status')).toHaveText('Recibimos su documento. Aparece en la lista de abajo.');
      // The browser's word on the type is ignored: this PNG is declared a PDF.
      await send({ name: 'quennet-foto.pdf', mimeType: 'application/pdf', buffer: png });
      const rows = page.getByTestId('documents-list').locator('tbody tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText('Documento PDF');
      await expect(rows.nth(1)).toContainText('Imagen PNG');
      await expect(rows.nth(0)).toContainText(/\d{4}/); // the date, written out in Spanish
      await expect(rows.nth(0)).toContainText(/kB|KB/);
      // No file name anywhere: none was kept.
      const text = await page.getByRole('main').innerText();
      for (const name of ['zorblat', 'quennet']) expect(text).not.toContain(name);
      await scan(page, 'the documents page with two documents');
      // At phone width nothing runs off the side (the list stacks its cells).
      if (javaScript) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await send({ name: 'formulario.pdf', mimeType: 'application/pdf', buffer: pdfWithJavaScript() });
      const refusal = 'Este PDF tiene scripts o archivos adjuntos, así que no podemos aceptarlo. Envíe una foto de cada página.';
      const summary = page.getByRole('group', { name: 'Hay un problema' });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link')).toHaveText(refusal);
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#file');
      await expect(page.locator('#file-error')).toHaveText(refusal);
      if (javaScript) await expect(summary).toBeFocused();
      await expect(rows).toHaveCount(2);
      await scan(page, 'the documents page after a refusal');

      // RTL: the same page in Arabic is laid out right to left.
      await page.goto('/ar/claim/documents');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('أرسل مستندات لمطالبتك');
      await scan(page, 'the documents page in Arabic');

      const stored = await listClaimDocuments(selfCheckDb.db, claimId);
      expect(stored.map((d) => d.mediaType)).toEqual(['application/pdf', 'image/png']);

      // A claims reviewer downloads the PDF: the same bytes, as an attachment that runs nothing.
      const reviewer = await browser.newContext({ javaScriptEnabled: true });
      const reviewerPage = await reviewer.newPage();
      const staff = await signInAs(reviewerPage, 'claims_reviewer');
      const url = `/admin/claims/${claimId}/documents/${stored[0]!.id}`;
      // The claim's page lists both, newest last, each with its audited download link (listing opens nothing).
      await reviewerPage.goto(`/admin/claims/${claimId}`);
      const list = reviewerPage.getByTestId('claim-documents');
      await expect(list.getByRole('row')).toHaveCount(3);
      await expect(list.locator(`a[href="${url}"]`)).toHaveCount(1);
      await expect(list.locator(`a[href="/admin/claims/${claimId}/documents/${stored[1]!.id}"]`)).toHaveCount(1);
      const response = await reviewer.request.get(url);
      expect(response.status()).toBe(200);
      const body = await response.body();
      expect(createHash('sha256').update(body).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
      const headers = response.headers();
      expect(headers['content-type']).toBe('application/pdf');
      expect(headers['content-disposition']).toMatch(/^attachment; filename="claim-\d+-document-\d+\.pdf"$/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['cache-control']).toBe('no-store');
      expect(headers['content-security-policy']).toMatch(/^sandbox/);
      const png2 = await reviewer.request.get(`/admin/claims/${claimId}/documents/${stored[1]!.id}`);
      expect(png2.headers()['content-type']).toBe('image/png');
      expect((await png2.body()).equals(png)).toBe(true);
      // The document does not belong to another claim's address.
      expect((await reviewer.request.get(`/admin/claims/${claimId + 1_000_000}/documents/${stored[0]!.id}`)).status()).toBe(404);
      const reads = await rowsOf<{ outcome: string }>(
        selfCheckDb.db,
        sql`select outcome from audit_log where action = 'claim.document_read' and actor = ${`staff:${staff.id}`} order by id`,
      );
      expect(reads.map((r) => r.outcome)).toEqual(['ok', 'ok', 'refused']);
      await reviewer.close();

      // Staff who do not review claims are refused the bytes.
      for (const role of ['notice_operator', 'auditor'] as const) {
        const other = await browser.newContext({ javaScriptEnabled: true });
        await signInAs(await other.newPage(), role);
        const refused = await other.request.get(url);
        expect(refused.status(), role).toBe(403);
        expect(await refused.text()).not.toContain('%PDF');
        await other.close();
      }
      // And nobody signed in gets anything.
      expect((await page.request.get(url)).status()).toBe(401);

      // The upload handler: a post another site makes is refused; one without a session goes back to the page.
      const file = { name: 'x.png', mimeType: 'image/png', buffer: png };
      const crossSite = await page.request.post('/api/claim-documents?locale=es', {
        multipart: { file },
        headers: { 'sec-fetch-site': 'cross-site' },
        maxRedirects: 0,
      });
      expect(crossSite.status()).toBe(403);
      const stranger = await browser.newContext();
      const noSession = await stranger.request.post('/api/claim-documents?locale=es', { multipart: { file }, maxRedirects: 0 });
      expect(noSession.status()).toBe(303);
      expect(noSession.headers()['location']).toBe('/es/claim/documents?refused=expired');
      await stranger.close();
      expect((await listClaimDocuments(selfCheckDb.db, claimId)).length).toBe(2);
    });
  });
}
