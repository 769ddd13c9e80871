import type { ReactNode } from 'react';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';

// The taxpayer portal's frame: header with the language choice, one <main>, footer with the address.
export default function PublicLayout({ children }: { children: ReactNode }) {
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
