// bull-board on Hono, run through Hono's fetch handler inside a Next.js route handler. Its UI files are
// served from our own origin out of @bull-board/ui; the one outside resource its page names (a Google
// Fonts stylesheet, which our Content-Security-Policy would block anyway) is removed from the HTML, so
// the board uses the system font and the page makes no request to another origin. Its inline styles and
// the inline JSON config script are allowed by our CSP ('unsafe-inline', as for the rest of the site).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from 'hono/serve-static';
import { getQueue } from '@/workers/enqueue';
import { queueNames } from '@/workers/queues';

export const BOARD_BASE = '/admin/queues';

type StaticOptions = { root: string; rewriteRequestPath: (p: string) => string };

/** Files from bull-board's own static folder only (hono refuses `..` and encoded separators first). */
function serveBoardFiles(options: StaticOptions): MiddlewareHandler {
  const root = path.resolve(options.root);
  return serveStatic({
    root,
    rewriteRequestPath: options.rewriteRequestPath,
    join: path.join,
    getContent: async (file) => {
      const resolved = path.resolve(file);
      if (!resolved.startsWith(root + path.sep)) return null;
      return readFile(resolved).catch(() => null);
    },
    onFound: (_path, c) => c.header('Cache-Control', 'private, max-age=3600'),
  });
}

// Any absolute http(s) URL in a <link> or <script> of the board's HTML: none may load from elsewhere.
const outsideResource = /<(?:link|script)\b[^>]*\b(?:href|src)=["']https?:\/\/[^"']*["'][^>]*>(?:<\/script>)?/gi;

export function stripOutsideResources(html: string): string {
  return html.replace(outsideResource, '');
}

// The board is a page of its own, without the staff area's header: this bar (and the board's own menu
// entry) leads back. Inline styles only, so it needs no file of ours inside bull-board's static folder.
const backBar =
  '<nav aria-label="Staff area" style="padding:0.5rem 1rem;background:#1a4480;font:16px/1.5 system-ui,sans-serif">' +
  '<a href="/admin" style="color:#fff;font-weight:700">← Back to the staff area</a></nav>';

/** The board's HTML with the way back to the staff area at the top of its body. */
export function addBackLink(html: string): string {
  return html.replace(/<body([^>]*)>/i, (body) => `${body}${backBar}`);
}

export function buildBoard(prefix?: string): Hono {
  const adapter = new HonoAdapter(serveBoardFiles as never);
  createBullBoard({
    queues: Object.values(queueNames).map((name) => new BullMQAdapter(getQueue(name, prefix))),
    serverAdapter: adapter,
    // hideDocsLink: the docs icon opens another origin.
    options: {
      uiConfig: {
        boardTitle: 'Disclosure Check queues',
        miscLinks: [{ text: 'Back to the staff area', url: '/admin' }],
        hideDocsLink: true,
      },
    },
  });
  adapter.setBasePath(BOARD_BASE);
  const app = new Hono();
  app.route(BOARD_BASE, adapter.registerPlugin());
  return app;
}

const KEY = Symbol.for('disclosure-check.queue-board');
type Holder = { [KEY]?: Hono };

export async function handleBoardRequest(request: Request, board?: Hono): Promise<Response> {
  const g = globalThis as Holder;
  const app = board ?? (g[KEY] ??= buildBoard());
  const response = await app.fetch(request);
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'no-store');
  headers.delete('content-length');
  return new Response(addBackLink(stripOutsideResources(await response.text())), { status: response.status, headers });
}
