// SHIM: replaced at merge by the admin-auth branch
// Staff sign-in is built on another branch. Until it lands, this stand-in lets the admin area run in
// development and tests: with APP_ENV development or test AND ADMIN_SHIM_ROLE set, every request acts as
// the staff member `shim-<role>`; otherwise everyone is sent to sign in. It never grants anything in production.
import { connection } from 'next/server';
import { forbidden, redirect } from 'next/navigation';
import { env } from '../env';

export type StaffRole = 'administrator' | 'notice_operator' | 'claims_reviewer' | 'auditor';
export type StaffPrincipal = { staffId: string; role: StaffRole; email: string };

function shimPrincipal(): StaffPrincipal | null {
  const e = env();
  if (e.APP_ENV === 'production' || !e.ADMIN_SHIM_ROLE) return null;
  const role = e.ADMIN_SHIM_ROLE;
  return { staffId: `shim-${role}`, role, email: `${role.replace('_', '-')}@shim.invalid` };
}

/** Pages and server actions: signed-out → redirect('/admin/sign-in'); wrong role → forbidden (403). */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffPrincipal> {
  // The answer depends on the request (a session, once sign-in lands): never prerender it.
  await connection();
  const principal = shimPrincipal();
  if (!principal) redirect('/admin/sign-in');
  if (roles && !roles.includes(principal.role)) forbidden();
  return principal;
}

/** Route handlers: a principal, or a Response (401/403) to return as is. */
export async function staffForRoute(roles?: readonly StaffRole[]): Promise<StaffPrincipal | Response> {
  const principal = shimPrincipal();
  if (!principal) return Response.json({ error: 'Sign in first.' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  if (roles && !roles.includes(principal.role)) {
    return Response.json({ error: 'Your role does not allow this.' }, { status: 403, headers: { 'Cache-Control': 'no-store' } });
  }
  return principal;
}
