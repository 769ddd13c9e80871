// next-auth v5 for staff: a Credentials provider (email, password, and a TOTP or recovery code) and the
// JWT strategy, whose token carries only the staff session id. Every `auth()` call runs the jwt callback,
// which checks that session row is live (lib/staff readStaffSession: not revoked, user not disabled, idle
// and absolute timeouts) and touches it; a dead session makes `auth()` return null. Use the guard
// (./guard.ts), not `auth()` directly.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { clientAddressFrom } from '@/lib/self-check/client-address';
import { getStaffDeps } from '@/server/staff';
import { readStaffSession, signInStaff, type StaffIdentity } from '@/lib/staff/sign-in';
import { signInSchema } from '@/lib/validation/staff';

/** What `auth()` hands the guard (through JSON, so the date is a string). */
export type StaffSessionPayload = { staff: (Omit<StaffIdentity, 'sessionStartedAt'> & { sessionStartedAt: string }) | null };

/** Too many failed sign-ins from the client's address; `code` reaches the sign-in action. */
export class AddressLimitedSignIn extends CredentialsSignin {
  code = 'address_limited';
}

// The jwt callback's finding for a token, for the session callback of the same call.
const checked = new WeakMap<object, StaffIdentity>();

function config(): NextAuthConfig {
  const e = env();
  const secure = e.PORTAL_URL.startsWith('https:');
  const maxAge = e.STAFF_ABSOLUTE_HOURS * 3600;
  return {
    secret: e.secrets.authSecret,
    // Behind our own proxy the Host header is the portal's; redirects go to relative /admin paths only.
    trustHost: true,
    basePath: '/api/auth',
    useSecureCookies: secure,
    session: { strategy: 'jwt', maxAge },
    cookies: {
      sessionToken: {
        name: `${secure ? '__Secure-' : ''}dc-staff.session-token`,
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    pages: { signIn: '/admin/sign-in', error: '/admin/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {} },
        // Both ways in end here: the sign-in page's server action and a direct POST to next-auth's callback.
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) throw new CredentialsSignin();
          const address = clientAddressFrom(request.headers, e.TRUSTED_PROXY_HOPS);
          const result = await signInStaff(await getStaffDeps(), parsed.data, { address });
          if (!result.ok) throw result.error === 'address_limited' ? new AddressLimitedSignIn() : new CredentialsSignin();
          return { id: result.data.sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) return { sid: user.id };
        const sid = typeof token.sid === 'string' ? token.sid : null;
        const who = sid ? await readStaffSession(await getStaffDeps(), sid) : null;
        if (!who) return null;
        const next = { sid: who.sessionId };
        checked.set(next, who);
        return next;
      },
      session({ session, token }) {
        return { expires: session.expires, staff: checked.get(token) ?? null } as never;
      },
    },
    logger: {
      // A failed sign-in is expected and already audited; other errors go to the operator's log.
      error(error) {
        if (error instanceof CredentialsSignin || error.name === 'CredentialsSignin') return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
      warn() {},
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
