// What the self-check's browser tests share (besides a client address of their own per test, from
// ./fixtures): the people of the synthetic data set the e2e database holds, the forms'
// fields, plain HTTP posts of a form as a browser without JavaScript sends them, and the development
// outbox. The database and keys are the e2e server's (scripts/test-all.ts passes DATABASE_URL and
// DATA_DIR to Playwright; scripts/prepare.ts made the secrets and the demo identities there).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { openDatabase, type DbHandle } from '../../db/index';
import { findOutboxMessages } from '../../db/queries/notices';
import { findRecordByTinHash } from '../../db/queries/records';
import { env } from '../../lib/env';
import { formatNoticeCode, generateNoticeCode, isValidNoticeCode } from '../../lib/identifiers/notice-code';
import { getHasher, getSealer } from '../../lib/keys';
import { openOutboxMessage } from '../../lib/notices/providers';
import type { DemoIdentity } from '../../lib/records/demo';
import { DEMO_SEED } from '../../lib/records/demo';
import { generateSyntheticRecords } from '../../lib/synthetic/generator';
import { parseRecordRow, type RecordRow } from '../../lib/validation/record-row';

export type Person = RecordRow & { recordId: number; noticeCode: string; dob: { month: string; day: string; year: string } };

type SyntheticPeople = { demo: DemoIdentity[]; byTin: Map<string, Person>; pool: Person[] };

function dobParts(iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { month: String(Number(month)), day: String(Number(day)), year };
}

async function loadPeople(handle: DbHandle, want: number): Promise<SyntheticPeople> {
  const demo = JSON.parse(readFileSync(path.join(env().dataDir, 'demo-identities.json'), 'utf8')) as DemoIdentity[];
  const demoTins = new Set(demo.map((d) => d.tin));
  const byTin = new Map<string, Person>();
  const pool: Person[] = [];
  for (const raw of generateSyntheticRecords(2000, DEMO_SEED)) {
    if (pool.length >= want && demo.every((d) => byTin.has(d.tin))) break;
    const parsed = parseRecordRow(raw);
    if (!parsed.ok || byTin.has(parsed.row.tin)) continue;
    const record = await findRecordByTinHash(handle.db, getHasher().tin(parsed.row.tin));
    if (!record) continue;
    const person = {
      ...parsed.row,
      recordId: record.id,
      noticeCode: formatNoticeCode(record.noticeCode),
      dob: dobParts(parsed.row.dateOfBirth),
    };
    byTin.set(person.tin, person);
    if (!demoTins.has(person.tin)) pool.push(person);
  }
  return { demo, byTin, pool };
}

type WorkerFixtures = { selfCheckDb: DbHandle; people: SyntheticPeople };

export const test = base.extend<object, WorkerFixtures>({
  selfCheckDb: [
    // Playwright reads a fixture's dependencies from this pattern, so it must be there even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const e = env();
      const handle = await openDatabase({ databaseUrl: e.DATABASE_URL, dataDir: e.dataDir, max: 2 });
      await use(handle);
      await handle.close();
    },
    { scope: 'worker' },
  ],
  people: [async ({ selfCheckDb }, use) => use(await loadPeople(selfCheckDb, 96)), { scope: 'worker' }],
});

export { expect };

/**
 * Distinct people for distinct tests, so one test's locks and weekly mail limit never touch another's:
 * each test names its slot, and JavaScript on and off get different people.
 */
const slots = ['notFound', 'typo', 'locked', 'mail', 'mailHttp', 'pow', 'copy', 'spanish', 'errors', 'rate', 'letterHttp'] as const;
export function personFor(people: SyntheticPeople, slot: (typeof slots)[number], javaScript: boolean): Person {
  const person = people.pool[slots.indexOf(slot) * 2 + (javaScript ? 0 : 1)];
  if (!person) throw new Error(`Not enough synthetic people for slot ${slot}`);
  return person;
}

/** A demo identity (as prepare.ts printed it) with everything the generator knows about them. */
export function demoPerson(people: SyntheticPeople, index: number): Person {
  const demo = people.demo[index];
  const person = demo && people.byTin.get(demo.tin);
  if (!person || person.noticeCode !== demo.noticeCode) throw new Error(`Demo identity ${index} is not in the e2e database`);
  return person;
}

/** A code in the right shape (valid check symbol) that belongs to nobody, most likely. */
export const unknownCode = () => formatNoticeCode(generateNoticeCode());

export async function fillDate(page: Page, dob: { month: string; day: string; year: string }) {
  await page.getByLabel('Month', { exact: true }).fill(dob.month);
  await page.getByLabel('Day', { exact: true }).fill(dob.day);
  await page.getByLabel('Year', { exact: true }).fill(dob.year);
}

/** Fills the letter form and presses Continue; waits until the answer to this submission is on the page. */
export async function submitLetter(page: Page, code: string, dob: { month: string; day: string; year: string }) {
  await page.getByLabel('Notice code').fill(code);
  await fillDate(page, dob);
  await pressContinue(page);
}

const onFormPage = (page: Page) => /\/check(\/by-mail)?$/.test(new URL(page.url()).pathname);

/** Presses the form's submit button and waits for its answer: the next attempt's form, or another page. */
export async function pressContinue(page: Page, name: string | RegExp = 'Continue') {
  const form = page.locator('form[data-attempt]');
  const before = Number((await form.getAttribute('data-attempt')) ?? 0);
  await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  await expect
    .poll(
      async () => {
        if (!onFormPage(page)) return true;
        // Short: the form may be gone (a redirect under way) and the next poll looks again.
        const attempt = await form.getAttribute('data-attempt', { timeout: 500 }).catch(() => null);
        return attempt !== null && Number(attempt) > before;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

/**
 * Presses a form's submit button (by its exact name) and waits for the answer: the next attempt's form, or
 * another page. For the claim pages, whose forms number their attempts as the check's do.
 */
export async function submitForm(page: Page, name: string, timeout = 15_000) {
  const form = page.locator('form[data-attempt]').first();
  const url = page.url();
  const before = Number((await form.getAttribute('data-attempt')) ?? 0);
  await page.getByRole('button', { name, exact: true }).click();
  await expect
    .poll(
      async () => {
        if (page.url() !== url) return true;
        const attempt = await form.getAttribute('data-attempt', { timeout: 500 }).catch(() => null);
        return attempt !== null && Number(attempt) > before;
      },
      { timeout },
    )
    .toBe(true);
}

export async function fillMailForm(
  page: Page,
  p: { tin: string; lastName: string; zip: string; dob: { month: string; day: string; year: string } },
) {
  await page.getByLabel('Social Security number (SSN) or ITIN').fill(p.tin);
  await fillDate(page, p.dob);
  await page.getByLabel('Last name').fill(p.lastName);
  await page.getByLabel('ZIP code').fill(p.zip);
}

const entities: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#x27;': "'", '&#39;': "'" };
const decode = (s: string) => s.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (m) => entities[m]!);

/** The hidden fields of a page's check form: what a browser without JavaScript posts besides the typed values. */
export async function formHiddenFields(request: APIRequestContext, pagePath: string): Promise<Record<string, string>> {
  const html = await (await request.get(pagePath)).text();
  const form = /<form[^>]*dc-check-form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error(`No check form on ${pagePath}`);
  const hidden: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) hidden[decode(name)] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return hidden;
}

/** Posts the form as a browser without JavaScript does (multipart, same origin), without following redirects. */
export async function postForm(
  request: APIRequestContext,
  baseURL: string,
  pagePath: string,
  hidden: Record<string, string>,
  fields: Record<string, string>,
) {
  return request.post(pagePath, { multipart: { ...hidden, ...fields }, headers: { origin: new URL(baseURL).origin }, maxRedirects: 0 });
}

/** Uses up `n` checks of the test's address with letter checks of codes that belong to nobody. */
export async function spendChecks(request: APIRequestContext, baseURL: string, n: number) {
  const hidden = await formHiddenFields(request, '/en/check');
  for (let i = 0; i < n; i++) {
    const response = await postForm(request, baseURL, '/en/check', hidden, {
      code: unknownCode(),
      dobMonth: '1',
      dobDay: '2',
      dobYear: '1980',
    });
    expect(response.status()).toBe(200);
  }
}

/** The access codes in the check_result notices the development outbox holds for a person (letter and email). */
export async function accessCodesInOutbox(handle: DbHandle, person: Person): Promise<string[]> {
  const rows = await findOutboxMessages(handle.db, { recordId: person.recordId, type: 'check_result' });
  const codes = new Set<string>();
  for (const row of rows) {
    const message = openOutboxMessage(getSealer(), row);
    for (const code of message.text.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g) ?? []) {
      if (code !== person.noticeCode && isValidNoticeCode(code.replace(/-/g, ''))) codes.add(code);
    }
  }
  return [...codes];
}
