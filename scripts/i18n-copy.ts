// npx tsx scripts/i18n-copy.ts LOCALE... [--from DIR]
// Copies a translator's delivery (DIR/<locale>/messages.json, email.ts, glossary.md; DIR defaults to
// /work/translations) into messages/<locale>.json, emails/i18n/<locale>.ts and i18n/glossary/<locale>.md.
// Run the translators' checks first; this script only copies, adds the portal strings written after the
// delivery (scripts/i18n-added-strings.ts), the review flag from lib/languages.ts and the Intl locale of
// the locale table, so the repository's files never drift from the table.
// `--keys-only` updates an existing messages/<locale>.json in place instead (English, Spanish).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLanguageCode, languages, type LanguageCode } from '@/lib/languages';
import { addedStrings } from './i18n-added-strings';

type Tree = { [key: string]: string | Tree };

export function emailExportName(code: LanguageCode): string {
  return code.replace('-', '');
}

function withAdded(code: LanguageCode, messages: Tree): Tree {
  const { _meta: _drop, ...rest } = messages;
  const layout = rest.Layout as Tree;
  const added = addedStrings[code];
  return {
    _meta: { humanReviewed: String(languages[code].humanReviewed) },
    ...rest,
    Layout: { ...layout, reviewNote: added.reviewNote, reviewNoteLink: added.reviewNoteLink },
  };
}

// Keys English no longer has (removed as unused) are dropped from a delivery, in English's order.
function pruneTo(shape: Tree, tree: Tree): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(shape)) {
    const own = tree[key];
    if (own === undefined) continue;
    out[key] = typeof value === 'string' || typeof own === 'string' ? own : pruneTo(value, own);
  }
  return out;
}

function writeMessages(code: LanguageCode, messages: Tree) {
  const english = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Tree;
  const merged = withAdded(code, messages);
  writeFileSync(`messages/${code}.json`, JSON.stringify(code === 'en' ? merged : pruneTo(english, merged), null, 2) + '\n');
}

function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string', default: '/work/translations' }, 'keys-only': { type: 'boolean', default: false } },
  });
  for (const code of positionals) {
    if (!isLanguageCode(code)) throw new Error(`Unknown language ${code}`);
    if (values['keys-only']) {
      writeMessages(code, JSON.parse(readFileSync(`messages/${code}.json`, 'utf8')) as Tree);
      console.log(`${code}: keys added`);
      continue;
    }
    const dir = `${values.from}/${code}`;
    writeMessages(code, JSON.parse(readFileSync(`${dir}/messages.json`, 'utf8')) as Tree);
    const email = readFileSync(`${dir}/email.ts`, 'utf8')
      .replace(/from '@\/emails\/i18n\/email-strings'/, "from './email-strings'")
      .replace(/export const \w+: EmailStrings/, `export const ${emailExportName(code)}: EmailStrings`)
      .replace(/intlLocale: '[^']*'/, `intlLocale: '${languages[code].intlLocale}'`)
      // No-break spaces belong in the strings (French « … »), not in comments, where eslint refuses them.
      .replace(/^(\s*\/\/.*)$/gm, (line) => line.replace(/[\u00a0\u202f]/g, ' '));
    if (!email.includes(`export const ${emailExportName(code)}: EmailStrings`))
      throw new Error(`${code}: email.ts has no EmailStrings export`);
    writeFileSync(`emails/i18n/${code}.ts`, email);
    if (existsSync(`${dir}/glossary.md`)) copyFileSync(`${dir}/glossary.md`, `i18n/glossary/${code}.md`);
    console.log(`${code}: copied`);
  }
}

main();
