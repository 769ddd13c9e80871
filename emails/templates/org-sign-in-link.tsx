import { Button, Section, Text } from '@react-email/components';
import { NoticeLayout } from '../components/notice-layout';
import { Paragraph } from '../components/notice-section';
import { OrgSafety } from '../components/org-safety';
import { textStyle } from '../components/styles';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

const buttonStyle = {
  backgroundColor: '#005ea2',
  color: '#ffffff',
  fontSize: '18px',
  fontWeight: 700,
  padding: '12px 24px',
  borderRadius: '4px',
  textDecoration: 'none',
} as const;

/**
 * A member's sign-in link (issue 15). The one notice with a link, since following it is its purpose: the
 * link opens a page with a button, and only that button's POST uses the link, so a mail scanner that follows
 * links does not spend it. The link is also written out, left to right, for mail programs that hide links.
 */
export default function OrgSignInLink(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const o = s.orgNotice.signIn;
  return (
    <NoticeLayout type="org_sign_in_link" lang={lang} notice={p}>
      <Paragraph>{o.asked}</Paragraph>
      <Section style={{ margin: '16px 0' }}>
        <Button href={p.signInLink} style={buttonStyle}>
          {o.button}
        </Button>
      </Section>
      <Paragraph>{o.linkText}</Paragraph>
      <Text dir="ltr" style={{ ...textStyle, wordBreak: 'break-all' }}>
        {p.signInLink}
      </Text>
      <Paragraph>
        <strong>{o.expiry}</strong>
      </Paragraph>
      <Paragraph>{o.notYou}</Paragraph>
      <OrgSafety s={s} portalAddress={p.portalAddress} signInAddress={p.signInAddress ?? p.portalAddress} hasLink />
    </NoticeLayout>
  );
}

OrgSignInLink.PreviewProps = previewProps;
