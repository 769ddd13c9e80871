// Signs a browser in as a fresh, enrolled staff member of the given role (its own account, so tests
// running side by side never wait for each other's TOTP step). Returns the account.
import type { Page } from '@playwright/test';
import type { StaffRole } from '../../lib/staff/roles';
import { createTestStaff, signIn, type TestStaff } from '../admin/staff';

export async function signInAs(page: Page, role: StaffRole): Promise<TestStaff> {
  const staff = await createTestStaff(role, { enrolled: true });
  await signIn(page, staff);
  return staff;
}
