import { and, arrayContains, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../index';
import { helpDirectoryEntries, type HelpDirectoryEntry } from '../schema';

export type HelpEntryValues = Pick<
  HelpDirectoryEntry,
  'organization' | 'languages' | 'states' | 'counties' | 'phone' | 'address' | 'hours' | 'cost' | 'synthetic'
>;

/** Every entry for the staff list, removed ones last. */
export async function listHelpEntries(db: Executor): Promise<HelpDirectoryEntry[]> {
  return db
    .select()
    .from(helpDirectoryEntries)
    .orderBy(sql`${helpDirectoryEntries.archivedAt} is not null`, asc(helpDirectoryEntries.organization), asc(helpDirectoryEntries.id));
}

export async function findHelpEntry(db: Executor, id: number): Promise<HelpDirectoryEntry | undefined> {
  const [row] = await db.select().from(helpDirectoryEntries).where(eq(helpDirectoryEntries.id, id));
  return row;
}

export async function insertHelpEntry(db: Executor, values: HelpEntryValues): Promise<HelpDirectoryEntry> {
  const [row] = await db.insert(helpDirectoryEntries).values(values).returning();
  return row!;
}

export async function insertHelpEntries(db: Executor, values: HelpEntryValues[]): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await db.insert(helpDirectoryEntries).values(values).returning({ id: helpDirectoryEntries.id });
  return rows.length;
}

export async function updateHelpEntry(db: Executor, id: number, values: HelpEntryValues): Promise<HelpDirectoryEntry | undefined> {
  const [row] = await db
    .update(helpDirectoryEntries)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(helpDirectoryEntries.id, id))
    .returning();
  return row;
}

/** Removes an entry from the public pages (archived) or brings it back; undefined when there is no such entry. */
export async function setHelpEntryArchived(db: Executor, id: number, archived: boolean): Promise<HelpDirectoryEntry | undefined> {
  const [row] = await db
    .update(helpDirectoryEntries)
    .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
    .where(eq(helpDirectoryEntries.id, id))
    .returning();
  return row;
}

/** The entries in the directory that serve `state` and speak `language`, by name. */
export async function findLocalHelp(db: Executor, where: { state: string; language: string }): Promise<HelpDirectoryEntry[]> {
  return db
    .select()
    .from(helpDirectoryEntries)
    .where(
      and(
        isNull(helpDirectoryEntries.archivedAt),
        arrayContains(helpDirectoryEntries.states, [where.state]),
        arrayContains(helpDirectoryEntries.languages, [where.language]),
      ),
    )
    .orderBy(asc(helpDirectoryEntries.organization), asc(helpDirectoryEntries.id));
}

export async function countHelpEntries(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(helpDirectoryEntries);
  return Number(row?.n ?? 0);
}
