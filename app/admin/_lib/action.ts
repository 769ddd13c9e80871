/**
 * THE staff action pipeline: every server action under app/admin that acts as a staff member is
 * `staffAction({...})`, and every call goes through the same five steps, in this order:
 *
 *   1. principal   from the server-side session (next-auth → the live staff session row), never from ids
 *                  the client sent;
 *   2. permission  checked against the one permission table (lib/admin/permissions.ts), or the two session
 *                  stages that are not roles ('enrolment': not yet enrolled; 'password': may still have to
 *                  replace a generated password);
 *   3. input       parsed once with zod (`input`) from the form (`read`, by default its text fields);
 *   4. context     built once: the admin context (database, audit key, sealer, hasher, queues) and the
 *                  staff services' dependencies, with the principal;
 *   5. run         the action's own work, which answers one ActionResult (./action-result.ts); a refusal
 *                  becomes its sentence there, and an unexpected error becomes a 'failed' result whose
 *                  reference is in the operator's log.
 *
 *   export const pauseBatch = staffAction({
 *     gate: 'manageBatches',
 *     input: z.object({ batchId: z.number().nullable() }),
 *     read: (form) => ({ batchId: positiveId(form.get('batchId')) }),
 *     run: async ({ batchId }, ctx) => fromService(await runBatchCommandAsStaff(ctx, ctx.principal, 'pause', batchId)),
 *   });
 *
 * Why our own ~60 lines and not next-safe-action: the actions here are React form actions
 * (`(previousState, formData)`, used with useActionState) that must answer the same ActionResult the
 * forms and the authorization matrix already read (`error.code`), keep the form's values on a refusal, and
 * let next's redirect() through; next-safe-action has its own result shape (`{ data, serverError,
 * validationErrors }`), a bound-argument calling convention and middleware chain we would wrap on both
 * sides, and one more dependency to keep in step with Next 16 / zod 4, for what is one function here.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { AdminContext } from '@/lib/admin/context';
import { adminContext } from '@/server/admin-context';
import type { Hasher } from '@/lib/crypto';
import { getHasher } from '@/lib/keys';
import type { StaffDeps } from '@/lib/staff/deps';
import { principalOf, type StaffPrincipal } from '@/lib/staff/principal';
import { getStaffDeps } from '@/server/staff';
import type { StaffIdentity } from '@/lib/staff/sign-in';
import { formFields, invalid, refuse, refusalMessages, type ActionResult } from './action-result';
import { currentStaff, decideGate, refusalOf, type Gate } from './guard';

export type { Gate };

export type StaffActionContext = AdminContext & { hasher: Hasher; staffDeps: StaffDeps; staff: StaffIdentity; principal: StaffPrincipal };

export type StaffActionDefinition<S extends z.ZodType, T> = {
  gate: Gate;
  input: S;
  /** What the schema parses; by default the form's text fields. */
  read?: (form: FormData) => unknown;
  /** What every refusal carries back to the form (its values), whichever step refused. */
  keep?: (form: FormData) => Partial<T>;
  run: (input: z.output<S>, ctx: StaffActionContext, form: FormData) => Promise<ActionResult<T>>;
};

export function staffAction<S extends z.ZodType, T>(
  definition: StaffActionDefinition<S, T>,
): (previous: unknown, submitted?: unknown) => Promise<ActionResult<T>> {
  const { gate, input, read = formFields, keep, run } = definition;
  return async (_previous, submitted) => {
    // A call without a form (the authorization matrix makes one) reads as an empty form.
    const form = submitted instanceof FormData ? submitted : new FormData();
    const kept = (result: ActionResult<T>): ActionResult<T> =>
      result.ok || !keep ? result : { ...result, keep: { ...keep(form), ...result.keep } };
    const staff = await currentStaff();
    const decision = decideGate(staff, gate);
    if (decision !== 'allow') return kept(refusalOf(decision));
    const parsed = input.safeParse(read(form));
    if (!parsed.success) return kept(invalid(parsed.error.issues));
    const ctx: StaffActionContext = {
      ...(await adminContext()),
      hasher: getHasher(),
      staffDeps: await getStaffDeps(),
      staff: staff!,
      principal: principalOf(staff!),
    };
    try {
      return kept(await run(parsed.data, ctx, form));
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and Next's own signals pass through
      const reference = randomUUID();
      console.error(`[action ${reference}] ${gate}:`, error);
      return kept(refuse('failed', `${refusalMessages.failed} ${reference}.`));
    }
  };
}
