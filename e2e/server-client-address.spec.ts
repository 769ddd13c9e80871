// The limits count the real client (issue 11, part 2), against the front server `npm start` runs: with no
// proxy, each TCP peer address has its own buckets, so one client spending its self-checks and its failed
// staff sign-ins limits nobody else, and X-Forwarded-For changes nothing. Requests come from 127.0.0.2 and
// 127.0.0.3 (node's localAddress); browsers cannot choose their source address.
import { expect, test } from './support/fixtures';
import { e2ePort } from './support/e2e-env';
import { hiddenFieldsOf, multipart, requestFrom, startPortal, type PortalProcess } from './support/portal-process';
import { unknownCode } from './support/self-check';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const limit = 3;
let portal: PortalProcess;

test.beforeAll(async () => {
  portal = await startPortal(e2ePort + 4, {
    TRUSTED_PROXY_HOPS: '0',
    SELF_CHECK_ADDRESS_LIMIT: `${limit}/1h`,
    SELF_CHECK_ADDRESS_POW_AFTER: '100',
    STAFF_SIGN_IN_ADDRESS_LIMIT: `${limit}/15m`,
  });
});
test.afterAll(async () => portal?.stop());

async function postFormFrom(source: string, pagePath: string, fields: Record<string, string>, extra: Record<string, string> = {}) {
  const page = await requestFrom(source, `${portal.url}${pagePath}`);
  expect(page.status).toBe(200);
  const { body, contentType } = await multipart({ ...hiddenFieldsOf(page.text), ...fields });
  return requestFrom(source, `${portal.url}${pagePath}`, {
    method: 'POST',
    headers: { 'content-type': contentType, origin: portal.url, ...extra },
    body,
  });
}

const letterCheck = (source: string, extra?: Record<string, string>) =>
  postFormFrom(source, '/en/check', { code: unknownCode(), dobMonth: '1', dobDay: '2', dobYear: '1980' }, extra);
const limited = (html: string) => html.includes('data-testid="rate-limited"');

test('one address spending its self-checks does not limit another, and X-Forwarded-For changes nothing', async () => {
  // Each from "another client" by its header: with no proxy configured the header is not believed.
  for (let i = 0; i < limit; i++) {
    const r = await letterCheck('127.0.0.2', { 'x-forwarded-for': `198.51.100.${i + 1}` });
    expect(r.status).toBe(200);
    expect(limited(r.text)).toBe(false);
  }
  const refused = await letterCheck('127.0.0.2', { 'x-forwarded-for': '198.51.100.99' });
  expect(limited(refused.text)).toBe(true);
  // A made-up copy of the internal header is deleted by the front server, not believed either.
  expect(limited((await letterCheck('127.0.0.2', { 'x-disclosure-check-peer': '127.0.0.9' })).text)).toBe(true);
  const other = await letterCheck('127.0.0.3');
  expect(other.status).toBe(200);
  expect(limited(other.text)).toBe(false);
});

const networkRefusal = 'too many failed sign-ins from your network';
const signInFailure = (source: string, extra?: Record<string, string>) =>
  postFormFrom(
    source,
    '/admin/sign-in',
    { email: `nobody-${Math.random().toString(36).slice(2)}@example.org`, password: 'Winter2026!', code: '123456' },
    extra,
  );

test('one address spending its failed staff sign-ins does not lock out another', async () => {
  for (let i = 0; i < limit; i++) {
    const r = await signInFailure('127.0.0.2', { 'x-forwarded-for': `203.0.113.${i + 1}` });
    expect(r.status).toBe(200);
    expect(r.text).toContain('The email, password or code is not right');
  }
  expect((await signInFailure('127.0.0.2', { 'x-forwarded-for': '203.0.113.99' })).text).toContain(networkRefusal);
  const other = await signInFailure('127.0.0.3');
  expect(other.text).toContain('The email, password or code is not right');
  expect(other.text).not.toContain(networkRefusal);
});
