import type { Env } from '@/lib/env';
import type { ImbSettings } from './imb';

// A test Mailer ID for development and demos; production mail must carry the one USPS assigned, or the
// barcodes would claim another mailer's pieces.
export const demoMailerId = '123456';

export class LetterSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterSettingsError';
  }
}

export interface LetterSettings {
  chromiumPath: string;
  imb: ImbSettings;
}

export function letterSettings(
  e: Pick<Env, 'APP_ENV' | 'LETTER_CHROMIUM_PATH' | 'LETTER_MAILER_ID' | 'LETTER_SERVICE_TYPE_ID' | 'LETTER_BARCODE_ID'>,
): LetterSettings {
  if (!e.LETTER_MAILER_ID && e.APP_ENV === 'production') {
    throw new LetterSettingsError(
      'Letters cannot be printed: set LETTER_MAILER_ID to the Mailer ID USPS assigned (see README "Printed letters"); email notices are not affected.',
    );
  }
  return {
    chromiumPath: e.LETTER_CHROMIUM_PATH,
    imb: { barcodeId: e.LETTER_BARCODE_ID, serviceTypeId: e.LETTER_SERVICE_TYPE_ID, mailerId: e.LETTER_MAILER_ID ?? demoMailerId },
  };
}
