/**
 * The admin guard: every admin page, route handler and server action calls one of these first, on the
 * server, every time. `access` is 'any' (any signed-in, enrolled staff member) or a list of roles;
 * administrators pass every role check (lib/staff/roles.ts). A user who has not enrolled a second factor
 * reaches nothing but /admin/enrol.
 *
 *   // page or layout: redirects to /admin/sign-in (anonymous, expired) or /admin/enrol, or renders the 403 page
 *   const staff = await requireStaff(['notice_operator']);
 *
 *   // server action ('use server' file): the pipeline (./action.ts) checks a permission of the table
 *   export const pauseBatch = staffAction({ gate: 'manageBatches', input, run });
 *
 *   // route handler: the same table; 401 JSON when anonymous, 403 JSON for the wrong role
 *   const gate = await authorizeRequest('readAudit');
 *   if (gate instanceof Response) return gate;
 *
 * Add every new page, route handler and exported server action under app/admin to the authorization
 * matrix in e2e/admin/access-matrix.ts; e2e/admin-matrix.spec.ts fails until you do.
 */
import { forbidden, redirect } from 'next/navigation';
import { decideAccess, type AccessDecision } from '@/lib/staff/access';
import type { Access } from '@/lib/staff/roles';
import type { StaffIdentity } from '@/lib/staff/sign-in';
import { auth, type StaffSessionPayload } from './auth';
import { permissions, type Permission } from '@/lib/admin/permissions';
import { refusalMessages, type ActionResult } from './action-result';

export type { Access, StaffIdentity };

/** The signed-in staff member, or null. Confirms the session row is live and touches it. */
export async function currentStaff(): Promise<StaffIdentity | null> {
  const session = (await auth()) as StaffSessionPayload | null;
  const s = session?.staff;
  return s ? { ...s, sessionStartedAt: new Date(s.sessionStartedAt) } : null;
}

/** `access`: a permission of the table, 'any', or a list of roles (the access tables in app/admin/*). */
export async function requireStaff(access: Access | Permission = 'any'): Promise<StaffIdentity> {
  const who = await currentStaff();
  const decision = decideAccess(who, typeof access === 'string' && access !== 'any' ? permissions[access] : access);
  if (decision === 'allow') return who!;
  if (decision === 'sign_in') redirect('/admin/sign-in');
  if (decision === 'enrol') redirect('/admin/enrol');
  if (decision === 'change_password') redirect('/admin/password');
  forbidden();
}

/** For the enrolment page only: a signed-in user who has not enrolled yet. */
export async function requireEnrollingStaff(): Promise<StaffIdentity> {
  const who = await currentStaff();
  const decision = decideAccess(who, 'any', { enrolment: true });
  if (decision === 'sign_in') redirect('/admin/sign-in');
  if (decision === 'enrolled_already') redirect('/admin');
  return who!;
}

/** For the password page only: any signed-in, enrolled user, whether or not they must change it. */
export async function requirePasswordChanger(): Promise<StaffIdentity> {
  const who = await currentStaff();
  const decision = decideAccess(who, 'any', { passwordChange: true });
  if (decision === 'sign_in') redirect('/admin/sign-in');
  if (decision === 'enrol') redirect('/admin/enrol');
  return who!;
}

/** A permission of the table (lib/admin/permissions.ts), or a session stage that is not a role. */
export type Gate = Permission | 'enrolment' | 'password';

/** Step 2: the session stage or the permission's roles, as one access decision. */
export function decideGate(staff: StaffIdentity | null, gate: Gate): AccessDecision {
  if (gate === 'enrolment') return decideAccess(staff, 'any', { enrolment: true });
  if (gate === 'password') return decideAccess(staff, 'any', { passwordChange: true });
  return decideAccess(staff, permissions[gate]);
}

/** A refused access decision as the result every action answers (the matrix reads `error.code`). */
export function refusalOf(decision: Exclude<AccessDecision, 'allow'>): {
  ok: false;
  error: { code: 'unauthenticated' | 'forbidden'; message: string };
} {
  if (decision === 'sign_in' || decision === 'enrol')
    return { ok: false, error: { code: 'unauthenticated', message: refusalMessages.unauthenticated } };
  return {
    ok: false,
    error: { code: 'forbidden', message: decision === 'change_password' ? refusalMessages.change_password : refusalMessages.forbidden },
  };
}

/** A server action's first two steps; the action pipeline (./action.ts) is the only caller. */
export async function authorizeAction(gate: Gate): Promise<ActionResult<StaffIdentity>> {
  const who = await currentStaff();
  const decision = decideGate(who, gate);
  return decision === 'allow' ? { ok: true, data: who! } : refusalOf(decision);
}

/** A route handler's check against the same permission table: 401 JSON when anonymous, 403 for the wrong role. */
export async function authorizeRequest(permission: Permission): Promise<StaffIdentity | Response> {
  const gate = await authorizeAction(permission);
  if (gate.ok) return gate.data;
  const status = gate.error.code === 'unauthenticated' ? 401 : 403;
  return Response.json({ error: gate.error.message }, { status, headers: { 'Cache-Control': 'no-store' } });
}
