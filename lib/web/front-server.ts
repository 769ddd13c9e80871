// The portal's own small HTTP server in front of Next.js's request handler (scripts/server.ts runs it).
// It does, for every request, the three things Next.js cannot do from inside the app:
// 1. the client's address: Next 16 gives route handlers and server actions no socket, so the TCP peer
//    address goes to the app in an internal header, any client-sent copy deleted first (client-address.ts);
// 2. a Content-Security-Policy with a fresh script nonce, set on the response and on the request, where
//    Next.js reads the nonce for its own inline scripts (lib/web/csp.ts);
// 3. refusing malformed server-action requests before they reach Next.js, which answers a foreign Origin,
//    an unknown action id or a truncated multipart body with a 500, and for the last throws an
//    uncaughtException ("Unexpected end of form") out of its multipart parser. Each refusal is one log line.
import { IncomingMessage, type ServerResponse } from 'node:http';
import { peerAddressHeader } from '../self-check/client-address';
import { checkFetchActionBody } from './action-reply';
import { contentSecurityPolicy, createNonce } from './csp';

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type FrontOptions = {
  handle: NextHandler;
  /** Ids of the build's server actions (.next/server/server-reference-manifest.json); null: not checked. */
  actionIds: ReadonlySet<string> | null;
  /** Largest server-action body read, in bytes (Next's own default for actions is 1 MB). */
  maxActionBodyBytes: number;
  development?: boolean;
  log?: (line: string) => void;
  /** True for a path no page but the localized not-found catch-all matches (unknown-paths.ts): answered 404. */
  isUnknownPath?: (pathname: string) => boolean;
};

// Route handlers that take a large body as a stream: never buffered here (the upload checks its own size).
const streamingPaths = [
  /^\/api\//,
  /^\/admin\/imports\/upload$/,
  /^\/[a-zA-Z-]+\/advocates\/bulk\/upload$/,
  /^\/admin\/letters\/returned\/upload$/,
  /^\/admin\/queues(\/|$)/,
];

type Refusal = { status: 400 | 403 | 404 | 413; reason: string };

/**
 * Every response leaves with the portal's policy, set as its head goes out (Next.js never replaces a header
 * already set, so a policy set up front could not be tightened). One exception: a route handler's own policy
 * that starts with `sandbox` (a claim document a reviewer downloads: no script, nothing loaded) is stricter
 * than the portal's, and is kept. Any other policy a handler set is replaced.
 */
function keepPolicy(res: ServerResponse, csp: string) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const own = this.getHeader('Content-Security-Policy');
    if (!(typeof own === 'string' && own.startsWith('sandbox'))) this.setHeader('Content-Security-Policy', csp);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}

// Next writes the catch-all's not-found page with status 200; every way it starts the response (writeHead,
// or a first write that calls writeHead itself) goes through writeHead, so the status is changed there.
function answerNotFound(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, status === 200 ? 404 : status, ...rest);
  } as ServerResponse['writeHead'];
}

export function createFrontHandler(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const log = options.log ?? ((line: string) => console.warn(line));
  const refuse = (req: IncomingMessage, res: ServerResponse, r: Refusal) => {
    log(`[web] refused ${JSON.stringify({ status: r.status, reason: r.reason, method: req.method, path: pathOf(req).slice(0, 100) })}`);
    if (!res.headersSent) {
      res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
    }
    res.end(
      r.status === 413
        ? 'Request body too large.\n'
        : r.status === 403
          ? 'Forbidden.\n'
          : r.status === 404
            ? 'Not found.\n'
            : 'Bad request.\n',
    );
    // Whatever is left of the body is not read: drop the connection rather than drain an attacker's upload.
    req.resume();
  };

  return (req, res) => {
    // (1) Nobody but this server writes the peer header.
    setHeader(req, peerAddressHeader, req.socket.remoteAddress ?? '');
    // (2) A client-sent CSP request header would otherwise choose the nonce Next.js uses.
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce, { development: options.development });
    setHeader(req, 'content-security-policy', csp);
    deleteHeader(req, 'content-security-policy-report-only');
    keepPolicy(res, csp);

    const pass = (request: IncomingMessage) => {
      options.handle(request, res).catch((err: unknown) => {
        log(
          `[web] handler_failed ${JSON.stringify({ error: err instanceof Error ? err.name : 'unknown', path: pathOf(req).slice(0, 100) })}`,
        );
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
    };

    const kind = actionKind(req);
    if (kind === null) {
      if ((req.method === 'GET' || req.method === 'HEAD') && options.isUnknownPath?.(pathOf(req))) answerNotFound(res);
      return pass(req);
    }
    const early = checkActionHeaders(req, kind, options.actionIds);
    if (early) return refuse(req, res, early);
    readBody(req, options.maxActionBodyBytes).then(
      (body) => {
        if (body === 'too-large') return refuse(req, res, { status: 413, reason: 'body_too_large' });
        if (body === 'aborted') return; // the client went away mid-body: nothing to answer
        const shape = checkBodyShape(req, body);
        if (shape) return refuse(req, res, shape);
        if (kind === 'form') return pass(replay(req, body));
        return checkFetchActionBody(body, req.headers, options.maxActionBodyBytes).then((args) =>
          args.ok ? pass(replay(req, body)) : refuse(req, res, { status: 400, reason: args.reason }),
        );
      },
      () => refuse(req, res, { status: 400, reason: 'body_unreadable' }),
    );
  };
}

type ActionKind = 'fetch' | 'form';

/**
 * 'fetch': a server action called by the React client (Next-Action header). 'form': a POST of form data to a
 * page, which Next.js decodes as a server action when it carries $ACTION_ID_… (a form without JavaScript).
 */
export function actionKind(req: IncomingMessage): ActionKind | null {
  if (req.method !== 'POST') return null;
  if (req.headers['next-action'] !== undefined) return 'fetch';
  const path = pathOf(req);
  if (streamingPaths.some((p) => p.test(path))) return null;
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded') ? 'form' : null;
}

function checkActionHeaders(req: IncomingMessage, kind: ActionKind, actionIds: ReadonlySet<string> | null): Refusal | null {
  // Next.js's own CSRF rule (Origin must name this host), answered here with a 403 instead of its 500.
  // A missing Origin passes as in Next.js: it comes from a hand-made request, which carries no one else's cookies.
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (originHostOf(origin) !== req.headers.host) return { status: 403, reason: 'foreign_origin' };
  }
  if (kind === 'fetch') {
    const id = req.headers['next-action'];
    if (typeof id !== 'string' || !/^[0-9a-f]{40,64}$/i.test(id)) return { status: 400, reason: 'malformed_action_id' };
    if (actionIds && !actionIds.has(id)) return { status: 404, reason: 'unknown_action' };
  }
  const length = req.headers['content-length'];
  if (length !== undefined && !/^\d+$/.test(length)) return { status: 400, reason: 'bad_content_length' };
  return null;
}

/** The host an Origin header names; null for `null` (an opaque origin) and for anything unparsable. */
function originHostOf(origin: string): string | null {
  if (origin === 'null') return null;
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** A multipart body must end with its closing boundary: anything else was cut off or made up. */
function checkBodyShape(req: IncomingMessage, body: Buffer): Refusal | null {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^multipart\/form-data/i.test(type)) return null;
  const boundary = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(type);
  if (!boundary) return { status: 400, reason: 'multipart_without_boundary' };
  const closing = Buffer.from(`--${boundary[1] ?? boundary[2]}--`);
  const tail = body.subarray(Math.max(0, body.length - closing.length - 4));
  if (tail.indexOf(closing) < 0) return { status: 400, reason: 'multipart_truncated' };
  return null;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (v: Buffer | 'too-large' | 'aborted') => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(v);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish('too-large');
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('aborted', () => finish('aborted'));
    req.on('close', () => finish(req.complete ? Buffer.concat(chunks) : 'aborted'));
    req.on('error', (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    });
  });
}

/** A fresh request with the same head and the body already read, for Next.js to read again. */
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.headers = { ...original.headers, 'content-length': String(body.length) };
  delete copy.headers['transfer-encoding'];
  copy.rawHeaders = toRawHeaders(copy.headers);
  // The HTTP parser sets this on a real request; without it, ending the copy counts as an abort and
  // node destroys the socket the response still has to go out on.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function toRawHeaders(headers: IncomingMessage['headers']): string[] {
  const raw: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) raw.push(name, v);
  }
  return raw;
}

function setHeader(req: IncomingMessage, name: string, value: string): void {
  deleteHeader(req, name);
  req.headers[name] = value;
  req.rawHeaders.push(name, value);
}

function deleteHeader(req: IncomingMessage, name: string): void {
  delete req.headers[name];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]!.toLowerCase() === name) req.rawHeaders.splice(i, 2);
  }
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}
