import { Section, Text } from '@react-email/components';
import { fill } from './fill';
import { PortalAddress } from './portal-address';
import { codeBoxStyle, codeLabelStyle, codeStyle, textStyle } from './styles';

interface CodeBoxProps {
  label: string;
  code: string;
  /** How to use the code; names {portalAddress}. */
  instructions: string;
  portalAddress: string;
}

/** The code a person types into the portal, set apart so it is easy to find and copy. */
export function CodeBox({ label, code, instructions, portalAddress }: CodeBoxProps) {
  return (
    <Section style={codeBoxStyle}>
      <Text style={codeLabelStyle}>{label}</Text>
      <Text dir="ltr" style={codeStyle}>
        {code}
      </Text>
      <Text style={{ ...textStyle, margin: 0 }}>{fill(instructions, { portalAddress: <PortalAddress address={portalAddress} /> })}</Text>
    </Section>
  );
}
