// The local-help directory's rules: administrators add, change, remove and restore entries, each change
// written in the same transaction as its audit entry (actor = staff id; the detail names the entry and
// which fields changed, never a value, so the log stays small and free of anything to misquote). The
// result page reads the entries serving a person's state in their language.
import type { Database, Executor } from '../../db/index';
import { appendAudit } from '../../db/queries/audit';
import {
  countHelpEntries,
  findHelpEntry,
  findLocalHelp,
  insertHelpEntries,
  insertHelpEntry,
  setHelpEntryArchived,
  updateHelpEntry,
  type HelpEntryValues,
} from '../../db/queries/help-directory';
import type { HelpDirectoryEntry } from '../../db/schema';
import type { HelpEntryInput } from '../validation/help-directory';

export type HelpDirectoryDeps = { db: Database; auditKey: Buffer };
export type HelpResult<T> = { ok: true; data: T } | { ok: false; error: 'not_found' };

const fieldsOf: readonly (keyof HelpEntryValues)[] = [
  'organization',
  'languages',
  'states',
  'counties',
  'phone',
  'address',
  'hours',
  'cost',
  'synthetic',
];

function changedFields(before: HelpEntryValues, after: HelpEntryValues): string[] {
  return fieldsOf.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export async function createHelpEntry(deps: HelpDirectoryDeps, actor: string, input: HelpEntryInput): Promise<HelpDirectoryEntry> {
  return deps.db.transaction(async (tx) => {
    const row = await insertHelpEntry(tx, input);
    await appendAudit(tx, deps.auditKey, {
      actor,
      action: 'help_entry.created',
      outcome: 'ok',
      detail: { entryId: row.id, synthetic: row.synthetic },
    });
    return row;
  });
}

export async function changeHelpEntry(
  deps: HelpDirectoryDeps,
  actor: string,
  id: number,
  input: HelpEntryInput,
): Promise<HelpResult<HelpDirectoryEntry>> {
  return deps.db.transaction(async (tx) => {
    const before = await findHelpEntry(tx, id);
    if (!before) return { ok: false, error: 'not_found' } as const;
    const row = (await updateHelpEntry(tx, id, input))!;
    await appendAudit(tx, deps.auditKey, {
      actor,
      action: 'help_entry.changed',
      outcome: 'ok',
      detail: { entryId: id, fields: changedFields(before, row).join(',') },
    });
    return { ok: true, data: row } as const;
  });
}

/** Removing keeps the row (and its audit history) but takes it off every public page; restoring undoes that. */
export async function archiveHelpEntry(
  deps: HelpDirectoryDeps,
  actor: string,
  id: number,
  archived: boolean,
): Promise<HelpResult<HelpDirectoryEntry>> {
  return deps.db.transaction(async (tx) => {
    const row = await setHelpEntryArchived(tx, id, archived);
    if (!row) return { ok: false, error: 'not_found' } as const;
    await appendAudit(tx, deps.auditKey, {
      actor,
      action: archived ? 'help_entry.removed' : 'help_entry.restored',
      outcome: 'ok',
      detail: { entryId: id },
    });
    return { ok: true, data: row } as const;
  });
}

/** What the result page lists: entries serving the person's state that speak the person's language. */
export function localHelpFor(db: Executor, person: { state: string; language: string }): Promise<HelpDirectoryEntry[]> {
  return findLocalHelp(db, person);
}

// Demo entries: made-up organizations, labelled SYNTHETIC in their name and flagged, with 555-01xx
// numbers (reserved for fiction) and example street names, in the states and languages the synthetic
// records use most, so a demo result shows what a real one would.
export const demoHelpEntries: readonly HelpEntryValues[] = [
  {
    organization: 'SYNTHETIC Example Legal Aid of Los Angeles',
    languages: ['en', 'es', 'ko', 'tl'],
    states: ['CA'],
    counties: ['Los Angeles County', 'Orange County'],
    phone: '2135550101',
    address: '100 Example Street, Suite 200\nLos Angeles, CA 90001',
    hours: 'Mon-Fri 09:00-17:00 America/Los_Angeles',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Sample Immigrant Rights Center (Bay Area)',
    languages: ['en', 'es', 'zh-Hans', 'zh-Hant', 'vi'],
    states: ['CA'],
    counties: ['Alameda County', 'San Francisco County', 'Santa Clara County'],
    phone: '4155550102',
    address: '200 Sample Avenue\nOakland, CA 94601',
    hours: 'Mon-Thu 10:00-18:00, Sat 10:00-13:00 America/Los_Angeles',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Demo Taxpayer Clinic of California',
    languages: ['en', 'es', 'pa', 'vi'],
    states: ['CA', 'NV', 'AZ'],
    counties: [],
    phone: '9165550103',
    address: '300 Demo Road\nSacramento, CA 95815',
    hours: 'Mon-Fri 08:30-16:30 America/Los_Angeles',
    cost: 'low_cost',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Example Gulf Coast Legal Services',
    languages: ['en', 'es', 'vi', 'ur'],
    states: ['TX'],
    counties: ['Harris County', 'Fort Bend County'],
    phone: '7135550104',
    address: '400 Example Boulevard\nHouston, TX 77036',
    hours: 'Mon-Fri 09:00-17:00 America/Chicago',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Sample Border Legal Aid',
    languages: ['en', 'es'],
    states: ['TX', 'NM'],
    counties: [],
    phone: '9155550105',
    address: '500 Sample Street\nEl Paso, TX 79905',
    hours: 'Mon-Fri 08:00-17:00 America/Denver',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Example New York Immigrant Help Line',
    languages: ['en', 'es', 'zh-Hans', 'ht', 'bn', 'ru', 'pl'],
    states: ['NY', 'NJ'],
    counties: [],
    phone: '2125550106',
    address: '600 Example Place, Floor 3\nNew York, NY 10001',
    hours: 'Mon-Fri 09:00-19:00 America/New_York',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Demo Low Income Taxpayer Clinic of New Jersey',
    languages: ['en', 'es', 'pt', 'gu'],
    states: ['NJ'],
    counties: ['Essex County', 'Hudson County', 'Middlesex County'],
    phone: '9735550107',
    address: '700 Demo Lane\nNewark, NJ 07102',
    hours: 'Tue-Fri 10:00-16:00 America/New_York',
    cost: 'low_cost',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Example South Florida Legal Aid',
    languages: ['en', 'es', 'ht', 'pt'],
    states: ['FL'],
    counties: ['Miami-Dade County', 'Broward County'],
    phone: '3055550108',
    address: '800 Example Drive\nMiami, FL 33125',
    hours: 'Mon-Fri 08:30-17:00 America/New_York',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Sample Massachusetts Immigrant Advocates',
    languages: ['en', 'es', 'pt', 'ht', 'zh-Hant'],
    states: ['MA', 'RI', 'CT'],
    counties: [],
    phone: '6175550109',
    address: '900 Sample Square\nBoston, MA 02119',
    hours: 'Mon-Fri 09:00-17:00 America/New_York',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Demo Mid-Atlantic Legal Clinic',
    languages: ['en', 'es', 'ko', 'vi', 'ar', 'fa'],
    states: ['VA', 'MD', 'DC'],
    counties: [],
    phone: '7035550110',
    address: '1000 Demo Parkway\nArlington, VA 22204',
    hours: 'Mon-Fri 09:00-17:00 America/New_York',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Example Southeast Immigrant Legal Center',
    languages: ['en', 'es', 'fr', 'vi'],
    states: ['GA', 'NC', 'SC', 'TN'],
    counties: [],
    phone: '4045550111',
    address: '1100 Example Street\nAtlanta, GA 30303',
    hours: 'Mon-Fri 09:00-17:00 America/New_York',
    cost: 'low_cost',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Sample Great Lakes Legal Aid',
    languages: ['en', 'es', 'ar', 'pl'],
    states: ['IL', 'MI', 'OH', 'WI'],
    counties: [],
    phone: '3125550112',
    address: '1200 Sample Avenue\nChicago, IL 60608',
    hours: 'Mon-Fri 09:00-17:00 America/Chicago',
    cost: 'free',
    synthetic: true,
  },
  {
    organization: 'SYNTHETIC Demo Pacific Northwest Legal Help',
    languages: ['en', 'es', 'ru', 'vi', 'km'],
    states: ['WA', 'OR'],
    counties: [],
    phone: '2065550113',
    address: '1300 Demo Way\nSeattle, WA 98104',
    hours: 'Mon-Fri 09:00-17:00 America/Los_Angeles',
    cost: 'free',
    synthetic: true,
  },
];

/** The demo's entries, once: only into an empty directory, so an administrator's changes are never undone. */
export async function seedDemoHelpEntriesIfEmpty(db: Executor): Promise<number> {
  if ((await countHelpEntries(db)) > 0) return 0;
  return insertHelpEntries(db, [...demoHelpEntries]);
}
