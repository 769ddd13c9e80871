// The front server with a stand-in for Next.js's handler that echoes what it was given: which headers
// reach the app, and which requests never do. Real sockets on loopback, from 127.0.0.2 and 127.0.0.3.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerAddressHeader } from '../self-check/client-address';
import { createFrontHandler } from './front-server';

const actionId = 'a'.repeat(42);
let server: Server;
let base: string;
const seen: { headers: IncomingMessage['headers']; body: string }[] = [];
const log: string[] = [];

beforeAll(async () => {
  server = createServer(
    createFrontHandler({
      actionIds: new Set([actionId]),
      maxActionBodyBytes: 1000,
      log: (line) => log.push(line),
      isUnknownPath: (path) => path.startsWith('/es/no-existe'),
      handle: async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
        // A route handler with a policy of its own (as the claim documents' download route has).
        if (req.url === '/own-policy/sandbox') res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
        if (req.url === '/own-policy/weaker') res.setHeader('Content-Security-Policy', 'default-src *');
        res.end('ok');
      },
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function send(path: string, o: { from?: string; method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; text: string }>((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method: o.method ?? 'GET', headers: o.headers, localAddress: o.from ?? '127.0.0.1', agent: false },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

const form = async (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const r = new Request('http://x/', { method: 'POST', body: fd });
  return { body: Buffer.from(await r.arrayBuffer()), type: r.headers.get('content-type')! };
};
const action = (body: string | Buffer, type = 'text/plain;charset=UTF-8', headers: Record<string, string> = {}) =>
  send('/en/check', { method: 'POST', headers: { 'next-action': actionId, 'content-type': type, ...headers }, body });

describe('the peer address', () => {
  it('reaches the app as the TCP peer, whatever the client sent in its place', async () => {
    seen.length = 0;
    await send('/en', { from: '127.0.0.2', headers: { [peerAddressHeader]: '198.51.100.7', 'x-forwarded-for': '198.51.100.8' } });
    await send('/en', { from: '127.0.0.3' });
    expect(seen.map((s) => s.headers[peerAddressHeader])).toEqual(['127.0.0.2', '127.0.0.3']);
  });
});

describe('the Content-Security-Policy', () => {
  it('keeps a handler’s own sandboxing policy, and replaces any other policy a handler set with the portal’s', async () => {
    const sandboxed = await send('/own-policy/sandbox');
    expect(sandboxed.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    const weaker = await send('/own-policy/weaker');
    expect(weaker.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'nonce-/);
  });

  it('is on every response with a new nonce, and on the request Next.js reads it from, never the client’s', async () => {
    seen.length = 0;
    const a = await send('/en', { headers: { 'content-security-policy': "script-src 'nonce-chosenbyattacker'" } });
    const b = await send('/_next/static/x.js');
    const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))?.[1];
    expect(nonceOf(a.headers['content-security-policy'])).toBeTruthy();
    expect(nonceOf(a.headers['content-security-policy'])).not.toBe(nonceOf(b.headers['content-security-policy']));
    expect(seen[0]!.headers['content-security-policy']).toBe(a.headers['content-security-policy']);
  });
});

describe('server-action requests', () => {
  it('passes a well-formed one on with its body intact', async () => {
    seen.length = 0;
    const { body, type } = await form({ '0': '[{"attempt":1},"$K1"]', '1_code': 'ABCD' });
    expect((await action(body, type, { origin: base })).status).toBe(200);
    expect((await action('[]')).status).toBe(200);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.body).toBe(body.toString());
    expect(seen[1]!.body).toBe('[]');
  });

  it.each([
    ['a foreign Origin', () => action('[]', undefined, { origin: 'https://evil.example' }), 403],
    ['an opaque Origin', () => action('[]', undefined, { origin: 'null' }), 403],
    ['an unknown action id', () => send('/en', { method: 'POST', headers: { 'next-action': 'b'.repeat(42) }, body: '[]' }), 404],
    ['a malformed action id', () => send('/en', { method: 'POST', headers: { 'next-action': '../x' }, body: '[]' }), 400],
    ['a body over the limit', () => action('['.padEnd(2000, ' ') + ']'), 413],
    ['arguments that are not JSON', () => action(']]'), 400],
    ['arguments that are not a list', () => action('"x"'), 400],
    ['a reference to a field that is not there', () => action('["$@1"]'), 400],
    [
      'a truncated multipart body',
      async () => {
        const { body, type } = await form({ '0': '["$K1"]', '1_code': 'ABCD' });
        return action(body.subarray(0, body.length - 10), type);
      },
      400,
    ],
    ['a multipart body without a boundary', () => action('--x--', 'multipart/form-data'), 400],
    [
      'a form post cut short (no JavaScript)',
      async () => {
        const { body, type } = await form({ $ACTION_ID_x: '', code: 'A' });
        return send('/en/check', { method: 'POST', headers: { 'content-type': type }, body: body.subarray(0, 30) });
      },
      400,
    ],
  ])('refuses %s before the app sees it', async (_what, make, status) => {
    seen.length = 0;
    const before = log.length;
    expect((await make()).status).toBe(status);
    expect(seen).toHaveLength(0);
    expect(log.length).toBe(before + 1);
    expect(log.at(-1)).toMatch(/^\[web\] refused \{"status":\d+,"reason":"[a-z_]+"/);
  });

  it('leaves streamed uploads and webhooks alone', async () => {
    seen.length = 0;
    await send('/admin/imports/upload', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\n',
    });
    // The returned-mail list streams into its importer; a plain form post of it carries a file of any size.
    await send('/admin/letters/returned/upload', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x', origin: 'http://elsewhere.example' },
      body: '--x\r\n',
    });
    await send('/api/webhooks/resend', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(seen).toHaveLength(3);
  });
});

describe('a path only the not-found catch-all matches', () => {
  it('is answered 404 with the page Next rendered, while every other path keeps its status', async () => {
    const unknown = await send('/es/no-existe?x=1');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe('ok');
    expect((await send('/es/no-existe', { method: 'HEAD' })).status).toBe(404);
    expect((await send('/es')).status).toBe(200);
  });
});
