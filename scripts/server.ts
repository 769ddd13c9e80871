// The portal's web server: Next.js's request handler (the production build in .next) behind our own small
// node:http server (lib/web/front-server.ts), which sees each connection's peer address, sets the
// per-request CSP nonce and refuses malformed server-action requests. `npm start` runs it; so do the
// browser tests, so they test what runs. Next's custom-server mode costs nothing measurable here: the same
// NextNodeServer handles the request that `next start` would use, minus its own HTTP listener.
//
//   node --import tsx scripts/server.ts [--port N] [--host H]
//
// Stops on SIGTERM or SIGINT: no new connections, the requests in flight finish (at most
// STOP_GRACE_MS), then the in-process workers drain and the database closes; and it stops by itself
// when the process that started it (npm start) is gone, so it is never left serving alone.
import { createServer, request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../lib/env';
import { createFrontHandler, type NextHandler } from '../lib/web/front-server';
import { routesOfManifest, unknownPathTest } from '../lib/web/unknown-paths';
import { claimShutdown, runShutdownSteps } from '../lib/web/lifecycle';

const STOP_GRACE_MS = 5_000;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadActionIds(dir: string): Set<string> | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, '.next/server/server-reference-manifest.json'), 'utf8')) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

/** Paths that reach only the localized not-found page; no manifest (no build yet): none. */
function loadUnknownPathTest(dir: string): (pathname: string) => boolean {
  try {
    return unknownPathTest(routesOfManifest(JSON.parse(readFileSync(path.join(dir, '.next/app-path-routes-manifest.json'), 'utf8'))));
  } catch {
    return () => false;
  }
}

/** Any HTTP answer counts: the point is that the server is listening and Next.js handles requests. */
function answers(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host, port, path: '/api/health', timeout: 30_000 },
      (res) => {
        res.resume();
        resolve((res.statusCode ?? 500) < 600);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

async function main() {
  const e = env();
  const port = Number(argValue('--port') ?? e.PORT);
  const host = argValue('--host');
  const dir = process.cwd();
  claimShutdown();
  // next() must be loaded after NODE_ENV is production (set by scripts/start.ts and the test configs), or
  // React's development build would serve.
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, port, hostname: host ?? 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler() as NextHandler;
  const server = createServer(
    createFrontHandler({ handle, actionIds: loadActionIds(dir), maxActionBodyBytes: 1024 * 1024, isUnknownPath: loadUnknownPathTest(dir) }),
  );
  // A request the HTTP parser cannot read at all: 400 and close, one log line, never an exception.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    console.warn(`[web] refused ${JSON.stringify({ status: 400, reason: 'unparsable_request', code: err.code ?? 'unknown' })}`);
    if (socket.writable && !socket.writableEnded) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  let stopping = false;
  const stop = (why: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping the web server (${why})…`);
    const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      void runShutdownSteps()
        .catch((err: unknown) => console.error(`[web] shutdown_step_failed ${err instanceof Error ? err.name : 'unknown'}`))
        .then(() => app.close())
        .finally(() => process.exit(code));
    });
    server.closeIdleConnections();
    // Whatever still hangs after twice the grace (a worker's job that ignores its signal) does not keep us.
    setTimeout(() => process.exit(code || 1), STOP_GRACE_MS * 3).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // npm start's launcher gone (killed, or its own parent gone): we were started by it and stop with it.
  if (process.argv.includes('--exit-with-parent')) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) stop('its launcher ended');
    }, 500).unref();
  }
  // Logged, never with the message (it may quote a request's data); the server keeps serving, as next start does.
  process.on('uncaughtException', (err) =>
    console.error(`[web] uncaughtException ${JSON.stringify({ error: err.name, code: (err as NodeJS.ErrnoException).code })}`),
  );
  process.on('unhandledRejection', (err) =>
    console.error(`[web] unhandledRejection ${JSON.stringify({ error: err instanceof Error ? err.name : typeof err })}`),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  if (!(await answers(port, host ?? '127.0.0.1')))
    throw new Error(`The web server listens on port ${port} but does not answer; see the log above.`);
  const shown = e.PORTAL_URL.replace(/\/$/, '');
  console.log(`Serving ${shown} (port ${port}${host ? ` on ${host}` : ''}); stop with Ctrl-C or kill -TERM ${process.pid}.`);
  process.send?.({ ready: true });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
