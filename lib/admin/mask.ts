// What staff see of a person before a stated reason unmasks it: enough to tell records apart on a call,
// not enough to identify anyone from a screen.
import type { RecordPii } from '../records/seal';

export type MaskedPii = {
  initials: string;
  tin: string;
  place: string;
  birthYear: string;
  email: 'on file' | 'none';
  phone: 'on file' | 'none';
};

export function initialsOf(...names: string[]): string {
  return names
    .flatMap((n) => n.split(/[\s\-'’]+/u))
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toLocaleUpperCase('en-US')}.`)
    .join(' ');
}

export function maskPii(pii: RecordPii): MaskedPii {
  return {
    initials: initialsOf(pii.firstName, pii.lastName),
    tin: `•••-••-${pii.tinLast4}`,
    place: `${pii.city}, ${pii.state}`,
    birthYear: pii.dateOfBirth.slice(0, 4),
    email: pii.email ? 'on file' : 'none',
    phone: pii.phone ? 'on file' : 'none',
  };
}
