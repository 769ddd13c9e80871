import type { Metadata } from 'next';
import { passwordMinLength } from '@/lib/staff/password';
import { AdminPage } from '../_components/admin-page';
import { requirePasswordChanger } from '../_lib/guard';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Change your password' };

// Open to every enrolled staff member; the only page for one whose password was generated for them.
export default async function PasswordPage() {
  const staff = await requirePasswordChanger();
  return (
    <AdminPage title="Change your password" staff={staff}>
      {staff.mustChangePassword ? (
        <p className="usa-intro">
          Your password was made for you when your account was created, so someone else has seen it. Choose your own before you go on.
        </p>
      ) : (
        <p className="usa-intro">Your other sessions end when you change it.</p>
      )}
      <PasswordForm minLength={passwordMinLength} />
    </AdminPage>
  );
}
