// next-auth's own endpoints (session, csrf, the credentials callback, sign-out). The admin pages sign in
// and out through server actions (app/admin/**/actions.ts) that use the same configuration.
import { handlers } from '@/app/admin/_lib/auth';

export const { GET, POST } = handlers;
