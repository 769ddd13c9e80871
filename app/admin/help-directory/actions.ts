'use server';
// The local-help directory's server actions: guard → parse → write with its audit entry (lib/help) →
// back to the list. Every one reads a missing or malformed form as an empty one.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminContext } from '@/lib/admin/context';
import { archiveHelpEntry, changeHelpEntry, createHelpEntry } from '@/lib/help/directory';
import { staffActor } from '@/lib/staff/deps';
import { helpEntryIdSchema, helpEntrySchema, readHelpEntryForm } from '@/lib/validation/help-directory';
import { formFields, invalid, type ActionResult } from '../_lib/action-result';
import { authorizeAction } from '../_lib/guard';
import { helpDirectoryAccess } from './access';

const formOf = (submitted: unknown) => (submitted instanceof FormData ? submitted : new FormData());

async function deps() {
  const { db, auditKey } = await adminContext();
  return { db, auditKey };
}

function done(saved: number | string): never {
  revalidatePath('/admin/help-directory');
  redirect(`/admin/help-directory?saved=${saved}`);
}

export async function createHelpEntryAction(_previous: unknown, submitted: FormData): Promise<ActionResult<never>> {
  const gate = await authorizeAction(helpDirectoryAccess.createHelpEntryAction);
  if (!gate.ok) return gate;
  const parsed = helpEntrySchema.safeParse(readHelpEntryForm(formOf(submitted)));
  if (!parsed.success) return invalid(parsed.error.issues);
  const row = await createHelpEntry(await deps(), staffActor(gate.data.userId), parsed.data);
  done(row.id);
}

export async function updateHelpEntryAction(_previous: unknown, submitted: FormData): Promise<ActionResult<never>> {
  const gate = await authorizeAction(helpDirectoryAccess.updateHelpEntryAction);
  if (!gate.ok) return gate;
  const form = formOf(submitted);
  const id = helpEntryIdSchema.safeParse(formFields(form));
  if (!id.success) return invalid(id.error.issues);
  const parsed = helpEntrySchema.safeParse(readHelpEntryForm(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  const changed = await changeHelpEntry(await deps(), staffActor(gate.data.userId), id.data.id, parsed.data);
  if (!changed.ok) return { ok: false, error: { code: 'not_found', message: 'That entry no longer exists. Go back to the list.' } };
  done(id.data.id);
}

/** Takes an entry off the public pages (`archived=true`) or puts it back. */
export async function setHelpEntryArchivedAction(_previous: unknown, submitted: FormData): Promise<ActionResult<{ message: string }>> {
  const gate = await authorizeAction(helpDirectoryAccess.setHelpEntryArchivedAction);
  if (!gate.ok) return gate;
  const fields = formFields(formOf(submitted));
  const id = helpEntryIdSchema.safeParse(fields);
  if (!id.success) return invalid(id.error.issues);
  const archived = fields.archived === 'true';
  const result = await archiveHelpEntry(await deps(), staffActor(gate.data.userId), id.data.id, archived);
  if (!result.ok) return { ok: false, error: { code: 'not_found', message: 'That entry no longer exists. Reload the page.' } };
  revalidatePath('/admin/help-directory');
  return { ok: true, data: { message: archived ? 'Removed from the public pages.' : 'Shown on the public pages again.' } };
}
