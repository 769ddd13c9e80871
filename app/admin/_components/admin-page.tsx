import Link from 'next/link';
import type { ReactNode } from 'react';
import { roleLabels, roleMayUse } from '@/lib/staff/roles';
import type { StaffIdentity } from '@/lib/staff/sign-in';
import { signOutAction } from '../actions';
import { adminAreas } from '../_lib/areas';

type Props = {
  /** The page's h1; leave out when the page writes its own (a heading with parts, a back link before it). */
  title?: string;
  staff?: StaffIdentity | null;
  children: ReactNode;
};

/**
 * The frame of every admin page: header (who is signed in, sign out), the areas this staff member's role
 * may use, and one <main> (the skip link's target) holding the page. Rendered by each page rather than a
 * layout, because a layout is not re-rendered on every navigation and the header depends on the session.
 */
export function AdminPage({ title, staff, children }: Props) {
  const areas = staff?.enrolled && !staff.mustChangePassword ? adminAreas.filter((a) => roleMayUse(staff.role, a.access)) : [];
  return (
    <>
      <header className="dc-header">
        <div className="grid-container dc-header__inner">
          <div className="dc-header__brand">
            <Link className="dc-header__name" href="/admin">
              Disclosure Check staff
            </Link>
          </div>
          {staff ? (
            <div className="dc-admin-who">
              <p className="margin-0">
                Signed in as <strong>{staff.email}</strong> ({roleLabels[staff.role]})
              </p>
              <form action={signOutAction}>
                <button type="submit" className="usa-button usa-button--outline margin-0">
                  Sign out
                </button>
              </form>
            </div>
          ) : null}
        </div>
        {areas.length > 0 && (
          <nav className="grid-container padding-bottom-1" aria-label="Staff areas">
            <ul className="usa-list usa-list--unstyled dc-admin-nav">
              {areas.map((a) => (
                <li key={a.href}>
                  <a href={a.href}>{a.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main-content" className="dc-main grid-container usa-section" tabIndex={-1}>
        {title !== undefined && <h1>{title}</h1>}
        {children}
      </main>
    </>
  );
}
