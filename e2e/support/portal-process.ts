// A portal of its own for the tests about the server itself (e2e/server-*.spec.ts): the same front server
// `npm start` runs (scripts/server.ts) on the production build and the browser tests' database, with
// whatever settings a test needs, and its whole log, so a test can look for what it must never say.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { e2eServerEnv } from './e2e-env';

export type PortalProcess = { child: ChildProcess; url: string; port: number; log: () => string; stop: () => Promise<void> };

export async function startPortal(port: number, settings: Record<string, string> = {}): Promise<PortalProcess> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), '--host', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORTAL_URL: url,
      ...e2eServerEnv,
      // Its own limiter buckets and queues: nothing another test or portal counted.
      QUEUE_PREFIX: `srv_${randomUUID().slice(0, 8)}`,
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The portal on ${port} did not start in 90 s:\n${log}`)), 90_000);
    const check = () => {
      if (/^Serving /m.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The portal on ${port} exited (${code}) before serving:\n${log}`));
    });
  });
  return {
    child,
    url,
    port,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export type LoopbackResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/**
 * One HTTP request from a chosen loopback source address (127.0.0.2, 127.0.0.3, …): the TCP peer address the
 * server sees. Browsers cannot pick their source address; node's `localAddress` can.
 */
export function requestFrom(
  source: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<LoopbackResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: source, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A form's fields as the multipart body a browser sends, with its content type. */
export async function multipart(fields: Record<string, string>): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const encoded = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! };
}

/** The hidden fields (action id, locale, …) of the first form on a page. */
export function hiddenFieldsOf(html: string): Record<string, string> {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const hidden: Record<string, string> = {};
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) hidden[decode(name)] = decode(/value="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return hidden;
}
