import { Heading, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { headingStyle, listItemStyle, listStyle, textStyle } from './styles';

/** One of the headed sections California's breach-notice format asks for. */
export function NoticeSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Section>
      <Heading as="h2" style={headingStyle}>
        {heading}
      </Heading>
      {children}
    </Section>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={textStyle}>{children}</Text>;
}

export function BulletList({ items }: { items: readonly ReactNode[] }) {
  return (
    <ul style={listStyle}>
      {items.map((item, i) => (
        <li key={i} style={listItemStyle}>
          {item}
        </li>
      ))}
    </ul>
  );
}
