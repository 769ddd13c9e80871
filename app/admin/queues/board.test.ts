import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueName } from '@/testing/postgres';
import { createRedis } from '@/workers/connection';
import { closeQueues, getQueue } from '@/workers/enqueue';
import { queueNames } from '@/workers/queues';
import { buildBoard, handleBoardRequest, stripOutsideResources } from './board';

describe('the queue monitor (bull-board)', () => {
  const prefix = uniqueName('dcboard');
  const board = buildBoard(prefix);
  const get = (p: string, init?: RequestInit) => handleBoardRequest(new Request(`http://localhost${p}`, init), board);

  beforeAll(async () => {
    await getQueue(queueNames.maintenance, prefix).add('verify-audit-chain', {}, { jobId: 'board-test' });
  });
  afterAll(async () => {
    await closeQueues();
    const redis = createRedis();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('serves its page with nothing loaded from another origin', async () => {
    const res = await get('/admin/queues');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<base href="/admin/queues/"');
    expect(html).not.toMatch(/(?:href|src)=["']https?:/i);
    // A way back to the staff area, first thing in the body.
    expect(html).toMatch(/<body[^>]*><nav aria-label="Staff area"[^>]*><a href="\/admin"[^>]*>← Back to the staff area<\/a>/);
    const assets = [...html.matchAll(/(?:href|src)="(static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      const a = await get(`/admin/queues/${asset}`);
      expect(a.status, asset).toBe(200);
      expect(a.headers.get('content-type')).toMatch(/javascript|css|image/);
    }
  });

  it('removes outside stylesheets and scripts from HTML', () => {
    expect(
      stripOutsideResources(
        '<head><link href="https://fonts.example/css" rel="stylesheet"><script src="http://cdn.example/x.js"></script><link href="static/a.css"></head>',
      ),
    ).toBe('<head><link href="static/a.css"></head>');
  });

  it('lists every queue of workers/queues.ts with its counts', async () => {
    const res = await get('/admin/queues/api/queues?activeQueue=maintenance&status=waiting');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { queues: { name: string; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(queueNames).sort());
    expect(body.queues.find((q) => q.name === queueNames.maintenance)?.counts.waiting).toBe(1);
  });

  it('serves no file outside its static folder', async () => {
    for (const p of [
      '/admin/queues/static/../../package.json',
      '/admin/queues/static/%2e%2e/%2e%2e/package.json',
      '/admin/queues/static/..%2F..%2Fpackage.json',
    ]) {
      const res = await get(p);
      expect(await res.text()).not.toContain('"@bull-board/ui"');
    }
  });
});
