import { NoticeLayout } from '../components/notice-layout';
import { Paragraph } from '../components/notice-section';
import { fill } from '../components/fill';
import { OrgSafety } from '../components/org-safety';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/** An org admin added this person as a member: how to sign in, typed by hand (no link). */
export default function OrgInvitation(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const o = s.orgNotice.invitation;
  return (
    <NoticeLayout type="org_invitation" lang={lang} notice={p}>
      <Paragraph>{fill(o.invited, { orgName: <strong>{p.orgName}</strong> })}</Paragraph>
      <Paragraph>{o.howTo}</Paragraph>
      <Paragraph>{o.notExpected}</Paragraph>
      <OrgSafety s={s} portalAddress={p.portalAddress} signInAddress={p.signInAddress ?? p.portalAddress} hasLink={false} />
    </NoticeLayout>
  );
}

OrgInvitation.PreviewProps = previewProps;
