import { sampleValues } from '@/emails/testing/fixtures';
import type { NoticeType } from '@/emails/notice-types';
import type { LanguageCode } from '@/lib/languages';
import { imbRoutingCode, imbTrackingCode } from '../lib/letters/imb';
import type { LetterFrame, LetterInput } from '../lib/letters/letter-html';

// A synthetic letter for previews and tests: made-up person, DEMO return address, a test Mailer ID.

export const sampleFrame: LetterFrame = {
  portalUrl: 'https://check.example.org',
  demo: true,
  returnAddress: ['Disclosure Check (DEMO ADDRESS)', 'PO Box 0100', 'Washington, DC 20001'],
};

export const sampleRecipientLines = ['MARIA JOSE EXAMPLE', '123 MAIN ST APT 4', 'WASHINGTON DC 20001-1234'] as const;

export function sampleLetter(language: LanguageCode, type: NoticeType = 'initial_notice', serial = 42): LetterInput {
  return {
    type,
    language,
    values: sampleValues(),
    recipient: { lines: sampleRecipientLines },
    pieceId: `DC-SAMPLE-${String(serial).padStart(6, '0')}`,
    imb: {
      tracking: imbTrackingCode({ barcodeId: '00', serviceTypeId: '300', mailerId: '123456' }, serial),
      routing: imbRoutingCode('20001-1234'),
    },
  };
}
