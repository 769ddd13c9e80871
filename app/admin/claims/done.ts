// What a claim's page says after a command succeeded. The command redirects to the page with `?done=<key>`
// (the button that was pressed may be gone from the page now: a started review has no "Start" button), so
// the sentence stays on screen, works without JavaScript, and reads the claim's dates as they are stored.
export const doneMessages = {
  assigned: () => 'The claim is assigned to you.',
  unassigned: () => 'You gave the claim back: it is unassigned.',
  review_started: () => 'The review has started.',
  held: () => 'The claim is on hold.',
  released: () => 'The hold is released.',
  requested: (c: { cureBy: string | null }) => `The request is recorded. The person has until ${c.cureBy ?? '—'} (New York) to answer.`,
  decision_pending: () => 'The decision is recorded. It counts, and the person is told, once a second reviewer confirms it.',
  denied: (c: { appealBy: string | null }) =>
    `You confirmed the denial: the claim is denied. The person may appeal until ${c.appealBy ?? '—'} (New York).`,
  confirmed: () => 'You confirmed the decision: it now counts, and the person is told.',
  rejected: () => 'You rejected the decision. The claim is in review for a new decision.',
  reopened: () => 'The claim is reopened on appeal and back in review.',
} as const satisfies Record<string, (claim: { cureBy: string | null; appealBy: string | null }) => string>;

export type DoneKey = keyof typeof doneMessages;

export const isDoneKey = (v: string): v is DoneKey => Object.prototype.hasOwnProperty.call(doneMessages, v);
