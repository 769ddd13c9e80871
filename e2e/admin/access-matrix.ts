// THE authorization matrix of the staff area: every page, route handler and exported server action under
// app/admin, and who may use it. Who may use what comes from the written policy (ARCHITECTURE.md, "Access
// policy of the staff area", read by ./policy.ts), never from the app's own access constants: the test
// checks the code against the policy, so the policy cannot be its own oracle. What stays here is how to
// reach each thing: a path for a dynamic segment ('{upload}', '{batch}', '{certification}', '{outbox}'
// stand for rows the spec creates first) and the methods of a route handler.
//
// e2e/admin-matrix.spec.ts fails when something under app/admin is missing from the policy, and checks each
// entry for the anonymous, and for each role: a member, one who has not enrolled, one who must still
// replace a generated password.
import { readWrittenPolicy, type Allowed, type HandlerStatuses } from './policy';

export type { Allowed } from './policy';

const policy = readWrittenPolicy();

const paths: Record<string, string> = {
  '/admin/records/[id]': '/admin/records/1',
  '/admin/imports/[id]': '/admin/imports/{upload}',
  '/admin/batches/[id]': '/admin/batches/{batch}',
  '/admin/batches/[id]/preview': '/admin/batches/{batch}/preview',
  '/admin/disposal/[id]': '/admin/disposal/{certification}',
  '/admin/outbox/[id]': '/admin/outbox/{outbox}',
  '/admin/help-directory/[id]': '/admin/help-directory/1',
  '/admin/claims/[id]': '/admin/claims/{claim}',
  '/admin/organizations/[id]': '/admin/organizations/{organization}',
  '/admin/imports/[id]/progress': '/admin/imports/{upload}/progress',
  '/admin/imports/[id]/rejects': '/admin/imports/{upload}/rejects',
  '/admin/queues/[[...path]]': '/admin/queues',
  // No such print file: the permitted answer is 404, and nothing is downloaded.
  '/admin/letters/files/[id]/[part]': '/admin/letters/files/999999999/pdf',
  // No such payment export: the permitted answer is 404, and nothing is downloaded.
  '/admin/payments/exports/[id]/file': '/admin/payments/exports/999999999/file',
  // No such claim document: the permitted answer is 404.
  '/admin/claims/[id]/documents/[documentId]': '/admin/claims/999999999/documents/999999999',
};

export const adminPages: Record<string, { allowed: Allowed; path?: string }> = Object.fromEntries(
  [...policy.surfaces]
    .filter(([k]) => k.startsWith('page '))
    .map(([k, access]) => {
      const route = k.slice('page '.length);
      return [route, { allowed: policy.allowedFor(access), path: paths[route] }];
    }),
);

export const adminRouteHandlers: Record<
  string,
  { allowed: Allowed; path?: string; methods: readonly string[]; statuses: Record<string, HandlerStatuses> }
> = {};
for (const [key, { access, statuses }] of policy.handlers) {
  const [method, route] = key.split(' ') as [string, string];
  const entry = (adminRouteHandlers[route] ??= { allowed: policy.allowedFor(access), path: paths[route], methods: [], statuses: {} });
  entry.methods = [...entry.methods, method];
  entry.statuses[method] = statuses;
}

export const adminActions: Record<string, Allowed> = Object.fromEntries(
  [...policy.surfaces]
    .filter(([k]) => k.startsWith('action '))
    .map(([k, access]) => [k.slice('action '.length), policy.allowedFor(access)]),
);
