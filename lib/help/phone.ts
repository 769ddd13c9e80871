// US phone numbers as the portal prints them and dials them. Stored as digits only (10, without the
// leading 1), so one number has one form whatever way it was typed.

/** The 10 digits of a US number typed any usual way ("(213) 555-0101", "1-877-777-4778"), or null. */
export function normalizeUsPhone(text: string): string | null {
  if (!/^[0-9()+.\s-]{10,20}$/.test(text.trim())) return null;
  let digits = text.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  // NANP: area code and exchange never start with 0 or 1.
  return /^[2-9][0-9]{2}[2-9][0-9]{6}$/.test(digits) ? digits : null;
}

/** "1-877-777-4778": the form the IRS prints, which reads the same in every language. */
export function formatUsPhone(digits: string): string {
  return `1-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

/** The tel: URI a phone can dial (not another origin: nothing is loaded). */
export function telUri(digits: string): string {
  return `tel:+1${digits}`;
}
