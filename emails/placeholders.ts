import { placeholderFields, type PlaceholderField } from './notice-types';

// A template is rendered once with a token where each per-recipient value goes, then filled per recipient.
// The token is plain ASCII that React's HTML escaping and html-to-text both leave alone (no & < > " ',
// no whitespace, no NUL: react-email strips "\0" from its output, so "\0name\0" tokens would vanish).
// User data cannot forge a token: a rendered notice is split into literal text and fields once, and values
// are only ever joined in between, never scanned for tokens.

export function placeholderToken(field: PlaceholderField): string {
  return `{{dc:${field}}}`;
}

const tokenPattern = /\{\{dc:([A-Za-z]+)\}\}/g;
const knownFields: ReadonlySet<string> = new Set(placeholderFields);

/** `literals` has one more entry than `fields`: literal, field, literal, …, literal. */
export interface CompiledTemplate {
  literals: readonly string[];
  fields: readonly PlaceholderField[];
}

export function compileTemplate(source: string): CompiledTemplate {
  const literals: string[] = [];
  const fields: PlaceholderField[] = [];
  let last = 0;
  for (const match of source.matchAll(tokenPattern)) {
    const field = match[1]!;
    if (!knownFields.has(field)) throw new Error(`Rendered notice has an unknown placeholder "${field}"`);
    literals.push(source.slice(last, match.index));
    fields.push(field as PlaceholderField);
    last = match.index + match[0].length;
  }
  literals.push(source.slice(last));
  return { literals, fields };
}

export function fillTemplate(template: CompiledTemplate, values: Readonly<Record<PlaceholderField, string>>): string {
  const { literals, fields } = template;
  let out = literals[0]!;
  for (let i = 0; i < fields.length; i++) out += values[fields[i]!] + literals[i + 1]!;
  return out;
}

/** True when text still holds something shaped like a token (a test and a send-time guard). */
export function hasPlaceholderToken(text: string): boolean {
  return /\{\{dc:/.test(text);
}
