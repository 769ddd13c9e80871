import { CodeBox } from '../components/code-box';
import { fill } from '../components/fill';
import { NoticeLayout } from '../components/notice-layout';
import { NoticeSection, Paragraph } from '../components/notice-section';
import { allProtections, MoreInformation, Protections } from '../components/safety-and-help';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/** DHS has certified disposal of the data it received about this person: the date and reference to keep. */
export default function DisposalConfirmation(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  return (
    <NoticeLayout type="disposal_confirmation" lang={lang} notice={p}>
      <NoticeSection heading={s.headings.whatHappened}>
        <Paragraph>{s.disposal.certified}</Paragraph>
        <Paragraph>
          <strong>{fill(s.disposal.certifiedOn, { disposalDate: p.disposalDate })}</strong>
          <br />
          <strong>{fill(s.disposal.reference, { disposalReference: p.disposalReference })}</strong>
        </Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatInfo}>
        <Paragraph>{fill(s.disposal.involved, { disclosedOn: p.disclosedOn, disclosedElements: p.disclosedElements })}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatWeDo}>
        <Paragraph>{s.disposal.doingRecorded}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatYouCanDo}>
        <Paragraph>{s.disposal.keep}</Paragraph>
        <Paragraph>{s.disposal.seeRecord}</Paragraph>
        <CodeBox label={s.code.noticeCodeLabel} code={p.noticeCode} instructions={s.code.useNoticeCode} portalAddress={p.portalAddress} />
        <Protections s={s} items={allProtections} />
      </NoticeSection>
      <MoreInformation s={s} portalAddress={p.portalAddress} />
    </NoticeLayout>
  );
}

DisposalConfirmation.PreviewProps = previewProps;
