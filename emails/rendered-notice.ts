import type { LanguageCode } from '@/lib/languages';
import type { NoticeType, PlaceholderField } from './notice-types';
import { compileTemplate, type CompiledTemplate } from './placeholders';

/** A notice rendered with placeholder tokens, ready for mergeNotice. */
export interface RenderedNotice {
  readonly type: NoticeType;
  /** The language asked for. */
  readonly language: LanguageCode;
  /** The language the notice is written in (English when `language` has no translation yet). */
  readonly contentLanguage: LanguageCode;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface CompiledNotice {
  subject: CompiledTemplate;
  html: CompiledTemplate;
  text: CompiledTemplate;
  /** Every placeholder used in any of the three parts. */
  fields: readonly PlaceholderField[];
}

const compiled = new WeakMap<RenderedNotice, CompiledNotice>();

/** Compiles a freshly rendered notice once, up front, so the first merge does not pay for it. */
export function rememberCompiled(rendered: RenderedNotice): void {
  compiled.set(rendered, compileNotice(rendered));
}

/** The split form of a rendered notice; compiled again only if the caller passes a copy of the object. */
export function compiledNotice(rendered: RenderedNotice): CompiledNotice {
  let c = compiled.get(rendered);
  if (c === undefined) {
    c = compileNotice(rendered);
    compiled.set(rendered, c);
  }
  return c;
}

function compileNotice(r: RenderedNotice): CompiledNotice {
  const subject = compileTemplate(r.subject);
  const html = compileTemplate(r.html);
  const text = compileTemplate(r.text);
  const fields = [...new Set([...subject.fields, ...html.fields, ...text.fields])];
  return { subject, html, text, fields };
}
