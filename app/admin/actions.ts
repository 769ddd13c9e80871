'use server';
// Signing out: this browser, or every browser the staff member is signed in on. Open to any live session,
// enrolled or not; without one they only clear the cookie and go to the sign-in page.
import { redirect } from 'next/navigation';
import { getStaffDeps } from '@/server/staff';
import { signOutStaff, signOutStaffEverywhere } from '@/lib/staff/sign-in';
import { signOut } from './_lib/auth';
import { currentStaff } from './_lib/guard';

export async function signOutAction(): Promise<void> {
  const staff = await currentStaff();
  if (staff) await signOutStaff(await getStaffDeps(), staff);
  await signOut({ redirect: false });
  redirect(staff ? '/admin/sign-in?signed-out=here' : '/admin/sign-in');
}

export async function signOutEverywhereAction(): Promise<void> {
  const staff = await currentStaff();
  if (staff) await signOutStaffEverywhere(await getStaffDeps(), staff.userId);
  await signOut({ redirect: false });
  redirect(staff ? '/admin/sign-in?signed-out=everywhere' : '/admin/sign-in');
}
