// The code's permission lists and access tables, role by role, against the written policy in
// ARCHITECTURE.md (parsed by e2e/admin/policy.ts). The written table is the oracle: a wrong role in the code
// fails here, in seconds; e2e/admin-matrix.spec.ts checks the running server against the same table.
import { describe, expect, it } from 'vitest';
import { batchesAccess } from '../batches/access';
import { claimsAccess } from '../claims/access';
import { dashboardAccess } from '../dashboard/access';
import { disposalAccess } from '../disposal/access';
import { helpDirectoryAccess } from '../help-directory/access';
import { lettersAccess } from '../letters/access';
import { outboxAccess } from '../outbox/access';
import { paymentsAccess } from '../payments/access';
import { organizationsAccess } from '../organizations/access';
import { readWrittenPolicy } from '../../../e2e/admin/policy';
import { roleMayUse, staffRoles, type StaffRole } from '../../../lib/staff/roles';
import { allows, permissions, type Permission } from '../../../lib/admin/permissions';

const policy = readWrittenPolicy();
const written = (permission: string) => {
  const roles = policy.permissions.get(permission);
  expect(roles, `ARCHITECTURE.md has no row for permission ${permission}`).toBeDefined();
  return [...roles!].sort();
};
const holders = (may: (role: StaffRole) => boolean) => staffRoles.filter(may).sort();

describe('the code grants what the written access policy says (ARCHITECTURE.md)', () => {
  it('names only roles that exist', () => {
    for (const [name, roles] of policy.permissions) for (const r of roles) expect(staffRoles, `permission ${name}`).toContain(r);
  });

  it.each(Object.keys(permissions))('permission %s (lib/admin/permissions.ts)', (name) => {
    expect(holders((role) => allows({ role }, name as Permission))).toEqual(written(name));
  });

  // Each area's access table (page route or action name → roles) against the surface's row.
  const areas: [string, string, Record<string, readonly StaffRole[]>][] = [
    ['batches', 'app/admin/batches/actions.ts', batchesAccess],
    ['disposal', 'app/admin/disposal/actions.ts', disposalAccess],
    ['outbox', '', outboxAccess],
    ['dashboard', '', dashboardAccess],
    ['help-directory', 'app/admin/help-directory/actions.ts', helpDirectoryAccess],
    ['letters', 'app/admin/letters/actions.ts', lettersAccess],
    ['claims', 'app/admin/claims/actions.ts', claimsAccess],
    ['payments', 'app/admin/payments/actions.ts', paymentsAccess],
    ['organizations', 'app/admin/organizations/actions.ts', organizationsAccess],
  ];
  for (const [area, actionsFile, table] of areas) {
    it.each(Object.keys(table))(`${area}: %s`, (key) => {
      const surface = key.startsWith('/') ? `page ${key}` : `action ${actionsFile}#${key}`;
      const access = policy.surfaces.get(surface);
      expect(access, `ARCHITECTURE.md has no row for ${surface}`).toBeDefined();
      const allowed = policy.allowedFor(access!);
      expect(typeof allowed, `${surface} is guarded by roles in the code`).not.toBe('string');
      expect(holders((role) => roleMayUse(role, table[key]!))).toEqual([...(allowed as string[])].sort());
    });
  }

  it('has no permission row that the code and the surfaces both lack', () => {
    const used = new Set([...policy.surfaces.values(), ...[...policy.handlers.values()].map((h) => h.access)]);
    const inCode = new Set(Object.keys(permissions));
    expect([...policy.permissions.keys()].filter((p) => !used.has(p) && !inCode.has(p))).toEqual([]);
  });
});
