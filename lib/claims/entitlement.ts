// What a person may claim under 26 U.S.C. 7431(c) (../shared/facts.md): the greater of $1,000 for each act of
// unauthorized disclosure or their actual damages, plus punitive damages where the disclosure was willful or
// grossly negligent, plus costs. The record holds what the import said (issue 17, item 1); this turns it
// into what the claim form and the staff pages show, in cents, never guessing what a file did not say.

export const STATUTORY_CENTS_PER_ACT = 100_000;

export type Entitlement = {
  /** Acts of disclosure the record counts; null when the import did not say. */
  acts: number | null;
  /**
   * The statutory damages the record supports: $1,000 for each act, and $1,000 when the count is unknown (the
   * record was disclosed at least once: that is why it is here). The claim form pre-fills it; a person may
   * claim actual damages instead when they are greater.
   */
  statutoryCents: number;
  /** Whether the statutory figure is a floor because the count is unknown ("at least"). */
  atLeast: boolean;
  /** true: a court found this disclosure unlawful; false: the import says no such finding; null: not known. */
  ruledUnlawful: boolean | null;
};

export function entitlementOf(record: { disclosureActs: number | null; ruledUnlawful: boolean | null }): Entitlement {
  const acts = record.disclosureActs;
  if (acts !== null && (!Number.isInteger(acts) || acts < 1)) throw new RangeError('A record counts one act of disclosure or more.');
  return {
    acts,
    statutoryCents: (acts ?? 1) * STATUTORY_CENTS_PER_ACT,
    atLeast: acts === null,
    ruledUnlawful: record.ruledUnlawful,
  };
}
