// Writes page one of a SYNTHETIC letter in every language as a PNG, for a person to look at: the scripts'
// shaping, right-to-left layout, the window blocks and the barcode. Also writes the PDFs next to them.
// Usage: npm run letters:preview -- [--out letter-previews] [--type initial_notice] [--dpi 100]
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { noticeTypes, type NoticeType } from '../emails/notice-types';
import { env } from '../lib/env';
import { languageCodes } from '../lib/languages';
import { buildLetterDocument } from '../lib/letters/letter-html';
import { writeFirstPagePng } from '../lib/letters/pdf-tools';
import { closeLetterRenderer, renderLetterDocument } from '../lib/letters/render-pdf';
import { sampleFrame, sampleLetter } from '../testing/letter-sample';

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'letter-previews' },
      type: { type: 'string', default: 'initial_notice' },
      dpi: { type: 'string', default: '100' },
    },
    strict: true,
  });
  const type = values.type as NoticeType;
  if (!noticeTypes.includes(type)) throw new Error(`--type must be one of ${noticeTypes.join(', ')}.`);
  const out = path.resolve(values.out);
  await mkdir(out, { recursive: true });
  const chromiumPath = env().LETTER_CHROMIUM_PATH;
  try {
    for (const [i, language] of languageCodes.entries()) {
      const letter = await buildLetterDocument([sampleLetter(language, type, i + 1)], sampleFrame);
      const {
        pdf,
        pages: [pages],
      } = await renderLetterDocument(letter, { chromiumPath });
      const base = path.join(out, `${type}-${language}`);
      await writeFile(`${base}.pdf`, pdf);
      await writeFirstPagePng(pdf, base, Number(values.dpi));
      console.log(`${base}.png (${pages} pages)`);
    }
  } finally {
    await closeLetterRenderer();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
