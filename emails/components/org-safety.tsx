import type { EmailStrings } from '../i18n';
import { fill } from './fill';
import { BulletList, NoticeSection, Paragraph } from './notice-section';
import { PortalAddress } from './portal-address';

/**
 * The anti-phishing lines of an organization's email: the portal's one address, where to sign in (typed by
 * hand), and what we never ask. The sign-in email says it has one link and where it goes; the others say
 * they have none, as every notice does.
 */
export function OrgSafety({
  s,
  portalAddress,
  signInAddress,
  hasLink,
}: {
  s: EmailStrings;
  portalAddress: string;
  signInAddress: string;
  hasLink: boolean;
}) {
  const address = <PortalAddress address={portalAddress} />;
  return (
    <NoticeSection heading={s.headings.moreInfo}>
      <Paragraph>{fill(s.orgNotice.signInAddressLine, { signInAddress: <PortalAddress address={signInAddress} /> })}</Paragraph>
      <Paragraph>{fill(s.safety.onlyAddress, { portalAddress: address })}</Paragraph>
      <BulletList
        items={[
          hasLink ? fill(s.orgNotice.signIn.oneLink, { portalAddress: address }) : s.safety.typeIt,
          <strong key="never">{s.orgNotice.neverAskCode}</strong>,
          s.safety.neverAsk,
        ]}
      />
    </NoticeSection>
  );
}
