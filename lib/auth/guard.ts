// SHIM: replaced at merge by the admin-auth branch
// Stands in for staff sign-in until it lands: grants the role named by ADMIN_SHIM_ROLE, and only when
// APP_ENV is development or test. Anywhere else (production above all) everyone is signed out.
import { forbidden, redirect } from 'next/navigation';
import { env, type Env } from '../env';

export type StaffRole = 'administrator' | 'notice_operator' | 'claims_reviewer' | 'auditor';
export type StaffPrincipal = { staffId: string; role: StaffRole; email: string };

export const staffRoles: readonly StaffRole[] = ['administrator', 'notice_operator', 'claims_reviewer', 'auditor'];

type Decision = { kind: 'ok'; principal: StaffPrincipal } | { kind: 'signed_out' } | { kind: 'forbidden' };

/** The shim's whole decision, apart from Next.js, so a test can show it never grants in production. */
export function decideShimAccess(e: Pick<Env, 'APP_ENV' | 'ADMIN_SHIM_ROLE'>, roles?: readonly StaffRole[]): Decision {
  const role = e.ADMIN_SHIM_ROLE;
  if (!role || (e.APP_ENV !== 'development' && e.APP_ENV !== 'test')) return { kind: 'signed_out' };
  if (roles && !roles.includes(role)) return { kind: 'forbidden' };
  return { kind: 'ok', principal: { staffId: `shim-${role}`, role, email: `${role}@shim.invalid` } };
}

/** Pages and server actions: signed-out → redirect('/admin/sign-in'); wrong role → forbidden (403). */
export async function requireStaff(roles?: readonly StaffRole[]): Promise<StaffPrincipal> {
  const d = decideShimAccess(env(), roles);
  if (d.kind === 'signed_out') redirect('/admin/sign-in');
  if (d.kind === 'forbidden') forbidden();
  return d.principal;
}

/** Route handlers: a principal, or a Response (401/403) to return as is. */
export async function staffForRoute(roles?: readonly StaffRole[]): Promise<StaffPrincipal | Response> {
  const d = decideShimAccess(env(), roles);
  if (d.kind === 'signed_out') return new Response('Sign in first.', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  if (d.kind === 'forbidden') return new Response('Your role does not allow this.', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  return d.principal;
}
