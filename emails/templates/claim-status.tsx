import { CodeBox } from '../components/code-box';
import { fill } from '../components/fill';
import { NoticeLayout } from '../components/notice-layout';
import { NoticeSection, Paragraph } from '../components/notice-section';
import { MoreInformation, Protections } from '../components/safety-and-help';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/** A claim's status changed. Says only the reference and the status; the details are on the portal. */
export default function ClaimStatus(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  return (
    <NoticeLayout type="claim_status" lang={lang} notice={p}>
      <NoticeSection heading={s.headings.whatHappened}>
        <Paragraph>{fill(s.claim.changed, { claimReference: p.claimReference })}</Paragraph>
        <Paragraph>
          <strong>{fill(s.claim.newStatus, { claimStatus: p.claimStatus })}</strong>
        </Paragraph>
        <Paragraph>{p.claimStatusDetail}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatInfo}>
        <Paragraph>{s.claim.involved}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatWeDo}>
        <Paragraph>{s.claim.doing}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatYouCanDo}>
        <Paragraph>{s.claim.seeClaim}</Paragraph>
        <CodeBox label={s.code.noticeCodeLabel} code={p.noticeCode} instructions={s.code.useNoticeCode} portalAddress={p.portalAddress} />
        <Protections s={s} items={['legalHelp', 'notAdvice']} />
      </NoticeSection>
      <MoreInformation s={s} portalAddress={p.portalAddress} />
    </NoticeLayout>
  );
}

ClaimStatus.PreviewProps = previewProps;
