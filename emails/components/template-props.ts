import type { LanguageCode } from '@/lib/languages';
import type { DisplayValues } from '../notice-types';

/** What a notice template is rendered with: the frame (fixed per render) and its display values. */
export interface NoticeFrameProps {
  language: LanguageCode;
  /** The portal's address as people should type it (host only), printed as text, never as a link. */
  portalAddress: string;
  /** Adds the SYNTHETIC-data line to the footer. */
  demo: boolean;
  /** Where a member signs in, typed by hand ("check.example.org/ko/advocates/sign-in"). */
  signInAddress?: string;
}

export type NoticeTemplateProps = NoticeFrameProps & DisplayValues;

/**
 * Sample data for previews (react-email's preview server, Storybook-like pages) and the templates' default
 * props. Synthetic, and already display text: in production every value comes through mergeNotice.
 */
export const previewProps: NoticeTemplateProps = {
  language: 'en',
  portalAddress: 'check.example.org',
  demo: true,
  firstName: 'María José',
  noticeCode: '7K3M-9QXT-2H4P',
  disclosedElements: 'your name, your taxpayer identification number (SSN or ITIN), and your address',
  disclosedOn: 'August 5, 2025',
  category: 'ICE sent the IRS your name and an address. The IRS verified them against your tax record.',
  disposalDate: 'March 2, 2026',
  disposalReference: 'DHS-CERT-0001',
  claimReference: 'C-7K3M-9QXT-2H4P',
  claimStatus: 'More information needed',
  claimStatusDetail: 'We need more information before we can decide your claim. We need to confirm that the claim comes from you.',
  claimNextStep: 'Answer on the claim status page by January 15, 2027. If we do not have your answer by then, your claim will be denied.',
  accessCode: 'R8V2-MNP4-6WQZ',
  signInLink: 'https://check.example.org/en/advocates/sign-in/confirm?token=preview-only-not-a-real-token-aaaaaaaaaaaaa',
  orgName: 'Example Legal Aid (synthetic)',
  decisionReason: 'We could not confirm the EIN with the address given.',
};

/** Props with the preview defaults filled in, for templates whose props are all optional. */
export function withPreviewDefaults(props: Partial<NoticeTemplateProps>): NoticeTemplateProps {
  return { ...previewProps, ...props };
}
