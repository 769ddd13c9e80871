// The audit log viewer: filtered pages and an on-demand walk of the hash chain (the same verifier the
// hourly job runs), recorded in the log like the hourly one.
import { z } from 'zod';
import type { Database } from '../../db/index';
import { appendAudit, verifyAuditChain, type AuditVerification } from '../../db/queries/audit';
import { searchAuditLog, type AuditFilter, type AuditPage } from '../../db/queries/audit-search';
import type { StaffPrincipal } from '../staff/principal';
import { allows } from './permissions';
import { fail, type Result } from './roles';

export type AuditDeps = { db: Database; auditKey: Buffer };

export const AUDIT_PAGE_SIZE = 50;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter dates as YYYY-MM-DD.')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'That date does not exist.');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const auditFilterSchema = z
  .object({
    from: optional(day),
    to: optional(day),
    actor: optional(z.string().trim().max(200, 'An actor is at most 200 characters.')),
    action: optional(
      z
        .string()
        .trim()
        .regex(/^[a-z_.]{1,80}$/, 'Choose an action from the list.'),
    ),
    recordId: optional(
      z.coerce
        .number({ error: 'A record id is a whole number.' })
        .int('A record id is a whole number.')
        .positive('A record id is a whole number.'),
    ),
    outcome: optional(
      z
        .string()
        .trim()
        .regex(/^[a-z_]{1,40}$/, 'An outcome is a word such as ok, denied or broken.'),
    ),
    before: optional(z.coerce.number().int().positive()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The start date is after the end date.', path: ['to'] });
export type AuditQuery = z.infer<typeof auditFilterSchema>;

export function toAuditFilter(q: AuditQuery): AuditFilter {
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);
  return {
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    // The end date is included: everything before the next day's midnight (UTC).
    to: q.to ? next(q.to) : undefined,
    actor: q.actor,
    action: q.action,
    recordId: q.recordId,
    outcome: q.outcome,
  };
}

export async function searchAudit(
  deps: AuditDeps,
  who: StaffPrincipal,
  input: unknown,
): Promise<Result<AuditPage & { query: AuditQuery }>> {
  if (!allows(who, 'readAudit')) return fail('Your role cannot read the audit log.');
  const parsed = auditFilterSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const page = await searchAuditLog(deps.db, toAuditFilter(parsed.data), { before: parsed.data.before, size: AUDIT_PAGE_SIZE });
  return { ok: true, data: { ...page, query: parsed.data } };
}

export async function verifyChainNow(deps: AuditDeps, who: StaffPrincipal): Promise<Result<AuditVerification>> {
  if (!allows(who, 'readAudit')) return fail('Your role cannot verify the audit log.');
  const result = await verifyAuditChain(deps.db, deps.auditKey);
  await appendAudit(deps.db, deps.auditKey, {
    actor: who.staffId,
    action: 'audit.chain_verified',
    outcome: result.ok ? 'ok' : 'broken',
    detail: result.ok ? { checked: result.checked } : { checked: result.checked, brokenAtId: result.brokenAtId, problem: result.problem },
  });
  return { ok: true, data: result };
}
