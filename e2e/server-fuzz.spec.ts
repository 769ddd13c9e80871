// Malformed requests get a 4xx, never a 5xx or an uncaught exception (issue 11, part 4): a few hundred
// made-up server-action requests (wrong argument types, truncated and broken multipart bodies, unknown or
// malformed action ids, foreign origins, bodies cut off mid-way) against the production build behind the
// front server, from loopback only, bounded in count and time.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { expect, test } from './support/fixtures';
import { e2ePort } from './support/e2e-env';
import { multipart, requestFrom, startPortal, type PortalProcess } from './support/portal-process';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let portal: PortalProcess;
test.beforeAll(async () => {
  portal = await startPortal(e2ePort + 5, { TRUSTED_PROXY_HOPS: '0' });
});
test.afterAll(async () => portal?.stop());

type Manifest = { node: Record<string, { workers: Record<string, unknown> }> };
/** Every server action of the build, with a page that has it. */
function actions(): { id: string; page: string }[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page = worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace('/[locale]', '/en')
      .replace(/\/\([^)]+\)/g, '')
      .replace(/\/\[[^\]]+\]/g, '/1');
    return { id, page: page || '/en' };
  });
}

// Argument lists no form of ours sends: React's reply encoding as text, then as multipart field "0".
const wrongArguments = [
  '[]',
  '[1,2]',
  '"x"',
  '{}',
  'null',
  '[null,null]',
  '[{"attempt":"x"},"nope"]',
  '[{},{}]',
  '[[],[[]]]',
  ']]',
  '',
  '["$K1"]',
  '[{"attempt":1},"$K1"]',
  '["$@1","$Q2"]',
];

async function fetchAction(page: string, id: string, body: Buffer | string, contentType: string, origin: string | null = portal.url) {
  return requestFrom('127.0.0.1', `${portal.url}${page}`, {
    method: 'POST',
    headers: { 'next-action': id, 'content-type': contentType, accept: 'text/x-component', ...(origin ? { origin } : {}) },
    body,
  });
}

/** A request whose body stops before its Content-Length, the connection then closed by the client. */
function cutOff(page: string, headers: Record<string, string>, body: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(portal.port, '127.0.0.1', () => {
      const head = [
        `POST ${page} HTTP/1.1`,
        `Host: 127.0.0.1:${portal.port}`,
        `Content-Length: ${body.length + 500}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      socket.write(body, () => setImmediate(() => socket.end()));
    });
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.resume();
  });
}

test('a few hundred malformed action requests: no 5xx, no uncaught exception, the server still serves', async () => {
  const started = Date.now();
  const statuses: { what: string; status: number }[] = [];
  const record = (what: string, status: number) => statuses.push({ what, status });
  const all = actions();
  expect(all.length).toBeGreaterThan(5);

  for (const { id, page } of all) {
    for (const args of wrongArguments) {
      record(`text ${id.slice(0, 8)} ${args}`, (await fetchAction(page, id, args, 'text/plain;charset=UTF-8')).status);
    }
    for (const args of wrongArguments.slice(0, 6)) {
      const { body, contentType } = await multipart({ '0': args, '1_x': 'y' });
      record(`multipart ${id.slice(0, 8)} ${args}`, (await fetchAction(page, id, body, contentType)).status);
      // The same body cut short, as if the client stopped half way: Next.js's parser threw at process level.
      record(
        `truncated ${id.slice(0, 8)}`,
        (await fetchAction(page, id, body.subarray(0, Math.floor(body.length / 2)), contentType)).status,
      );
    }
    record(`no boundary ${id.slice(0, 8)}`, (await fetchAction(page, id, '--x\r\n', 'multipart/form-data')).status);
    record(`foreign origin ${id.slice(0, 8)}`, (await fetchAction(page, id, '[]', 'text/plain', 'https://evil.example')).status);
    record(`null origin ${id.slice(0, 8)}`, (await fetchAction(page, id, '[]', 'text/plain', 'null')).status);
    record(`bad origin ${id.slice(0, 8)}`, (await fetchAction(page, id, '[]', 'text/plain', '::::')).status);
    record(`too large ${id.slice(0, 8)}`, (await fetchAction(page, id, Buffer.alloc(1024 * 1024 + 10, 0x61), 'text/plain')).status);
  }
  for (const page of ['/en/check', '/en/check/by-mail', '/admin/sign-in', '/admin', '/en']) {
    for (const id of [randomBytes(21).toString('hex'), randomBytes(21).toString('hex'), 'not-an-id', 'x'.repeat(5000), '']) {
      record(`unknown id ${page}`, (await fetchAction(page, id, '[]', 'text/plain')).status);
    }
    // Forms without JavaScript: an unknown $ACTION_ID_, a broken one, a cut-off body, a foreign origin.
    const { body, contentType } = await multipart({ [`$ACTION_ID_${randomBytes(21).toString('hex')}`]: '', code: 'x' });
    const post = (b: Buffer | string, type: string, origin = portal.url) =>
      requestFrom('127.0.0.1', `${portal.url}${page}`, { method: 'POST', headers: { 'content-type': type, origin }, body: b });
    record(`form unknown ${page}`, (await post(body, contentType)).status);
    record(`form truncated ${page}`, (await post(body.subarray(0, body.length - 20), contentType)).status);
    record(`form foreign ${page}`, (await post(body, contentType, 'https://evil.example')).status);
    record(`form urlencoded ${page}`, (await post('%%%=%%&$ACTION_ID_zz=1', 'application/x-www-form-urlencoded')).status);
    record(
      `form ref ${page}`,
      (
        await post(
          (await multipart({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"zz","bound":"$@1"}', '$ACTION_1:1': '[' })).body,
          (await multipart({})).contentType,
        )
      ).status,
    );
    await cutOff(page, { 'content-type': contentType, origin: portal.url }, body.subarray(0, 40));
    await cutOff(page, { 'next-action': all[0]!.id, 'content-type': contentType, origin: portal.url }, body.subarray(0, 40));
  }

  const seconds = (Date.now() - started) / 1000;
  const failures = statuses.filter((s) => s.status >= 500 || s.status < 200);
  console.log(
    `${statuses.length} malformed requests (+10 cut off) in ${seconds.toFixed(1)} s; statuses: ${JSON.stringify(tally(statuses))}`,
  );
  expect(statuses.length).toBeGreaterThan(200);
  expect(failures, JSON.stringify(failures.slice(0, 10))).toEqual([]);
  // Still serving, and nothing escaped to the process.
  expect((await requestFrom('127.0.0.1', `${portal.url}/en`)).status).toBe(200);
  expect(portal.log()).not.toMatch(/uncaughtException|unhandledRejection|Unexpected end of form/);
  expect(portal.child.exitCode).toBeNull();
});

function tally(statuses: { status: number }[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const { status } of statuses) out[status] = (out[status] ?? 0) + 1;
  return out;
}
