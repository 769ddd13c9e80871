// Reads the written access policy (ARCHITECTURE.md, "Access policy of the staff area"): the oracle both
// app/admin/_lib/permission-tables.test.ts and e2e/admin-matrix.spec.ts check the code against. Nothing here imports the
// app's access constants; a role is a string as the policy writes it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const accessLevels = ['public', 'session', 'enrolment', 'password', 'any'] as const;
export type AccessLevel = (typeof accessLevels)[number];
/** An access level, or the roles (all of them, administrator included when it holds it) that pass. */
export type Allowed = AccessLevel | readonly string[];

export type HandlerStatuses = { permitted: number; signedOut: number; notEnrolled: number; generatedPassword: number; otherRoles: number };

export type WrittenPolicy = {
  /** permission → roles */
  permissions: Map<string, string[]>;
  /** 'page /admin/x' or 'action file#name' → access (permission name or level) */
  surfaces: Map<string, string>;
  /** 'GET /admin/x' → access and statuses */
  handlers: Map<string, { access: string; statuses: HandlerStatuses }>;
  /** What a surface's access means: a level, or the permission's roles. */
  allowedFor(access: string): Allowed;
};

function tableAfter(text: string, heading: string): string[][] {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`ARCHITECTURE.md has no "${heading}" section`);
  const rest = text.slice(start + heading.length + 2).split('\n');
  const rows: string[][] = [];
  let inTable = false;
  for (const line of rest) {
    if (line.startsWith('|')) {
      inTable = true;
      rows.push(
        line
          .slice(1, line.lastIndexOf('|'))
          .split('|')
          .map((c) => c.trim()),
      );
    } else if (inTable || line.startsWith('#')) break;
  }
  // Header and separator rows go.
  return rows.slice(2);
}

const roleList = (cell: string) => (cell === '—' || cell === '' ? [] : cell.split(',').map((r) => r.trim()));

// From the repository root, where vitest and Playwright both run (import.meta would make Playwright load this as ESM).
export function readWrittenPolicy(file = path.resolve('ARCHITECTURE.md')): WrittenPolicy {
  const text = readFileSync(file, 'utf8');
  const permissions = new Map<string, string[]>();
  for (const [name, roles] of tableAfter(text, '### Permissions')) {
    if (permissions.has(name!)) throw new Error(`ARCHITECTURE.md: permission ${name} twice`);
    permissions.set(name!, roleList(roles!));
  }
  const known = (access: string, where: string) => {
    if (!(accessLevels as readonly string[]).includes(access) && !permissions.has(access))
      throw new Error(`ARCHITECTURE.md: ${where} names ${access}, neither a permission nor an access level`);
  };
  const surfaces = new Map<string, string>();
  for (const [kind, what, access] of tableAfter(text, '### Surfaces')) {
    if (kind !== 'page' && kind !== 'action') throw new Error(`ARCHITECTURE.md: surface kind ${kind} (page or action)`);
    const key = `${kind} ${what}`;
    if (surfaces.has(key)) throw new Error(`ARCHITECTURE.md: ${key} twice`);
    known(access!, key);
    surfaces.set(key, access!);
  }
  const handlers = new Map<string, { access: string; statuses: HandlerStatuses }>();
  for (const [method, route, access, ...codes] of tableAfter(text, '### Route handlers: exact statuses')) {
    const key = `${method} ${route}`;
    known(access!, key);
    const [permitted, signedOut, notEnrolled, generatedPassword, otherRoles] = codes.map(Number);
    if ([permitted, signedOut, notEnrolled, generatedPassword, otherRoles].some((n) => !Number.isInteger(n)))
      throw new Error(`ARCHITECTURE.md: ${key} needs five statuses`);
    handlers.set(key, {
      access: access!,
      statuses: {
        permitted: permitted!,
        signedOut: signedOut!,
        notEnrolled: notEnrolled!,
        generatedPassword: generatedPassword!,
        otherRoles: otherRoles!,
      },
    });
  }
  return {
    permissions,
    surfaces,
    handlers,
    allowedFor: (access) => ((accessLevels as readonly string[]).includes(access) ? (access as AccessLevel) : permissions.get(access)!),
  };
}
