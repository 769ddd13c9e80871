// SHIM: replaced at merge by the admin-auth branch (which keeps its own layout, sign-in and nav).
// A minimal root layout for the staff area so its pages build and run: English, USWDS, a skip link, a
// <main>, and the links of the areas built on this branch.
import '@uswds/uswds/css/uswds.min.css';
import '../globals.css';
import './admin.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { batchesNav } from './batches/nav';
import { dashboardNav } from './dashboard/nav';
import { disposalNav } from './disposal/nav';
import { outboxNav } from './outbox/nav';

export const metadata: Metadata = {
  title: { default: 'Disclosure Check staff', template: '%s · Disclosure Check staff' },
  robots: { index: false, follow: false },
};

const links = [...dashboardNav, ...batchesNav, ...disposalNav, ...outboxNav];

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="usa-skipnav" href="#main-content">
          Skip to main content
        </a>
        <header className="dc-header">
          <div className="grid-container padding-y-1">
            <p className="margin-0 text-bold">Disclosure Check staff</p>
            <nav aria-label="Staff areas">
              <ul className="usa-list usa-list--unstyled dc-admin-nav">
                {links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{l.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main-content" tabIndex={-1} className="grid-container padding-y-4 dc-main">
          {children}
        </main>
      </body>
    </html>
  );
}
