import type { Metadata } from 'next';
import { listStaffUsers } from '@/db/queries/staff';
import { isStaffRole, roleLabels } from '@/lib/staff/roles';
import { getStaffDeps } from '@/server/staff';
import { AdminPage } from '../_components/admin-page';
import { requireStaff } from '../_lib/guard';
import { changeRoleAction, resetSecondFactorAction, setDisabledAction } from './actions';
import { CreateUserForm } from './create-user-form';
import { RoleOptions } from './role-options';
import { RowAction } from './row-action';

export const metadata: Metadata = { title: 'Staff accounts' };

export default async function UsersPage() {
  const staff = await requireStaff(['administrator']);
  const deps = await getStaffDeps();
  const users = await listStaffUsers(deps.db);
  const now = deps.now();
  return (
    <AdminPage title="Staff accounts" staff={staff}>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Create an account</h2>
        <p>The new user gets a temporary password and must set up an authenticator app when they first sign in.</p>
        <CreateUserForm />
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Accounts</h2>
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="list-heading">
          <table className="usa-table usa-table--borderless width-full">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
                <th scope="col">Role</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => {
                const self = u.id === staff.userId;
                const status = [
                  u.disabledAt ? 'Disabled' : 'Active',
                  u.totpEnrolledAt ? 'second factor set up' : 'second factor not set up',
                  u.lockedUntil && u.lockedUntil > now ? 'locked after failed sign-ins' : null,
                ].filter(Boolean);
                return (
                  <tr key={u.id} data-testid={`user-${u.email}`}>
                    <th scope="row">
                      {u.email}
                      {self ? ' (you)' : ''}
                    </th>
                    <td>{status.join(', ')}</td>
                    <td>
                      {self ? (
                        roleLabels[isStaffRole(u.role) ? u.role : 'auditor']
                      ) : (
                        <RowAction action={changeRoleAction} userId={u.id} label="Change role" forWhom={u.email}>
                          <label className="usa-sr-only" htmlFor={`role-${u.id}`}>
                            Role of {u.email}
                          </label>
                          <select className="usa-select margin-top-0" id={`role-${u.id}`} name="role" defaultValue={u.role}>
                            <RoleOptions />
                          </select>
                        </RowAction>
                      )}
                    </td>
                    <td>
                      {self ? null : (
                        <RowAction
                          action={setDisabledAction}
                          userId={u.id}
                          label={u.disabledAt ? 'Enable' : 'Disable'}
                          forWhom={u.email}
                          hidden={{ disabled: u.disabledAt ? 'false' : 'true' }}
                          secondary
                        />
                      )}
                      {u.totpEnrolledAt ? (
                        <RowAction action={resetSecondFactorAction} userId={u.id} label="Reset second factor" forWhom={u.email} secondary />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </AdminPage>
  );
}
