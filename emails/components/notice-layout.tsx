import { Body, Container, Head, Heading, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { noticeWords, type EmailLanguage } from '../i18n';
import { isOrgNoticeType, type NoticeType } from '../notice-types';
import { fill } from './fill';
import { NoticeFooter } from './notice-footer';
import { PortalAddress } from './portal-address';
import { bodyStyle, containerStyle, fallbackStyle, textStyle, titleStyle } from './styles';
import type { NoticeTemplateProps } from './template-props';

interface NoticeLayoutProps {
  type: NoticeType;
  lang: EmailLanguage;
  /** The template's props: the portal address, demo flag and first name come from them. */
  notice: Pick<NoticeTemplateProps, 'portalAddress' | 'demo' | 'firstName'>;
  children: ReactNode;
}

/**
 * The frame every notice shares. <html lang dir> is the language the notice is written in; when that is
 * English for a reader of another language, the line telling them so carries its own lang and dir, so
 * screen readers and right-to-left scripts get it right.
 */
export function NoticeLayout({ type, lang, notice, children }: NoticeLayoutProps) {
  const s = lang.strings;
  const { portalAddress, demo, firstName } = notice;
  const { title, preview } = noticeWords(s, type);
  // An organization's email greets without a name: a member's name is not kept.
  const greeting = isOrgNoticeType(type) ? s.orgNotice.greeting : fill(s.greeting, { firstName });
  return (
    <Html lang={lang.content} dir={lang.dir}>
      <Head>
        {/* A document without a title fails WCAG 2.4.2 where the notice opens as a page (webmail, a browser). */}
        <title>{title}</title>
        {/* Asks Apple Mail and iOS not to turn dates, numbers and addresses into links. */}
        <meta name="format-detection" content="telephone=no, date=no, address=no, email=no, url=no" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={bodyStyle}>
        <Container style={containerStyle}>
          {lang.fallback && (
            <Text lang={lang.fallback.lang} dir={lang.fallback.dir} style={fallbackStyle}>
              {fill(lang.fallback.text, { portalAddress: <PortalAddress address={portalAddress} /> })}
            </Text>
          )}
          <Heading as="h1" style={titleStyle}>
            {title}
          </Heading>
          <Text style={textStyle}>{greeting}</Text>
          {children}
          <NoticeFooter lang={lang} portalAddress={portalAddress} demo={demo} />
        </Container>
      </Body>
    </Html>
  );
}
