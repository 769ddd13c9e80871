import { CodeBox } from '../components/code-box';
import { NoticeLayout } from '../components/notice-layout';
import { NoticeSection, Paragraph } from '../components/notice-section';
import { MoreInformation, Protections } from '../components/safety-and-help';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/**
 * A step of a compensation claim (filed, more information needed, decided, paid, returned) or a reminder
 * before a cure-by or appeal-by date. One template for every step: the step's label, what happened and what
 * to do next are placeholders filled per recipient (emails/localize.ts), so each language is rendered once.
 * Never the PIN, never an account number: a notice can be read by anyone who opens the mailbox.
 */
export default function ClaimStatus(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const c = s.claimNotice;
  return (
    <NoticeLayout type="claim_status" lang={lang} notice={p}>
      <NoticeSection heading={s.headings.whatHappened}>
        <Paragraph>
          <strong>{p.claimStatus}</strong>
        </Paragraph>
        <Paragraph>{p.claimStatusDetail}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatInfo}>
        <Paragraph>{c.involved}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatWeDo}>
        <Paragraph>{c.doing}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatYouCanDo}>
        <Paragraph>{p.claimNextStep}</Paragraph>
        <CodeBox label={c.claimNumberLabel} code={p.claimReference} instructions={c.useClaimNumber} portalAddress={p.portalAddress} />
        <Paragraph>{c.pin}</Paragraph>
        <Protections s={s} items={['legalHelp', 'notAdvice']} />
      </NoticeSection>
      <MoreInformation s={s} portalAddress={p.portalAddress} also={[<strong key="fee">{c.neverFee}</strong>]} />
    </NoticeLayout>
  );
}

ClaimStatus.PreviewProps = previewProps;
