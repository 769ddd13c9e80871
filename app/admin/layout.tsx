import '@uswds/uswds/css/uswds.min.css';
import '../globals.css';
import './admin.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { env } from '@/lib/env';

export const metadata: Metadata = {
  title: { default: 'Staff area — Disclosure Check', template: '%s — Disclosure Check staff' },
  robots: { index: false, follow: false },
  formatDetection: { telephone: false, address: false, email: false },
};

// Every admin page depends on who is signed in: never prerendered, never cached.
export const dynamic = 'force-dynamic';

// The staff area's root layout (the portal's is app/[locale]/layout.tsx): English only. Each page renders
// its own header through <AdminPage>, since a layout is not re-rendered on every navigation and the
// header depends on the session.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <a className="usa-skipnav" href="#main-content">
          Skip to main content
        </a>
        {env().demo ? (
          <section className="usa-site-alert usa-site-alert--info usa-site-alert--slim dc-demo" aria-label="Demonstration notice">
            <div className="usa-alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">
                  <strong className="dc-demo__label">Demonstration.</strong> All records here are synthetic; demo staff accounts are for
                  trying the system only.
                </p>
              </div>
            </div>
          </section>
        ) : null}
        {children}
      </body>
    </html>
  );
}
