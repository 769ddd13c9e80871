// Every page and server action of the batches, disposal, outbox and dashboard areas is in its area's
// access table (which the authorization matrix test walks), and each table names only known roles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStaffRoles } from '@/lib/admin/permissions';
import { batchesAccess } from './batches/access';
import { dashboardAccess } from './dashboard/access';
import { disposalAccess } from './disposal/access';
import { outboxAccess } from './outbox/access';

const areas = { batches: batchesAccess, disposal: disposalAccess, outbox: outboxAccess, dashboard: dashboardAccess } as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe.each(Object.entries(areas))('app/admin/%s', (area, table) => {
  const dir = path.resolve('app/admin', area);
  const files = filesUnder(dir);

  it('lists every page and route handler by its path', () => {
    const routes = files
      .filter((f) => /\/(page\.tsx|route\.ts)$/.test(f))
      .map((f) => '/' + path.relative(path.resolve('app'), path.dirname(f)).split(path.sep).join('/'));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) expect(Object.keys(table), route).toContain(route);
  });

  it('lists every exported server action by its name', () => {
    const actions = files
      .filter((f) => /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
    for (const action of actions) expect(Object.keys(table), action).toContain(action);
  });

  it('allows only known roles, and never an empty list', () => {
    for (const roles of Object.values(table)) {
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) expect(allStaffRoles).toContain(role);
    }
  });
});
