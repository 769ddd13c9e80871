import { BreachNotice } from '../components/breach-notice';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';

/** A copy of the Notice of Data Breach, sent when the person asks for one (e.g. the letter was lost). */
export default function NoticeCopy(props: Partial<NoticeTemplateProps>) {
  return <BreachNotice copy {...withPreviewDefaults(props)} />;
}

NoticeCopy.PreviewProps = previewProps;
