// The written policy (./policy.ts) against the code: every page, route handler and server action under
// app/admin has an entry; each action's pipeline gate is the entry's; and each entry grants exactly what
// the authorization matrix (e2e/admin/access-matrix.ts, read from the written policy in ARCHITECTURE.md)
// expects, for every role: the code's table is checked against the written one, never its own oracle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchCommandPermission, batchCommands } from '@/lib/admin/batches';
import { roleMayUse, staffRoles, type StaffRole } from '@/lib/staff/roles';
import { adminActions, adminPages, adminRouteHandlers, type Allowed } from '../../../e2e/admin/access-matrix';
import { discoverActions, discoverPages, discoverRouteHandlers } from '../../../e2e/admin/discover';
import { resolveGate, staffPolicy, type ResolvedAccess } from './policy';

/** Who gets in, per role and stage: two spellings of access are the same when this is. */
function grants(access: ResolvedAccess | Allowed): Record<string, boolean | string> {
  if (typeof access === 'string') return { stage: access };
  return Object.fromEntries(staffRoles.map((r) => [r, roleMayUse(r, access as readonly StaffRole[])]));
}

describe('the staff policy', () => {
  it('has an entry for every page, route handler and server action under app/admin, and no other', () => {
    expect(Object.keys(staffPolicy.pages).sort()).toEqual([...discoverPages()].sort());
    expect(Object.keys(staffPolicy.routeHandlers).sort()).toEqual([...discoverRouteHandlers()].sort());
    expect(Object.keys(staffPolicy.actions).sort()).toEqual(discoverActions().actions);
  });

  it('grants what the authorization matrix expects, entry by entry', () => {
    const pairs: [string, ResolvedAccess, Allowed | undefined][] = [
      ...Object.entries(staffPolicy.pages).map(
        ([k, g]) => [`page ${k}`, resolveGate(g), adminPages[k]?.allowed] as [string, ResolvedAccess, Allowed | undefined],
      ),
      ...Object.entries(staffPolicy.routeHandlers).map(
        ([k, g]) => [`route ${k}`, resolveGate(g), adminRouteHandlers[k]?.allowed] as [string, ResolvedAccess, Allowed | undefined],
      ),
      ...Object.entries(staffPolicy.actions).map(
        ([k, g]) => [`action ${k}`, resolveGate(g), adminActions[k]] as [string, ResolvedAccess, Allowed | undefined],
      ),
    ];
    const seen = Object.fromEntries(pairs.map(([k, ours]) => [k, grants(ours)]));
    const want = Object.fromEntries(pairs.map(([k, , theirs]) => [k, theirs === undefined ? 'missing from the matrix' : grants(theirs)]));
    expect(seen).toEqual(want);
  });

  it('names the gate each action passes to the pipeline', () => {
    const gates: Record<string, string> = {};
    for (const key of Object.keys(staffPolicy.actions)) {
      const [file, name] = key.split('#') as [string, string];
      const text = readFileSync(file, 'utf8');
      const direct = new RegExp(`export const ${name} = staffAction\\(\\{\\s*gate: '([A-Za-z]+)'`).exec(text);
      const command = new RegExp(`export const ${name} = command\\('([a-z]+)'\\)`).exec(text);
      if (direct) gates[key] = direct[1]!;
      else if (command && (batchCommands as readonly string[]).includes(command[1]!))
        gates[key] = batchCommandPermission[command[1] as (typeof batchCommands)[number]];
      else gates[key] = 'outside the pipeline';
    }
    // Signing in and out are the session's own doors, not staff actions: they stay outside the pipeline.
    const outside = ['public', 'session'];
    expect(gates).toEqual(
      Object.fromEntries(Object.entries(staffPolicy.actions).map(([k, g]) => [k, outside.includes(g) ? 'outside the pipeline' : g])),
    );
  });
});
