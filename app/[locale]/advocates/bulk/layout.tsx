import type { ReactNode } from 'react';

// A frame of its own until the organization area's layout (app/[locale]/advocates/layout.tsx) takes these
// pages in: one <main> for the skip link to reach.
export default function BulkLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main-content" className="dc-main" tabIndex={-1}>
      {children}
    </main>
  );
}
