import Link from 'next/link';
import type { ReactNode } from 'react';
import { roleLabels } from '@/lib/staff/roles';
import type { StaffIdentity } from '@/lib/staff/sign-in';
import { signOutAction } from '../actions';

type Props = { title: string; staff?: StaffIdentity | null; children: ReactNode };

/** The frame of every admin page: header (who is signed in, sign out), one <main> with the page's h1. */
export function AdminPage({ title, staff, children }: Props) {
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
      </header>
      <main id="main-content" className="dc-main grid-container usa-section" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
