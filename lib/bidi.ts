import type { TextDirection } from './languages';

// Unicode isolates for left-to-right runs inside right-to-left text. Without them the bidi algorithm
// reorders the neutral characters at a run's edges: "localhost:3300." inside an Arabic sentence printed
// as ".localhost:3300", a notice code's hyphens moved. FSI (U+2068) … PDI (U+2069) make the run one
// neutral unit whose own direction is taken from its first strong character, which is what the Unicode
// Bidirectional Algorithm (UAX #9) recommends for inserted values. HTML gets the same from
// <bdi>/<span dir="ltr">; plain text (email text parts, subjects, attribute values) needs the characters.

export const FSI = '\u2068';
export const PDI = '\u2069';

/** The value wrapped in isolates when it sits in right-to-left text; unchanged otherwise. */
export function isolate(value: string, dir: TextDirection): string {
  if (dir !== 'rtl' || value === '') return value;
  return `${FSI}${value}${PDI}`;
}
