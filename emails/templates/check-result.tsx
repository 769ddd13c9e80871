import { CodeBox } from '../components/code-box';
import { NoticeLayout } from '../components/notice-layout';
import { NoticeSection, Paragraph } from '../components/notice-section';
import { allProtections, MoreInformation, Protections } from '../components/safety-and-help';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';
import { resolveEmailLanguage } from '../i18n';

/**
 * The answer to a self-check made without the notice letter, sent only to the address of record of a
 * disclosed record. Subject and preview stay neutral (they can be seen without opening the message); the
 * body may say what any notice to that address says. The disclosed elements are left to the portal: the
 * check may have been made by someone else, and the code plus the date of birth is what opens them.
 */
export default function CheckResult(props: Partial<NoticeTemplateProps>) {
  const p = withPreviewDefaults(props);
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  return (
    <NoticeLayout type="check_result" lang={lang} notice={p}>
      <NoticeSection heading={s.headings.whatHappened}>
        <Paragraph>{s.checkResult.asked}</Paragraph>
        <Paragraph>
          <strong>{s.checkResult.answer}</strong>
        </Paragraph>
        <Paragraph>{s.breach.context}</Paragraph>
        <Paragraph>{s.checkResult.notYou}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatInfo}>
        <Paragraph>{s.checkResult.involved}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatWeDo}>
        <Paragraph>{s.checkResult.doingCode}</Paragraph>
        <Paragraph>{s.checkResult.doingLogged}</Paragraph>
        <Paragraph>{s.breach.doingFollowUp}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatYouCanDo}>
        <Paragraph>{s.checkResult.seeResult}</Paragraph>
        <CodeBox label={s.code.accessCodeLabel} code={p.accessCode} instructions={s.code.useAccessCode} portalAddress={p.portalAddress} />
        <Protections s={s} items={allProtections} />
      </NoticeSection>
      <MoreInformation s={s} portalAddress={p.portalAddress} />
    </NoticeLayout>
  );
}

CheckResult.PreviewProps = previewProps;
