import type { ReactNode } from 'react';
import { SiteFooter } from '../../(public)/_components/site-footer';
import { SiteHeader } from '../../(public)/_components/site-header';

// A frame for the case pages until the member area's own layout (app/[locale]/advocates/layout.tsx, built
// alongside) takes them in: the portal's header and footer around one <main>.
export default function CasesLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main-content" className="dc-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
