// The authorization matrix (the written policy in ARCHITECTURE.md, read by e2e/admin/access-matrix.ts), checked against the running server: every page,
// route handler and server action under app/admin, for the anonymous and, for each role, a member, one who
// has not enrolled and one who must still replace a generated password. Server actions are called the way a browser calls them (POST with a Next-Action id from
// the build's manifest) with no arguments, so an allowed call stops at validation and changes nothing.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { staffRoles, type StaffRole } from '../lib/staff/roles';
import { adminActions, adminPages, adminRouteHandlers, type Allowed } from './admin/access-matrix';
import type { HandlerStatuses } from './admin/policy';
import { discoverActions, discoverPages, discoverRouteHandlers } from './admin/discover';
import { randomUUID } from 'node:crypto';
import { createBatch } from '../db/queries/batches';
import { recordDisposalCertification } from '../db/queries/disposal';
import { createImportUpload } from '../db/queries/import-uploads';
import { addNoticesAndGroup } from '../db/queries/notices';
import { listOutboxEntries } from '../db/queries/outbox';
import { findDemoIdentities } from '../lib/records/demo';
import { findRecordByTinHash } from '../db/queries/records';
import { getHasher, getSealer } from '../lib/keys';
import { createOutboxProvider } from '../lib/notices/providers';
import { closeStaffDb, createTestStaff, db, signIn } from './admin/staff';
import { expectNoAxeViolations } from './support/axe';
import { Readable } from 'node:stream';
import { importRecordsCsv } from '../lib/records/import';
import { goodRow, toCsv } from '../testing/records';
import { fileClaim } from '../lib/claims/filing';
import { parseClaimForm } from '../lib/validation/claims';
import { withServiceScope } from '../db/org-scope';
import { findOrganizationByEin, insertOrganizationApplication } from '../db/queries/orgs';

test.describe.configure({ mode: 'parallel' });
test.afterAll(closeStaffDb);

test('every admin page, route handler and server action is in the matrix', () => {
  const { actions, inlineUseServer } = discoverActions();
  expect(inlineUseServer, "put server actions in a 'use server' file so the matrix can see them").toEqual([]);
  expect(
    discoverPages().filter((p) => !(p in adminPages)),
    'pages missing from the access policy in ARCHITECTURE.md',
  ).toEqual([]);
  expect(
    discoverRouteHandlers().filter((r) => !(r in adminRouteHandlers)),
    'route handlers missing from ARCHITECTURE.md',
  ).toEqual([]);
  expect(Object.keys(adminRouteHandlers).filter((r) => !discoverRouteHandlers().includes(r))).toEqual([]);
  expect(
    actions.filter((a) => !(a in adminActions)),
    'server actions missing from ARCHITECTURE.md',
  ).toEqual([]);
  // And nothing in the matrix that no longer exists.
  expect(Object.keys(adminPages).filter((p) => !discoverPages().includes(p))).toEqual([]);
  expect(Object.keys(adminActions).filter((a) => !actions.includes(a))).toEqual([]);
});

/**
 * The anonymous visitor, and for each role: a member ('auditor'), one who has not enrolled a second factor
 * ('unenrolled auditor'), and one enrolled whose password was generated and not yet replaced
 * ('temporary auditor').
 */
type Principal = 'anonymous' | StaffRole | `unenrolled ${StaffRole}` | `temporary ${StaffRole}`;
type Outcome = 'ok' | 'sign_in' | 'enrol' | 'password' | 'home' | 'forbidden';

const roleOf = (who: Principal): StaffRole | null => (who === 'anonymous' ? null : (who.split(' ').pop() as StaffRole));
const stateOf = (who: Principal) =>
  who.startsWith('unenrolled ') ? 'unenrolled' : who.startsWith('temporary ') ? 'temporary' : who === 'anonymous' ? 'anonymous' : 'member';

/** What a principal should get from something with this access, by the written policy alone. */
function expected(allowed: Allowed, who: Principal): Outcome {
  const state = stateOf(who);
  if (allowed === 'public') return 'ok';
  if (state === 'anonymous') return 'sign_in';
  if (allowed === 'session') return 'sign_in'; // signing out ends at the sign-in page
  if (allowed === 'enrolment') return state === 'unenrolled' ? 'ok' : 'home';
  if (state === 'unenrolled') return 'enrol';
  if (allowed === 'password') return 'ok';
  if (state === 'temporary') return 'password';
  if (allowed === 'any') return 'ok';
  return (allowed as readonly string[]).includes(roleOf(who)!) ? 'ok' : 'forbidden';
}

/** The exact status the policy's route-handler table gives this principal. */
function expectedStatus(allowed: Allowed, statuses: HandlerStatuses, who: Principal): number {
  const state = stateOf(who);
  if (state === 'anonymous') return statuses.signedOut;
  if (state === 'unenrolled') return statuses.notEnrolled;
  if (state === 'temporary') return statuses.generatedPassword;
  return expected(allowed, who) === 'ok' ? statuses.permitted : statuses.otherRoles;
}

async function pageOutcome(request: APIRequestContext, path: string): Promise<Outcome | string> {
  const res = await request.get(path, { maxRedirects: 0 });
  const status = res.status();
  if (status === 200) return 'ok';
  if (status === 403) return 'forbidden';
  const location = res.headers()['location'] ?? '';
  if (status >= 300 && status < 400) {
    const to = new URL(location, 'http://x').pathname;
    if (to === '/admin/sign-in') return 'sign_in';
    if (to === '/admin/enrol') return 'enrol';
    if (to === '/admin/password') return 'password';
    if (to === '/admin') return 'home';
  }
  return `${status} ${location}`;
}

async function handlerStatus(request: APIRequestContext, method: string, path: string): Promise<number> {
  const res = await request.fetch(path, { method, maxRedirects: 0 });
  return res.status();
}

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
function actionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename?.startsWith('app/admin/')) continue;
    const worker = Object.keys(entry.workers).find((w) => w.startsWith('app/admin'))!;
    const route = worker.replace(/^app/, '').replace(/\/page$/, '');
    ids.set(`${entry.filename}#${entry.exportedName}`, { id, page: adminPages[route]?.path ?? route });
  }
  return ids;
}

async function actionOutcome(request: APIRequestContext, baseURL: string, action: { id: string; page: string }): Promise<Outcome | string> {
  const res = await request.post(action.page, {
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: new URL(baseURL).origin,
    },
    data: '[]',
    maxRedirects: 0,
  });
  const redirect = res.headers()['x-action-redirect'] ?? '';
  if (redirect.startsWith('/admin/sign-in')) return 'sign_in';
  const body = await res.text();
  if (body.includes('"code":"unauthenticated"')) return 'sign_in';
  if (body.includes('"code":"forbidden"')) return 'forbidden';
  // The enrolment action refuses an enrolled user as 'forbidden' too: for it that means "go home".
  return res.status() === 200 ? 'ok' : `${res.status()}`;
}

async function contextFor(browser: Browser, baseURL: string, who: Principal) {
  const context = await browser.newContext({ baseURL });
  if (who !== 'anonymous') {
    const staff = await createTestStaff(roleOf(who)!, {
      enrolled: stateOf(who) !== 'unenrolled',
      mustChangePassword: stateOf(who) === 'temporary',
    });
    await signIn(await context.newPage(), staff);
  }
  return context;
}

const principals: Principal[] = ['anonymous', ...staffRoles.flatMap((r) => [r, `unenrolled ${r}`, `temporary ${r}`] as Principal[])];

/** One row of each kind the pages about one thing show (an upload, a batch, a certification, an outbox
 * message), so the allowed roles have something to see. All about synthetic records. */
const matrixTin = '900-90-0001';

/** The matrix's own synthetic record, imported by the first run that needs it (the import upserts by TIN). */
async function matrixRecordId(): Promise<number> {
  const d = (await db()).db;
  const find = () => findRecordByTinHash(d, getHasher().tin(matrixTin.replace(/-/g, '')));
  if (!(await find())) {
    const imported = await importRecordsCsv({
      db: d,
      hasher: getHasher(),
      sealer: getSealer(),
      source: 'matrix.csv',
      actor: 'e2e',
      input: Readable.from([toCsv([goodRow({ tin: matrixTin, first_name: 'Matrix', street: '1 Matrix Way' })])]),
    });
    if (imported.status !== 'completed') throw new Error(`The matrix record did not import: ${imported.status}`);
  }
  return (await find())!.id;
}

async function seedRows(): Promise<Record<string, string>> {
  const d = (await db()).db;
  const upload = await createImportUpload(d, { actor: 'e2e', storedAs: 'matrix.csv', bytes: 1, lines: 1 });
  const batch = await createBatch(d, {
    name: `matrix ${randomUUID()}`,
    type: 'initial_notice',
    selection: { categories: ['address_verified'] },
    createdBy: 'e2e',
  });
  const certification = await recordDisposalCertification(d, {
    certifiedOn: '2026-03-02',
    reference: `MATRIX-${randomUUID().slice(0, 8)}`,
    method: 'deletion',
    scope: 'notice_codes',
    scopeValue: ['ZZZZZZZZZZZZ'],
    recordedBy: 'e2e',
  });
  const [person] = await findDemoIdentities(d, getHasher());
  const record = await findRecordByTinHash(d, getHasher().tin(person!.tin));
  const [group] = await addNoticesAndGroup(d, [
    {
      recordId: record!.id,
      batchId: null,
      type: 'notice_copy',
      channel: 'letter',
      dedupeKey: `matrix-${randomUUID()}`,
      language: 'en',
      params: {},
    },
  ]);
  // The group key is notices-<channel>-<first id>-<last id>-<count>.
  const noticeId = Number(group!.split('-')[2]);
  await createOutboxProvider(d, getSealer(), 'letter').send(
    [{ noticeId, to: 'Synthetic Person', subject: 'Matrix', html: '<p>Synthetic</p>', text: 'Synthetic' }],
    `matrix-${noticeId}`,
  );
  const outbox = (await listOutboxEntries(d, { limit: 50 })).find((e) => e.noticeId === noticeId);
  // One claim per record: every principal's run after the first finds the same claim.
  const form = parseClaimForm({
    language: 'en',
    street: '1 Matrix Way',
    city: 'Newark',
    state: 'NJ',
    zip: '07102',
    signed_name: 'Synthetic Person',
    declaration: 'yes',
  });
  if (!form.ok) throw new Error('The matrix claim form did not parse.');
  // On a synthetic record of the matrix's own, not a demo identity (the letter path's browser test expects
  // the demo identities to have no claim yet) nor "the newest record", which may be one another spec has
  // just imported for a claim of its own.
  const claim = await fileClaim({ db: d, hasher: getHasher(), sealer: getSealer() }, await matrixRecordId(), form.value);
  // One synthetic application, the same for every principal's run (its EIN is the matrix's own).
  const organization = await withServiceScope(d, async (tx) => {
    const [known] = await findOrganizationByEin(tx, '909999901');
    if (known) return known;
    // Runs side by side: the one that loses the insert reads the winner's row.
    const made = await insertOrganizationApplication(tx, {
      name: 'Matrix Legal Aid (synthetic)',
      ein: '909999901',
      kind: 'legal_aid',
      addressLine1: '1 Matrix Way',
      addressLine2: null,
      city: 'Newark',
      state: 'NJ',
      zip: '07102',
      contactName: 'Matrix Contact',
      contactEmail: 'matrix-org@example.org',
      contactPhone: null,
      language: 'en',
    });
    return made ?? (await findOrganizationByEin(tx, '909999901'))[0];
  });
  return {
    organization: String(organization!.id),
    upload: String(upload.id),
    batch: String(batch.id),
    certification: String(certification.id),
    outbox: String(outbox!.id),
    claim: String(claim.claimId),
  };
}

for (const who of principals) {
  test(`the matrix holds for ${who}`, async ({ browser, baseURL }) => {
    // A member walks every page and action (about 50 requests, each rendering a page): past the default
    // 30 s on two cores shared with other suites.
    test.setTimeout(120_000);
    const rows = await seedRows();
    const at = (p: string) => p.replace(/\{(\w+)\}/g, (_, name: string) => rows[name]!);
    const context = await contextFor(browser, baseURL!, who);
    const seen: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const [route, { allowed, path }] of Object.entries(adminPages)) {
      const outcome = await pageOutcome(context.request, at(path ?? route));
      // A public page (sign-in) may send someone already signed in on to the home page.
      seen[`page ${route}`] = allowed === 'public' && outcome === 'home' ? 'ok' : outcome;
      want[`page ${route}`] = expected(allowed, who);
    }
    for (const [route, { allowed, path, methods, statuses }] of Object.entries(adminRouteHandlers)) {
      for (const method of methods) {
        // Exactly the status the written policy gives, not "anything below 500".
        seen[`${method} ${route}`] = String(await handlerStatus(context.request, method, at(path ?? route)));
        want[`${method} ${route}`] = String(expectedStatus(allowed, statuses[method]!, who));
      }
    }
    const ids = actionIds();
    // Signing out ends the session, so those go last.
    const actions = Object.entries(adminActions).sort(([, a], [, b]) => Number(a === 'session') - Number(b === 'session'));
    for (const [key, allowed] of actions) {
      const action = ids.get(key);
      seen[`action ${key}`] = action ? await actionOutcome(context.request, baseURL!, action) : 'not in the build';
      const outcome = expected(allowed, who);
      want[`action ${key}`] = outcome === 'enrol' ? 'sign_in' : outcome === 'home' || outcome === 'password' ? 'forbidden' : outcome;
    }
    expect(seen).toEqual(want);
    await context.close();
  });
}

// Every page in the matrix, as an administrator (who may open them all), through axe: a new page is
// scanned as soon as it is in the matrix, which the first test makes sure of.
test('every admin page passes axe', async ({ browser, baseURL }) => {
  // One scan per page, and the organizations area added two: under the suite's load this took over 180 s.
  test.setTimeout(360_000);
  const rows = await seedRows();
  const context = await contextFor(browser, baseURL!, 'administrator');
  const page = await context.newPage();
  for (const [route, { path }] of Object.entries(adminPages)) {
    const response = await page.goto((path ?? route).replace(/\{(\w+)\}/g, (_, name: string) => rows[name]!));
    expect(response?.status(), route).toBe(200);
    // The sign-in and enrolment pages send a signed-in, enrolled administrator home: scanned elsewhere.
    // axe cannot enter the preview's sandboxed, script-less email frame (the frame itself has a title).
    await expectNoAxeViolations(page, { what: route, exclude: ['iframe.dc-preview-frame'] });
  }
  await context.close();
});
