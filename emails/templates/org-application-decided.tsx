import { NoticeLayout } from '../components/notice-layout';
import { Paragraph } from '../components/notice-section';
import { fill } from '../components/fill';
import { OrgSafety } from '../components/org-safety';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/** To an applicant organization's contact once two administrators decided: approved, how to sign in. */
export function OrgApplicationApproved(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const o = s.orgNotice.approved;
  return (
    <NoticeLayout type="org_application_approved" lang={lang} notice={p}>
      <Paragraph>
        <strong>{fill(o.decided, { orgName: p.orgName })}</strong>
      </Paragraph>
      <Paragraph>{o.howTo}</Paragraph>
      <Paragraph>{o.invite}</Paragraph>
      <OrgSafety s={s} portalAddress={p.portalAddress} signInAddress={p.signInAddress ?? p.portalAddress} hasLink={false} />
    </NoticeLayout>
  );
}

/** Rejected, with the reason the administrators wrote. */
export function OrgApplicationRejected(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const o = s.orgNotice.rejected;
  return (
    <NoticeLayout type="org_application_rejected" lang={lang} notice={p}>
      <Paragraph>
        <strong>{fill(o.decided, { orgName: p.orgName })}</strong>
      </Paragraph>
      <Paragraph>{fill(o.reason, { decisionReason: p.decisionReason })}</Paragraph>
      <Paragraph>{o.again}</Paragraph>
      <OrgSafety s={s} portalAddress={p.portalAddress} signInAddress={p.signInAddress ?? p.portalAddress} hasLink={false} />
    </NoticeLayout>
  );
}

OrgApplicationApproved.PreviewProps = previewProps;
OrgApplicationRejected.PreviewProps = previewProps;
