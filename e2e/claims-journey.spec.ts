// Issue 17's whole claim, in one browser journey, every step through the pages as the real people use them:
// a person checks their record in Vietnamese, files a claim for actual damages above the statutory amount,
// paid by direct deposit, and sends a PDF; reviewer A assigns the claim, starts the review, downloads the
// document (the same bytes) and asks for more information; the person answers on the status page; reviewer A
// proposes an approval above the second-review threshold and cannot confirm it themselves; an administrator
// confirms it; one payments officer prepares an ACH export, cannot release it, and a second releases it; the
// person sees, in Vietnamese, the amount, "payment sent" and each step in the history. axe on every public
// page, a 390 px screenshot of the last one, and the person's four notices (filed, information needed,
// approved, payment sent) in the development outbox, in Vietnamese.
//
// The other claims specs set some steps up through library calls; this one does none (the database is only
// read: to choose a person who has no claim yet, to wait out another spec's ACH claims, and to open the
// outbox the workers write). The expected Vietnamese is written here, copied once from messages/vi.json and
// emails/i18n/claims/vi.ts, never read from them. Staff pages' buttons are pressed once React has hydrated
// them (e2e/support/hydration.ts: a press before is a native post the front server refuses with 403).
import { createHash, randomInt } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser, Locator, Page } from '@playwright/test';
import { rowsOf, type DbHandle } from '../db/index';
import { findOutboxMessages } from '../db/queries/notices';
import { getSealer } from '../lib/keys';
import { openOutboxMessage } from '../lib/notices/providers';
import { closeStaffDb, createTestStaff } from './admin/staff';
import { totpCode } from '../lib/staff/totp';
import type { StaffRole } from '../lib/staff/roles';
import { expectNoAxeViolations } from './support/axe';
import { addressFor, proxyFrom } from './support/fixtures';
import { inAchLane } from './support/ach-lane';
import { whenHydrated } from './support/hydration';
import { expect as baseExpect, pressContinue, test, type Person, submitForm } from './support/self-check';

// Four staff sign-ins (argon2), a dozen axe scans and the workers' notices, on 2 cores shared with other specs:
// a generous test timeout (waiting for the ACH lane below can take a while of it) and 15 s for each page's answer.
test.describe.configure({ mode: 'serial', timeout: 540_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
test.afterAll(closeStaffDb);

// The e2e environment sets no CLAIM_SECOND_REVIEW_ABOVE_DOLLARS (e2e/support/e2e-env.ts), so lib/env.ts's
// default holds: every decision waits for a second person, and above $5,000 that person is an administrator.
// The claim asks for $12,000.
const secondReviewAboveDollars = 5_000;
const actualDollars = 12_000;
const actualCents = actualDollars * 100;

// What the person reads, in Vietnamese (messages/vi.json: Check, SelfCheckForm, Result, Claim,
// ClaimDocuments, ClaimStatus), copied once by hand.
const vi = {
  codeLabel: 'Mã thông báo',
  month: 'Tháng',
  day: 'Ngày',
  year: 'Năm',
  continue: 'Tiếp tục',
  claimButton: 'Nộp yêu cầu bồi thường',
  formTitle: 'Nộp yêu cầu bồi thường thiệt hại',
  actualAmount: 'Chi phí thực tế của quý vị, bằng đô la Mỹ',
  actualDescription: 'Chuyện gì đã xảy ra, và quý vị đã tốn bao nhiêu?',
  payDeposit: 'Chuyển thẳng vào tài khoản ngân hàng',
  routing: 'Số định tuyến ngân hàng (routing number)',
  account: 'Số tài khoản',
  accountAgain: 'Nhập lại số tài khoản',
  holder: 'Tên chủ tài khoản',
  answersTitle: 'Kiểm tra câu trả lời của quý vị',
  accountEnding: (last4: string) => `Tài khoản vãng lai có số cuối ${last4}`,
  continueToSign: 'Tiếp tục để ký',
  signTitle: 'Ký yêu cầu bồi thường của quý vị',
  signedName: 'Gõ họ tên đầy đủ của quý vị để ký',
  sign: 'Ký và nộp yêu cầu của tôi',
  filedTitle: 'Yêu cầu của quý vị đã được nộp',
  documentsLink: 'Thêm giấy tờ vào yêu cầu của quý vị',
  documentsTitle: 'Gửi giấy tờ cho yêu cầu bồi thường của quý vị',
  documentsNone: 'Quý vị chưa gửi giấy tờ nào.',
  chooseFile: 'Chọn một tệp',
  sendDocument: 'Gửi giấy tờ',
  documentSent: 'Chúng tôi đã nhận giấy tờ của quý vị. Giấy tờ có trong danh sách dưới đây.',
  pdfDocument: 'Tài liệu PDF',
  statusTitle: 'Xem yêu cầu bồi thường của quý vị',
  claimNumber: 'Số yêu cầu bồi thường',
  pin: 'Mã PIN',
  viewTitle: 'Yêu cầu bồi thường của quý vị',
  received: 'Đã nhận',
  inReview: 'Đang xem xét',
  waiting: 'Chúng tôi cần thêm thông tin từ quý vị',
  approved: 'Đã chấp thuận',
  paymentIssued: 'Đã gửi tiền',
  depositSent: 'Chúng tôi đã chuyển tiền vào tài khoản ngân hàng của quý vị. Ngân hàng thường hiện số tiền trong vài ngày.',
  reason: 'Giấy tờ cho thấy chi phí hoặc thiệt hại quý vị yêu cầu, như biên lai, hóa đơn hoặc thư từ',
  answerLabel: 'Câu trả lời của quý vị',
  send: 'Gửi câu trả lời',
  answered: 'Cảm ơn quý vị. Chúng tôi đã nhận câu trả lời.',
  claimedLabel: 'Quý vị yêu cầu',
  approvedLabel: 'Được chấp thuận',
  byYou: 'do quý vị',
  byTeam: 'do nhóm xem xét',
  signOut: 'Đóng trang này và thoát',
  signedOut: 'Quý vị đã thoát',
  // $12,000 as Vietnamese writes it (Intl's vi locale: dot for thousands, comma for cents, the sign after):
  // the letters with cents,
  amount: /12\.000,00\sUS\$/,
  // the pages (the form's and the status page) whole dollars without cents.
  amountWhole: /12\.000\sUS\$/,
} as const;

// The notices' Vietnamese (emails/i18n/claims/vi.ts): each step's sentence, copied once by hand.
const viNotices = {
  filed: 'Chúng tôi đã nhận yêu cầu bồi thường của quý vị. Một người xét duyệt sẽ xem xét yêu cầu này.',
  information_needed: [
    'Chúng tôi cần thêm thông tin trước khi quyết định về yêu cầu bồi thường của quý vị.',
    'Quý vị yêu cầu bồi thường thiệt hại thực tế nhưng không gửi giấy tờ cho thấy số tiền.',
  ],
  approved: 'Yêu cầu bồi thường của quý vị đã được chấp thuận với số tiền',
  payment_issued: [
    'Chúng tôi đã gửi cho quý vị số tiền',
    'Tiền được chuyển khoản trực tiếp (direct deposit) vào tài khoản ngân hàng trong yêu cầu bồi thường của quý vị.',
  ],
} as const;

// A routing number the project's checker must accept: the Federal Reserve Bank of Boston's, whose first two
// digits (01) are a bank district's and whose ABA checksum (3, 7, 1 weights) is checked right here.
const routingNumber = '011000015';
const abaChecksum = (digits: string) => [...digits].reduce((sum, d, i) => sum + Number(d) * [3, 7, 1][i % 3]!, 0);

/** A one-page PDF, built byte by byte with a right cross-reference table, carrying `token` as its text. */
function onePagePdf(token: string): Buffer {
  const text = `BT /F1 12 Tf 72 720 Td (Receipt ${token}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Pool people no other spec takes: the self-check's slots are 0-21, i18n 20-40, help from 20 and 30 (the
 * first its directory serves), claims-file 24-63, claims-status 64-69 (+5 a repeat), claims-documents
 * 72-87, claims-recover 90-93, admin-disposal the last (95). This spec: 88-89, the first whose record has no
 * claim yet (a claim is forever, and a local e2e database can outlive one run; a third needs a fresh one).
 */
async function personWithoutClaim(handle: DbHandle, pool: Person[]): Promise<Person> {
  for (const person of pool.slice(88, 90)) {
    const claims = await rowsOf<{ id: number }>(handle.db, sql`select id from claims where record_id = ${person.recordId}`);
    if (claims.length === 0) return person;
  }
  throw new Error('No synthetic person without a claim left in 88-89: prepare a fresh e2e database.');
}

/** Presses a form's submit button and waits for the answer (e2e/support/self-check.ts submitForm). */
const submit = (page: Page, name: string) => submitForm(page, name, 30_000);

/** Ticks a USWDS radio or checkbox as a person does: its input is drawn by its label, so the label is pressed. */
async function choose(page: Page, id: string) {
  await page.locator(`label[for="${id}"]`).click();
  await expect(page.locator(`#${id}`)).toBeChecked();
}

/** Presses a staff page's button once React handles its form (e2e/support/hydration.ts says why). */
async function press(button: Locator) {
  await (await whenHydrated(button)).click();
}

/**
 * A staff member's own browser, from a client address of its own, signed in with a fresh enrolled account of
 * `role` (as e2e/support/admin-session.ts does, pressing "Sign in" only once the form is hydrated).
 */
async function staffPage(browser: Browser, role: StaffRole, salt: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...(process.env.E2E_BASE_URL ? {} : { proxy: proxyFrom(addressFor(test.info(), salt)) }),
  });
  const page = await context.newPage();
  const account = await createTestStaff(role, { enrolled: true });
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  const button = await whenHydrated(page.getByRole('button', { name: 'Sign in' }));
  await page.getByLabel('Authentication code').fill(totpCode(account.totpSecret!));
  await button.click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
  return { page, account, close: () => context.close() };
}

/** Opens the claim on the status page with its number and PIN, as the person types them. */
async function lookUp(page: Page, claimNumber: string, pin: string) {
  await page.goto('/vi/claim/status');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.statusTitle);
  await expectNoAxeViolations(page, 'the claim status form (vi)');
  await page.getByLabel(vi.claimNumber, { exact: true }).fill(claimNumber);
  await page.getByLabel(vi.pin, { exact: true }).fill(pin);
  await expect(page.getByLabel(vi.pin, { exact: true })).toHaveValue(pin);
  await submit(page, vi.continue);
  await expect(page).toHaveURL(/\/vi\/claim\/status\/view$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.viewTitle);
  await expect(page.getByTestId('claim-number')).toContainText(claimNumber);
}

/** The claim's notices in the development outbox (the workers write them): each step's letters' texts. */
async function outboxTexts(handle: DbHandle, recordId: number, claimId: number): Promise<Record<string, string[]>> {
  const rows = await findOutboxMessages(handle.db, { recordId, type: 'claim_status' });
  const steps = await rowsOf<{ id: number | string; dedupe_key: string; channel: string; language: string }>(
    handle.db,
    sql`select id, dedupe_key, channel, language from notices where record_id = ${recordId} and dedupe_key like ${`claim:${claimId}:%`}`,
  );
  const byStep: Record<string, string[]> = {};
  for (const row of rows) {
    const notice = steps.find((s) => Number(s.id) === Number(row.noticeId));
    if (!notice) continue;
    const step = notice.dedupe_key.split(':')[2]!;
    (byStep[`${step}/${notice.channel}/${notice.language}`] ??= []).push(openOutboxMessage(getSealer(), row).text);
  }
  return byStep;
}

test('a claim from the check to the payment, every step in the browser, the person in Vietnamese', async ({
  page,
  browser,
  people,
  selfCheckDb,
}) => {
  expect(abaChecksum(routingNumber) % 10, 'the routing number passes the ABA checksum').toBe(0);
  const person = await personWithoutClaim(selfCheckDb, people.pool);
  const accountNumber = `5${randomInt(100_000_000, 999_999_999)}`;
  const last4 = accountNumber.slice(-4);
  // As a bank shortens a name for ACH: letters A to Z, 22 at most.
  const holder = `${person.firstName} ${person.lastName}`
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .slice(0, 22)
    .trim();
  const pdf = onePagePdf(createHash('sha256').update(`${person.recordId}:${Date.now()}`).digest('hex').slice(0, 16));

  // ---- 1. The person checks their record in Vietnamese and files the claim. ----
  await page.goto('/vi/check');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expectNoAxeViolations(page, 'the check form (vi)');
  await page.getByLabel(vi.codeLabel, { exact: true }).fill(person.noticeCode);
  await page.getByLabel(vi.month, { exact: true }).fill(person.dob.month);
  await page.getByLabel(vi.day, { exact: true }).fill(person.dob.day);
  await page.getByLabel(vi.year, { exact: true }).fill(person.dob.year);
  await pressContinue(page, vi.continue);
  await expect(page).toHaveURL(/\/vi\/check\/result$/);
  await expectNoAxeViolations(page, 'the result (vi)');
  await page.getByRole('link', { name: vi.claimButton, exact: true }).click();

  await expect(page).toHaveURL(/\/vi\/claim$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.formTitle);
  await expect(page.locator('#language')).toHaveValue('vi');
  const statutory = Number((await page.getByTestId('statutory-amount').innerText()).replace(/[^0-9]/g, ''));
  expect(statutory, 'the statutory amount is below what the person claims').toBeLessThan(actualDollars);
  await expectNoAxeViolations(page, 'the claim form (vi)');
  await choose(page, 'actual-yes');
  await page.getByLabel(vi.actualAmount, { exact: true }).fill('12,000');
  await page.getByLabel(vi.actualDescription, { exact: true }).fill('Tôi phải chuyển nhà sau khi thông tin bị tiết lộ. Synthetic.');
  await choose(page, 'pay-deposit');
  await expect(page.getByLabel(vi.payDeposit)).toBeChecked();
  await page.getByLabel(vi.routing, { exact: true }).fill(routingNumber);
  await page.getByLabel(vi.account, { exact: true }).fill(accountNumber);
  await page.getByLabel(vi.accountAgain, { exact: true }).fill(accountNumber);
  await choose(page, 'account-checking');
  await page.getByLabel(vi.holder, { exact: true }).fill(holder);
  await submit(page, vi.continue);

  await expect(page).toHaveURL(/\/vi\/claim\/check-answers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.answersTitle);
  await expect(page.getByTestId('answer-actual')).toContainText(vi.amountWhole);
  await expect(page.getByTestId('answer-payment')).toContainText(vi.payDeposit);
  await expect(page.getByRole('main')).toContainText(vi.accountEnding(last4));
  await expect(page.getByRole('main')).not.toContainText(accountNumber);
  await expectNoAxeViolations(page, 'check your answers (vi)');
  await page.getByRole('link', { name: vi.continueToSign, exact: true }).click();

  await expect(page).toHaveURL(/\/vi\/claim\/sign$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.signTitle);
  await expectNoAxeViolations(page, 'the declaration (vi)');
  await choose(page, 'declaration');
  await page.getByLabel(vi.signedName, { exact: true }).fill(`${person.firstName} ${person.lastName}`);
  await submit(page, vi.sign);

  await expect(page).toHaveURL(/\/vi\/claim\/filed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.filedTitle);
  const claimNumber = (await page.getByTestId('claim-number').innerText()).trim();
  const pin = (await page.getByTestId('claim-pin').innerText()).trim();
  expect(claimNumber).toMatch(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(pin).toMatch(/^[0-9]{8}$/);
  await expectNoAxeViolations(page, 'the confirmation (vi)');

  // ---- 2. The person sends a PDF. ----
  await page.getByRole('link', { name: vi.documentsLink, exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/claim\/documents$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(vi.documentsTitle);
  await expect(page.getByText(vi.documentsNone)).toBeVisible();
  await expectNoAxeViolations(page, 'the documents page, empty (vi)');
  await page.getByLabel(vi.chooseFile).setInputFiles({ name: 'bien-lai-chuyen-nha.pdf', mimeType: 'application/pdf', buffer: pdf });
  await Promise.all([page.waitForURL(/\/vi\/claim\/documents\?sent=1$/), page.getByRole('button', { name: vi.sendDocument }).click()]);
  await expect(page.getByRole('status')).toHaveText(vi.documentSent);
  await expect(page.getByTestId('documents-list').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('documents-list').locator('tbody tr')).toContainText(vi.pdfDocument);
  await expectNoAxeViolations(page, 'the documents page with the PDF (vi)');

  // ---- 3. Reviewer A finds the claim, assigns it, starts the review, reads the document, asks for more. ----
  const reviewer = await staffPage(browser, 'claims_reviewer', 'reviewer');
  const a = reviewer.page;
  await a.goto('/admin/claims');
  await a.getByLabel('Status').selectOption('submitted');
  await a.getByLabel('Payment').selectOption('direct_deposit');
  await a.getByLabel('Assigned').selectOption('unassigned');
  await a.getByLabel('Language').selectOption('vi');
  await a.getByRole('button', { name: 'Show claims' }).click();
  await expect(a).toHaveURL(/status=submitted/);
  // Oldest first, 50 a page: through the pages until the claim's row (a local database may hold older ones).
  const link = a.getByRole('link', { name: claimNumber, exact: true });
  await expect(a.getByRole('heading', { name: /First page/ })).toBeVisible();
  while (!(await link.isVisible())) {
    const next = a.getByRole('link', { name: 'Next page' });
    expect(await next.count(), `claim ${claimNumber} in the filtered queue`).toBe(1);
    await next.click();
    await expect(a.getByRole('heading', { name: /Claims after number/ })).toBeVisible();
  }
  const row = a.getByRole('row').filter({ has: link });
  await expect(row).toContainText(/\$12,000\.00/);
  await press(row.getByRole('button', { name: /Assign to me/ }));
  await expect(row.getByRole('status')).toHaveText('Assigned to you');
  await link.click();
  await expect(a).toHaveURL(/\/admin\/claims\/\d+$/);
  const claimId = Number(/\/admin\/claims\/(\d+)$/.exec(a.url())![1]);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText(`Claim ${claimNumber}`);
  await press(a.getByRole('button', { name: 'Start the review' }));
  await expect(a.getByRole('status').filter({ hasText: 'The review has started.' })).toBeVisible();

  const documents = a.getByTestId('claim-documents');
  await expect(documents.locator('tbody tr')).toHaveCount(1);
  await expect(documents.locator('tbody tr')).toContainText('PDF');
  const [download] = await Promise.all([a.waitForEvent('download'), documents.getByRole('link', { name: /Download document 1/ }).click()]);
  const saved = test.info().outputPath('claim-document.pdf');
  await download.saveAs(saved);
  expect(readFileSync(saved).equals(pdf), 'the reviewer downloads the bytes the person sent').toBe(true);

  await whenHydrated(a.getByRole('button', { name: 'Request information' }));
  await choose(a, 'reasons-damages_documents_missing');
  await press(a.getByRole('button', { name: 'Request information' }));
  await expect(a.getByRole('status').filter({ hasText: 'The request is recorded.' })).toBeVisible();
  await expect(a.getByText(/waits for the person’s answer until/)).toBeVisible();

  // ---- 4. The person sees the request in Vietnamese and answers it. ----
  await lookUp(page, claimNumber, pin);
  const state = page.getByTestId('status').locator('.dc-claim-state');
  await expect(state).toHaveText(vi.waiting);
  await expect(page.getByTestId('request')).toContainText(vi.reason);
  await expectNoAxeViolations(page, 'the claim waiting for an answer (vi)');
  await page.getByLabel(vi.answerLabel, { exact: true }).fill('Tôi đã gửi biên lai chuyển nhà ở trang giấy tờ.');
  await submit(page, vi.send);
  await expect(page).toHaveURL(/\/vi\/claim\/status\/view\?answered=1$/);
  await expect(page.getByTestId('answered')).toContainText(vi.answered);
  await expect(state).toHaveText(vi.inReview);
  await expect(page.getByTestId('request')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the claim back in review (vi)');
  await page.getByRole('button', { name: vi.signOut }).click();
  await expect(page).toHaveURL(/\/vi\/claim\/status\?signedOut=1$/);
  await expect(page.getByTestId('signed-out')).toContainText(vi.signedOut);
  await expectNoAxeViolations(page, 'signed out of the claim (vi)');

  // ---- 5. Reviewer A proposes the approval; it is above the threshold, so a second person must confirm. ----
  expect(actualDollars).toBeGreaterThan(secondReviewAboveDollars);
  await a.reload();
  await expect(a.getByRole('table', { name: `Claim ${claimNumber}`, exact: true })).toContainText('In review');
  await whenHydrated(a.getByRole('button', { name: 'Record the decision' }));
  await choose(a, 'outcome-approved');
  await press(a.getByRole('button', { name: 'Record the decision' }));
  await expect(a.getByRole('status').filter({ hasText: 'once a second reviewer confirms it' })).toBeVisible();
  // Reviewer A's own page refuses them the confirmation, and says why.
  await a.reload();
  await expect(a.getByTestId('own-proposal')).toHaveText(/You proposed this decision, so you cannot confirm or reject it/);
  await expect(a.getByRole('button', { name: 'Confirm the decision' })).toHaveCount(0);

  // The payments officers sign in now, so the claim waits to be paid only as long as a page takes.
  const preparer = await staffPage(browser, 'payments_officer', 'preparer');
  const releaser = await staffPage(browser, 'payments_officer', 'releaser');
  const admin = await staffPage(browser, 'administrator', 'administrator');
  // From the approval to the prepared export this spec holds the ACH lane (e2e/support/ach-lane.ts): an
  // export takes every approved direct deposit that waits, another spec's too.
  const p = preparer.page;
  const exportId = await inAchLane(async () => {
    await admin.page.goto(`/admin/claims/${claimId}`);
    await expect(admin.page.getByText('proposed to approve')).toContainText('$12,000.00');
    await press(admin.page.getByRole('button', { name: 'Confirm the decision' }));
    await expect(admin.page.getByRole('status').filter({ hasText: 'You confirmed the decision' })).toBeVisible();
    await admin.page.reload();
    await expect(admin.page.getByRole('table', { name: `Claim ${claimNumber}`, exact: true })).toContainText('Approved');

    // ---- 6. One payments officer prepares the ACH export, cannot release it; a second releases it. ----
    await p.goto('/admin/payments');
    await press(p.getByRole('button', { name: 'Prepare an ACH export' }));
    const prepared = p.getByTestId('payments-message');
    await expect(prepared).toContainText('is prepared');
    const id = Number(/Export (\d+) is prepared/.exec(await prepared.innerText())![1]);
    return id;
  });
  const preparedRow = p.getByTestId(`export-${exportId}`);
  await expect(preparedRow).toContainText('Prepared, waiting for release');
  await expect(preparedRow.getByTestId('release-blocked')).toHaveText(
    'You prepared this export: another payments officer must release it.',
  );
  await expect(preparedRow.getByRole('button', { name: /^Release/ })).toHaveCount(0);

  const r = releaser.page;
  await r.goto('/admin/payments');
  await press(r.getByTestId(`export-${exportId}`).getByRole('button', { name: `Release export ${exportId}` }));
  await expect(r.getByTestId('payments-message')).toContainText(`Export ${exportId} is released`);
  // The released file holds this claim's credit: an entry detail record ("6") with the amount in cents in
  // columns 30-39 and the claim number (without C and dashes) as the individual id in columns 40-54.
  await r.goto('/admin/payments');
  const [achFile] = await Promise.all([
    r.waitForEvent('download'),
    r
      .getByTestId(`export-${exportId}`)
      .getByRole('link', { name: `Download export ${exportId}` })
      .click(),
  ]);
  const achPath = test.info().outputPath(`ach-${exportId}.txt`);
  await achFile.saveAs(achPath);
  const individualId = claimNumber.replace(/^C-/, '').replace(/-/g, '');
  const entry = readFileSync(achPath, 'ascii')
    .split(/\r?\n/)
    .find((line) => line.startsWith('6') && line.slice(39, 54).trim() === individualId);
  expect(entry, `an ACH entry for claim ${claimNumber} in export ${exportId}`).toBeDefined();
  expect(entry!.slice(3, 12)).toBe(routingNumber);
  expect(entry!.slice(12, 29).trim()).toBe(accountNumber);
  expect(Number(entry!.slice(29, 39))).toBe(actualCents);

  // ---- 7. The person sees the amount, "payment sent" and every step, in Vietnamese. ----
  await lookUp(page, claimNumber, pin);
  await expect(state).toHaveText(vi.paymentIssued);
  await expect(page.getByTestId('status')).toContainText(vi.depositSent);
  await expect(page.getByTestId('claimed')).toContainText(vi.claimedLabel);
  await expect(page.getByTestId('claimed')).toContainText(vi.amountWhole);
  await expect(page.getByTestId('approved')).toContainText(vi.approvedLabel);
  await expect(page.getByTestId('approved')).toContainText(vi.amountWhole);
  // Newest first: each step with who took it.
  const history = page.getByTestId('history').getByRole('listitem');
  const steps: [string, string][] = [
    [vi.paymentIssued, vi.byTeam],
    [vi.approved, vi.byTeam],
    [vi.inReview, vi.byYou],
    [vi.waiting, vi.byTeam],
    [vi.inReview, vi.byTeam],
    [vi.received, vi.byYou],
  ];
  await expect(history).toHaveCount(steps.length);
  for (const [i, [label, by]] of steps.entries()) {
    await expect(history.nth(i).locator('strong')).toHaveText(label);
    await expect(history.nth(i)).toContainText(`(${by})`);
  }
  await expectNoAxeViolations(page, 'the paid claim (vi)');
  mkdirSync('.data/screens', { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: '.data/screens/claim-journey-paid-vi-390.png', fullPage: true });

  // The person was told each step, by letter, in Vietnamese (the workers write the outbox a moment later).
  const letters = (texts: Record<string, string[]>, step: string) => texts[`${step}/letter/vi`] ?? [];
  await expect
    .poll(
      async () => {
        const texts = await outboxTexts(selfCheckDb, person.recordId, claimId);
        return ['filed', 'information_needed', 'approved', 'payment_issued'].filter((step) => letters(texts, step).length === 0);
      },
      { timeout: 90_000, message: 'steps with no Vietnamese letter in the outbox yet' },
    )
    .toEqual([]);
  const texts = await outboxTexts(selfCheckDb, person.recordId, claimId);
  for (const [step, sentences] of Object.entries(viNotices)) {
    const [letter] = letters(texts, step);
    for (const sentence of [sentences].flat()) expect(letter, `the ${step} letter`).toContain(sentence);
    expect(letter, `the ${step} letter names the claim`).toContain(claimNumber);
    expect(letter, `the ${step} letter never carries the PIN`).not.toContain(pin);
  }
  for (const step of ['approved', 'payment_issued']) expect(letters(texts, step)[0]).toMatch(vi.amount);
  // No step was told twice on one channel.
  for (const [key, list] of Object.entries(texts)) expect(list, key).toHaveLength(1);

  await Promise.all([reviewer.close(), preparer.close(), releaser.close(), admin.close()]);
});
