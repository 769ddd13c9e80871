// Staff pages show who did something by email rather than only by the audit actor ("staff:12"), which
// is what the records keep. Other actors (a CLI's "cli:…", "system") are shown as they are.
import type { Executor } from '../../db/index';
import { staffEmailsById } from '../../db/queries/staff';

const staffId = (actor: string | null | undefined): number | null => {
  const m = /^staff:(\d+)$/.exec(actor ?? '');
  return m ? Number(m[1]) : null;
};

/** A function naming each of these actors: "email (staff:12)", or the actor unchanged when unknown. */
export async function actorNamer(
  db: Executor,
  actors: readonly (string | null | undefined)[],
): Promise<(actor: string | null | undefined) => string> {
  const ids = [...new Set(actors.map(staffId).filter((id): id is number => id !== null))];
  const emails = await staffEmailsById(db, ids);
  return (actor) => {
    const id = staffId(actor);
    const email = id === null ? undefined : emails.get(id);
    return email ? `${email} (${actor})` : (actor ?? '—');
  };
}
