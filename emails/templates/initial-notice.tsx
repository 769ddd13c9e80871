import { BreachNotice } from '../components/breach-notice';
import { previewProps, withPreviewDefaults, type NoticeTemplateProps } from '../components/template-props';

/** Notice of Data Breach: the first notice to a person whose return information was disclosed. */
export default function InitialNotice(props: Partial<NoticeTemplateProps>) {
  return <BreachNotice copy={false} {...withPreviewDefaults(props)} />;
}

InitialNotice.PreviewProps = previewProps;
