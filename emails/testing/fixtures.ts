import { computeNoticeCheckSymbol } from '@/lib/identifiers/notice-code';
import type { NoticeValues } from '../notice-types';

// A fixed, valid notice code (the check symbol computed, not guessed), so failures are reproducible.
const payload = '7K3M9QXT2H4';
export const sampleNoticeCode = payload + computeNoticeCheckSymbol(payload);

export const hostileName = `<script>alert(1)</script> & "O'Brien"`;
export const hostileNameEscaped = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;O&#39;Brien&quot;';

/** Every value any notice type needs; synthetic. */
export function sampleValues(overrides: Partial<NoticeValues> = {}): NoticeValues {
  return {
    firstName: 'María José',
    noticeCode: sampleNoticeCode,
    disclosedElements: ['address', 'name', 'tin'],
    disclosedOn: '2025-08-05',
    category: 'address_supplied',
    disposalDate: '2026-03-02',
    disposalReference: 'DHS-CERT-0001',
    claimReference: 'C-7K3M-9QXT-2H4P',
    claimEvent: 'information_needed',
    claimDate: '2027-01-15',
    claimReasons: 'identity_unclear,damages_documents_missing',
    accessCode: 'r8v2mnp46wqz',
    signInLink: 'https://check.example.org/en/advocates/sign-in/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    orgName: 'Example Legal Aid (synthetic)',
    decisionReason: 'The EIN could not be confirmed.',
    ...overrides,
  };
}
