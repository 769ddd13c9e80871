import type { CSSProperties } from 'react';

// Inline styles only: many mail clients drop <style> blocks. 16px body text (California asks for at least
// 10-point type; 16px is also what phones show without zooming), system fonts (nothing loaded from
// elsewhere), strong contrast.

const fontFamily = 'Arial, Helvetica, sans-serif';

export const bodyStyle: CSSProperties = { backgroundColor: '#ffffff', color: '#1b1b1b', fontFamily, margin: 0, padding: 0 };

export const containerStyle: CSSProperties = { maxWidth: '600px', margin: '0 auto', padding: '24px 16px' };

export const titleStyle: CSSProperties = { fontFamily, fontSize: '26px', lineHeight: '32px', fontWeight: 700, margin: '8px 0 16px' };

export const headingStyle: CSSProperties = { fontFamily, fontSize: '20px', lineHeight: '28px', fontWeight: 700, margin: '28px 0 8px' };

export const textStyle: CSSProperties = { fontFamily, fontSize: '16px', lineHeight: '24px', margin: '0 0 12px' };

// The bullets sit in the list's start padding, which is on the right in Arabic, Farsi and Urdu. Logical
// properties (padding-inline-start) would say that best, but Outlook on Windows and some webmail ignore
// them; equal padding on both sides mirrors in every client with no need to know the direction here.
export const listStyle: CSSProperties = {
  fontFamily,
  fontSize: '16px',
  lineHeight: '24px',
  margin: '0 0 12px',
  paddingLeft: '24px',
  paddingRight: '24px',
};

export const listItemStyle: CSSProperties = { margin: '0 0 8px' };

export const fallbackStyle: CSSProperties = {
  ...textStyle,
  fontSize: '18px',
  lineHeight: '28px',
  backgroundColor: '#f0f0f0',
  padding: '12px',
};

export const codeBoxStyle: CSSProperties = { border: '2px solid #1b1b1b', padding: '12px 16px', margin: '8px 0 16px' };

export const codeLabelStyle: CSSProperties = { ...textStyle, margin: '0 0 4px', fontWeight: 700 };

// Monospace and spaced out, so 0/O and 1/I are easy to tell apart when copying the code by hand.
export const codeStyle: CSSProperties = {
  fontFamily: '"Courier New", Courier, monospace',
  fontSize: '24px',
  lineHeight: '32px',
  fontWeight: 700,
  letterSpacing: '2px',
  margin: '0 0 8px',
};

export const addressStyle: CSSProperties = { fontWeight: 700 };

export const footerStyle: CSSProperties = { ...textStyle, fontSize: '16px', color: '#3d3d3d' };

export const demoStyle: CSSProperties = { ...textStyle, fontWeight: 700, border: '2px dashed #1b1b1b', padding: '8px 12px' };
