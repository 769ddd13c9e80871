'use server';
// The local-help directory's server actions, through the action pipeline (../_lib/action.ts): session →
// 'manageHelpDirectory' → parse → context → write with its audit entry (lib/help) → back to the list.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { archiveHelpEntry, changeHelpEntry, createHelpEntry } from '@/lib/help/directory';
import { staffActor } from '@/lib/staff/deps';
import { helpEntryIdSchema, helpEntrySchema, readHelpEntryForm } from '@/lib/validation/help-directory';
import { formFields, refuse, type ActionResult } from '../_lib/action-result';
import { staffAction } from '../_lib/action';

function done(saved: number | string): never {
  revalidatePath('/admin/help-directory');
  redirect(`/admin/help-directory?saved=${saved}`);
}

export const createHelpEntryAction = staffAction({
  gate: 'manageHelpDirectory',
  input: helpEntrySchema,
  read: readHelpEntryForm,
  run: async (input, ctx): Promise<ActionResult<never>> => {
    const row = await createHelpEntry(ctx, staffActor(ctx.staff.userId), input);
    done(row.id);
  },
});

export const updateHelpEntryAction = staffAction({
  gate: 'manageHelpDirectory',
  input: helpEntrySchema.extend(helpEntryIdSchema.shape),
  read: (form) => ({ ...readHelpEntryForm(form), id: formFields(form).id }),
  run: async ({ id, ...input }, ctx): Promise<ActionResult<never>> => {
    const changed = await changeHelpEntry(ctx, staffActor(ctx.staff.userId), id, input);
    if (!changed.ok) return refuse('not_found', 'That entry no longer exists. Go back to the list.');
    done(id);
  },
});

/** Takes an entry off the public pages (`archived=true`) or puts it back. */
export const setHelpEntryArchivedAction = staffAction({
  gate: 'manageHelpDirectory',
  input: helpEntryIdSchema.extend({
    archived: z
      .string()
      .optional()
      .transform((v) => v === 'true'),
  }),
  run: async ({ id, archived }, ctx): Promise<ActionResult<{ message: string }>> => {
    const result = await archiveHelpEntry(ctx, staffActor(ctx.staff.userId), id, archived);
    if (!result.ok) return refuse('not_found', 'That entry no longer exists. Reload the page.');
    revalidatePath('/admin/help-directory');
    return { ok: true, data: { message: archived ? 'Removed from the public pages.' : 'Shown on the public pages again.' } };
  },
});
