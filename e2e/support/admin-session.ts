// Signs a browser in as a staff member of the given role. Wired at merge with the admin-auth branch.
import type { Page } from '@playwright/test';
import type { StaffRole } from '../../lib/auth/guard';

export async function signInAs(_page: Page, _role: StaffRole): Promise<void> {
  throw new Error('not yet merged: staff sign-in comes from the admin-auth branch');
}
