import type { ReactNode } from 'react';
import type { EmailStrings } from '../i18n';
import { fill } from './fill';
import { BulletList, NoticeSection, Paragraph } from './notice-section';
import { PortalAddress } from './portal-address';

type Protection = keyof EmailStrings['protect'];

/** Everyone whose record was disclosed gets the full list; a claim update only the parts about claims. */
export const allProtections: readonly Protection[] = [
  'ipPin',
  'form14039',
  'creditFreeze',
  'damages',
  'deadline',
  'legalHelp',
  'notAdvice',
];

/** The steps a reader can take, after whatever the notice puts first (usually the code to use). */
export function Protections({ s, items }: { s: EmailStrings; items: readonly Protection[] }) {
  return <BulletList items={items.map((key) => s.protect[key])} />;
}

/**
 * "For More Information": where to go, typed by hand, and what we never ask. The same words in every
 * notice, so a message that differs from them is easier to recognize as not ours. `also` adds a notice's own
 * lines of the same kind (a claim notice: no fee, no first call, never the PIN or the bank account).
 */
export function MoreInformation({ s, portalAddress, also = [] }: { s: EmailStrings; portalAddress: string; also?: readonly ReactNode[] }) {
  const address: ReactNode = <PortalAddress address={portalAddress} />;
  return (
    <NoticeSection heading={s.headings.moreInfo}>
      <Paragraph>{fill(s.moreInfo, { portalAddress: address })}</Paragraph>
      <Paragraph>{fill(s.safety.onlyAddress, { portalAddress: address })}</Paragraph>
      <BulletList items={[s.safety.typeIt, <strong key="never">{s.safety.neverAsk}</strong>, s.safety.free, ...also]} />
    </NoticeSection>
  );
}
