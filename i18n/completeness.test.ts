import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { languageCodes, languages, type LanguageCode } from '@/lib/languages';
import { routing } from './routing';

// Completeness of the portal's 21 message files, against English: the same keys, messages that parse as
// ICU, the same arguments and rich-text tags, every plural category the language has in CLDR, and no key
// that no page uses. `_meta` records whether a person reviewed the file (lib/languages.ts must agree).

type Tree = { [key: string]: string | Tree };

function load(code: LanguageCode): Tree {
  return JSON.parse(readFileSync(`messages/${code}.json`, 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

function withoutMeta(tree: Tree): Map<string, string> {
  const { _meta: _ignored, ...rest } = tree;
  return flatten(rest);
}

interface Shape {
  args: string[];
  tags: string[];
  /** Plural categories missing from some plural in the message (exact `=n` cases do not count). */
  missingPlurals: string[];
}

function shapeOf(message: string, categories: readonly string[]): Shape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const missing = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) args.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        args.add(e.value);
        if (e.type === TYPE.plural && e.pluralType !== 'ordinal') for (const c of categories) if (!(c in e.options)) missing.add(c);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) {
        tags.add(e.value);
        walk(e.children);
      }
    }
  };
  walk(parse(message, { requiresOtherClause: true }));
  return { args: [...args].sort(), tags: [...tags].sort(), missingPlurals: [...missing].sort() };
}

const english = withoutMeta(load('en'));

describe('the portal speaks all 21 languages', () => {
  it('routes every language of the locale table', () => {
    expect([...routing.locales]).toEqual([...languageCodes]);
  });
});

describe.each(languageCodes)('messages/%s.json', (code) => {
  const tree = load(code);
  const messages = withoutMeta(tree);
  const categories = new Intl.PluralRules(languages[code].intlLocale).resolvedOptions().pluralCategories;

  it('records whether a person reviewed it, as the locale table says', () => {
    expect(tree._meta).toEqual({ humanReviewed: String(languages[code].humanReviewed) });
  });

  it('has exactly the keys of English', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('parses, with the arguments and tags of English and every plural category of the language', () => {
    const problems: string[] = [];
    for (const [key, source] of english) {
      const message = messages.get(key);
      if (message === undefined) continue; // reported by the test above
      let own: Shape;
      try {
        own = shapeOf(message, categories);
      } catch (err) {
        problems.push(`${key}: does not parse (${(err as Error).message})`);
        continue;
      }
      const reference = shapeOf(source, []);
      if (own.args.join() !== reference.args.join()) problems.push(`${key}: arguments {${own.args}} vs English {${reference.args}}`);
      if (own.tags.join() !== reference.tags.join()) problems.push(`${key}: tags <${own.tags}> vs English <${reference.tags}>`);
      if (own.missingPlurals.length) problems.push(`${key}: plural categories missing: ${own.missingPlurals} (needs ${categories})`);
      if (code !== 'en' && message.trim() === '') problems.push(`${key}: empty`);
    }
    expect(problems).toEqual([]);
  });
});

// "Used" is found the way the pages write keys: the literal path ('lead', 'accessRole.auditor'), its last
// segment as a literal (keys picked from a list: ['intro', 'body']), a template naming the parent
// (`accessRole.${role}`), or a suffix template (`${name}Label`) with the field name as a literal.
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

describe('message keys', () => {
  it('are each used by some page or component', () => {
    const source = ['app', 'lib', 'i18n'].flatMap((d) => sourceFiles(d)).map((f) => readFileSync(f, 'utf8')).join('\n');
    const literal = (s: string) => source.includes(`'${s}'`) || source.includes(`"${s}"`) || source.includes(`\`${s}\``) || new RegExp(`\\b${s}:`).test(source);
    const suffixes = [...source.matchAll(/`\$\{\w+\}(\w+)`/g)].map((m) => m[1]!);
    const unused = [...english.keys()].filter((key) => {
      const [namespace, ...rest] = key.split('.');
      const relative = rest.join('.');
      const last = rest.at(-1)!;
      if (namespace === 'Metadata' || namespace === 'Layout') return !literal(last) && !literal(relative);
      if (literal(relative) || literal(last)) return false;
      if (rest.length > 1 && source.includes(`${rest.slice(0, -1).join('.')}.\${`)) return false;
      return !suffixes.some((suffix) => last.endsWith(suffix) && literal(last.slice(0, -suffix.length)));
    });
    expect(unused).toEqual([]);
  });
});
