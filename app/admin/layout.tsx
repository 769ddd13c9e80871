// SHIM: replaced at merge by the admin-auth branch (its layout and navigation win).
import '@uswds/uswds/css/uswds.min.css';
import '../globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { adminRecordsNav } from './records/nav';

export const metadata: Metadata = { title: 'Disclosure Check staff', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" dir="ltr">
      <body>
        <a className="usa-skipnav" href="#main-content">
          Skip to main content
        </a>
        <header className="usa-header usa-header--basic">
          <div className="usa-nav-container">
            <div className="usa-navbar">
              <div className="usa-logo">
                <em className="usa-logo__text">
                  <a href="/admin/records">Disclosure Check staff</a>
                </em>
              </div>
            </div>
            <nav aria-label="Staff areas" className="usa-nav">
              <ul className="usa-nav__primary usa-accordion">
                {adminRecordsNav.map((item) => (
                  <li key={item.href} className="usa-nav__primary-item">
                    <a className="usa-nav-link" href={item.href}>
                      <span>{item.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main-content" tabIndex={-1} className="grid-container padding-bottom-6">
          {children}
        </main>
      </body>
    </html>
  );
}
