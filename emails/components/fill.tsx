import { Fragment, type ReactNode } from 'react';

// Translations mark where a value goes with `{name}`. A name the caller does not provide throws, so a
// typo in a translation fails every render (and the tests) instead of printing braces to 47,000 people.
// Values are inserted once and never scanned again: a value that contains braces stays as it is.
const slot = /\{(\w+)\}/g;

function unknownSlot(name: string): Error {
  return new Error(`A notice translation names {${name}}, which this text does not provide`);
}

export function fill(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of template.matchAll(slot)) {
    const name = match[1]!;
    if (!Object.hasOwn(values, name)) throw unknownSlot(name);
    out.push(template.slice(last, match.index), <Fragment key={out.length}>{values[name]}</Fragment>);
    last = match.index + match[0].length;
  }
  out.push(template.slice(last));
  return out;
}

export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(slot, (_, name: string) => {
    if (!Object.hasOwn(values, name)) throw unknownSlot(name);
    return values[name]!;
  });
}
