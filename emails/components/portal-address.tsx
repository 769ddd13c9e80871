/**
 * The portal's address as text to type, never a link: a notice that teaches people to type the one address
 * themselves makes a look-alike message with a link stand out. dir="ltr" keeps the address intact inside
 * right-to-left sentences.
 */
export function PortalAddress({ address }: { address: string }) {
  return (
    <span dir="ltr" style={{ fontWeight: 700 }}>
      {address}
    </span>
  );
}
