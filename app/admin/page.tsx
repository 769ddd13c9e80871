import type { Metadata } from 'next';
import Link from 'next/link';
import { roleDescriptions, roleLabels, roleMayUse } from '@/lib/staff/roles';
import { AdminPage } from './_components/admin-page';
import { adminAreas } from './_lib/areas';
import { requireStaff } from './_lib/guard';
import { signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Home' };

const time = (d: Date) => d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';

export default async function AdminHome() {
  const staff = await requireStaff('any');
  const areas = adminAreas.filter((a) => roleMayUse(staff.role, a.access));
  return (
    <AdminPage title="Staff area" staff={staff}>
      <section aria-labelledby="you-heading">
        <h2 id="you-heading">You</h2>
        <dl>
          <dt className="text-bold">Email</dt>
          <dd className="margin-left-0" data-testid="staff-email">
            {staff.email}
          </dd>
          <dt className="text-bold">Role</dt>
          <dd className="margin-left-0" data-testid="staff-role">
            {roleLabels[staff.role]}: {roleDescriptions[staff.role]}
          </dd>
          <dt className="text-bold">Signed in since</dt>
          <dd className="margin-left-0">{time(staff.sessionStartedAt)}</dd>
        </dl>
        <p>
          <Link href="/admin/password">Change your password</Link>
        </p>
      </section>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">What you can use</h2>
        {areas.length > 0 ? (
          <ul className="usa-card-group" data-testid="areas">
            {areas.map((a) => (
              <li key={a.href} className="usa-card tablet:grid-col-6">
                <div className="usa-card__container">
                  <div className="usa-card__header">
                    <h3 className="usa-card__heading">
                      <Link href={a.href}>{a.title}</Link>
                    </h3>
                  </div>
                  <div className="usa-card__body">
                    <p>{a.description}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="areas">The pages for your role are not available yet.</p>
        )}
      </section>
      <section aria-labelledby="devices-heading">
        <h2 id="devices-heading">Other devices</h2>
        <p>If you left yourself signed in somewhere, or lost a device, end every session of your account, including this one.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="usa-button usa-button--secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </AdminPage>
  );
}
