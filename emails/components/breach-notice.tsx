import { resolveEmailLanguage } from '../i18n';
import { CodeBox } from './code-box';
import { fill } from './fill';
import { NoticeLayout } from './notice-layout';
import { NoticeSection, Paragraph } from './notice-section';
import { allProtections, MoreInformation, Protections } from './safety-and-help';
import type { NoticeTemplateProps } from './template-props';

/**
 * The Notice of Data Breach, shared by the first notice and the copy a person asks for: a copy must say
 * exactly what the notice said, plus one line explaining why it came.
 */
export function BreachNotice({ copy, ...p }: NoticeTemplateProps & { copy: boolean }) {
  const lang = resolveEmailLanguage(p.language);
  const s = lang.strings;
  const type = copy ? 'notice_copy' : 'initial_notice';
  return (
    <NoticeLayout type={type} lang={lang} notice={p}>
      {copy && <Paragraph>{s.breach.copyIntro}</Paragraph>}
      <NoticeSection heading={s.headings.whatHappened}>
        <Paragraph>{s.breach.context}</Paragraph>
        <Paragraph>
          <strong>{fill(s.breach.you, { disclosedOn: p.disclosedOn })}</strong>
        </Paragraph>
        <Paragraph>{p.category}</Paragraph>
        <Paragraph>{s.breach.law}</Paragraph>
        <Paragraph>{s.breach.courts}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatInfo}>
        <Paragraph>{fill(s.breach.involved, { disclosedElements: p.disclosedElements })}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatWeDo}>
        <Paragraph>{s.breach.doingNotify}</Paragraph>
        <Paragraph>{s.breach.doingTreasury}</Paragraph>
        <Paragraph>{s.breach.doingFollowUp}</Paragraph>
        <Paragraph>{s.breach.doingProtect}</Paragraph>
      </NoticeSection>
      <NoticeSection heading={s.headings.whatYouCanDo}>
        <Paragraph>{s.breach.seeResult}</Paragraph>
        <CodeBox label={s.code.noticeCodeLabel} code={p.noticeCode} instructions={s.code.useNoticeCode} portalAddress={p.portalAddress} />
        <Protections s={s} items={allProtections} />
      </NoticeSection>
      <MoreInformation s={s} portalAddress={p.portalAddress} />
    </NoticeLayout>
  );
}
