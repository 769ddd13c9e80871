/**
 * The admin guard: every admin page, route handler and server action calls one of these first, on the
 * server, every time. `access` is 'any' (any signed-in, enrolled staff member) or a list of roles;
 * administrators pass every role check (lib/staff/roles.ts). A user who has not enrolled a second factor
 * reaches nothing but /admin/enrol.
 *
 *   // page or layout: redirects to /admin/sign-in (anonymous, expired) or /admin/enrol, or renders the 403 page
 *   const staff = await requireStaff(['notice_operator']);
 *
 *   // server action ('use server' file): check the role first, then parse, write, enqueue
 *   const gate = await authorizeAction(['notice_operator']);
 *   if (!gate.ok) return gate;                  // { ok: false, error: { code: 'unauthenticated' | 'forbidden', message } }
 *   const staff = gate.data;                    // staff.userId for audit actors: staffActor(staff.userId)
 *
 *   // route handler: 401 JSON when anonymous, 403 JSON for the wrong role
 *   const gate = await authorizeRequest(['auditor']);
 *   if (gate instanceof Response) return gate;
 *
 * Add every new page, route handler and exported server action under app/admin to the authorization
 * matrix in e2e/admin/access-matrix.ts; e2e/admin-matrix.spec.ts fails until you do.
 */
import { forbidden, redirect } from 'next/navigation';
import { decideAccess } from '@/lib/staff/access';
import type { Access } from '@/lib/staff/roles';
import type { StaffIdentity } from '@/lib/staff/sign-in';
import { auth, type StaffSessionPayload } from './auth';
import type { ActionResult } from './action-result';

export type { Access, StaffIdentity };

/** The signed-in staff member, or null. Confirms the session row is live and touches it. */
export async function currentStaff(): Promise<StaffIdentity | null> {
  const session = (await auth()) as StaffSessionPayload | null;
  const s = session?.staff;
  return s ? { ...s, sessionStartedAt: new Date(s.sessionStartedAt) } : null;
}

export async function requireStaff(access: Access = 'any'): Promise<StaffIdentity> {
  const who = await currentStaff();
  const decision = decideAccess(who, access);
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

const refusals = {
  unauthenticated: 'Your session has ended or you are not signed in. Sign in again.',
  forbidden: 'Your role does not allow this.',
  change_password: 'Choose your own password first, on the page "Change your password".',
} as const;

export async function authorizeAction(
  access: Access = 'any',
  options: { enrolment?: boolean; passwordChange?: boolean } = {},
): Promise<ActionResult<StaffIdentity>> {
  const who = await currentStaff();
  const decision = decideAccess(who, access, options);
  if (decision === 'allow') return { ok: true, data: who! };
  const code = decision === 'sign_in' || decision === 'enrol' ? 'unauthenticated' : 'forbidden';
  return { ok: false, error: { code, message: decision === 'change_password' ? refusals.change_password : refusals[code] } };
}

export async function authorizeRequest(access: Access = 'any'): Promise<StaffIdentity | Response> {
  const gate = await authorizeAction(access);
  if (gate.ok) return gate.data;
  const status = gate.error.code === 'unauthenticated' ? 401 : 403;
  return Response.json({ error: gate.error.message }, { status, headers: { 'Cache-Control': 'no-store' } });
}
