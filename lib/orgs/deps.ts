// What the organization area's sign-in and member management need from outside, passed in so the web app
// (server/orgs.ts) and tests each bring their own.
import type { Database, Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import type { Sealer } from '../crypto';
import type { OrgSignInKeys } from './keys';
import type { OrgSignInLimits } from './limits';
import type { OrgSessionDeps } from './session';

export type OrgConfig = {
  /** A sign-in link's life: at most 15 minutes (the table's check refuses more). */
  linkMinutes: number;
  /** The sign-in request answers no sooner than this, member or not (OWASP ASVS 5.0 6.3.8). */
  responseFloorMs: number;
  lockoutAttempts: number;
  lockoutMs: number;
};

export type OrgDeps = {
  db: Database;
  sealer: Sealer;
  auditKey: Buffer;
  keys: OrgSignInKeys;
  limits: OrgSignInLimits;
  enqueueGroups(groupKeys: string[]): Promise<void>;
  session: OrgSessionDeps['config'];
  config: OrgConfig;
  now(): Date;
  log(event: string, detail: Record<string, string | number>): void;
};

export type Result<T, E extends string = string> = { ok: true; data: T } | { ok: false; error: E };

/** The audit actor for a member: their id, never their email. */
export const memberActor = (memberId: number) => `org-member:${memberId}`;

export function sessionDepsOf(deps: Pick<OrgDeps, 'db' | 'session' | 'now'>): OrgSessionDeps {
  return { db: deps.db, config: deps.session, now: deps.now };
}

/** An organization's audit entry: ids only in `detail`, always with the organization's id (its activity log filters on it). */
export function auditOrg(
  deps: Pick<OrgDeps, 'auditKey'>,
  tx: Executor,
  entry: { actor: string; action: string; outcome: string; orgId: number; detail?: Record<string, string | number | boolean> },
) {
  return appendAudit(tx, deps.auditKey, {
    actor: entry.actor,
    action: entry.action,
    outcome: entry.outcome,
    detail: { orgId: entry.orgId, ...entry.detail },
  });
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
