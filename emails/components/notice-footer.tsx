import { Hr, Text } from '@react-email/components';
import type { EmailLanguage } from '../i18n';
import { fill } from './fill';
import { PortalAddress } from './portal-address';
import { demoStyle, footerStyle } from './styles';

export function NoticeFooter({ lang, portalAddress, demo }: { lang: EmailLanguage; portalAddress: string; demo: boolean }) {
  const s = lang.strings;
  return (
    <>
      <Hr />
      <Text style={footerStyle}>{fill(s.footer.sentBy, { portalAddress: <PortalAddress address={portalAddress} /> })}</Text>
      {demo && <Text style={demoStyle}>{s.footer.demo}</Text>}
    </>
  );
}
