import bwipjs from 'bwip-js/node';

// The Intelligent Mail barcode (USPS-B-3200): a 20-digit tracking code, barcode id (2) + service type id
// (3) + Mailer ID (6 or 9 digits) + serial (9 or 6 digits, so the two always make 15), then the routing
// code, the delivery ZIP (0, 5, 9 or 11 digits). bwip-js draws the 65 bars (`onecode`).

export interface ImbSettings {
  /** Two digits; the second is 0–4. "00" unless the mail house pre-sorts with another. */
  barcodeId: string;
  /** Three digits, chosen with the mail house (First-Class Mail with or without tracing/ACS). */
  serviceTypeId: string;
  /** 6 digits, or 9 digits starting with 9, assigned by USPS to the mailer. */
  mailerId: string;
}

export class ImbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImbError';
  }
}

/** The serial's width: 9 digits with a 6-digit Mailer ID, 6 with a 9-digit one. */
export function serialDigits(mailerId: string): number {
  return mailerId.length === 9 ? 6 : 9;
}

export function validateImbSettings(s: ImbSettings): string | null {
  if (!/^[0-9][0-4]$/.test(s.barcodeId)) return 'the barcode id must be two digits, the second 0 to 4';
  if (!/^[0-9]{3}$/.test(s.serviceTypeId)) return 'the service type id must be three digits';
  if (!/^([0-8][0-9]{5}|9[0-9]{8})$/.test(s.mailerId))
    return 'the Mailer ID must be 6 digits (not starting with 9) or 9 digits starting with 9';
  return null;
}

/** The 20-digit tracking code for a serial (unique per Mailer ID for 45 days: the caller's concern). */
export function imbTrackingCode(s: ImbSettings, serial: number): string {
  const problem = validateImbSettings(s);
  if (problem) throw new ImbError(`Intelligent Mail barcode: ${problem}.`);
  const width = serialDigits(s.mailerId);
  if (!Number.isSafeInteger(serial) || serial < 0 || serial >= 10 ** width) {
    throw new ImbError(`Intelligent Mail barcode: the serial must be a whole number below ${10 ** width}.`);
  }
  return s.barcodeId + s.serviceTypeId + s.mailerId + String(serial).padStart(width, '0');
}

/** The routing code from a ZIP or ZIP+4 ("20001", "20001-1234"); anything else routes nowhere (""). */
export function imbRoutingCode(zip: string): string {
  const digits = zip.replace(/[^0-9]/g, '');
  return digits.length === 5 || digits.length === 9 || digits.length === 11 ? digits : '';
}

/** An SVG of the barcode, to be drawn 3 in wide and 1/8 in tall (IMb: 2.6–3.2 in long, 0.125–0.165 in). */
export function imbSvg(tracking: string, routing: string): string {
  if (!/^[0-9]{20}$/.test(tracking)) throw new ImbError('Intelligent Mail barcode: the tracking code must be 20 digits.');
  const svg = bwipjs.toSVG({ bcid: 'onecode', text: tracking + routing });
  // Stretch to the box the layout gives it instead of bwip-js's pixel size.
  return svg.replace(
    '<svg ',
    '<svg preserveAspectRatio="none" width="100%" height="100%" role="img" aria-label="Intelligent Mail barcode" ',
  );
}
