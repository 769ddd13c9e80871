import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminPage } from '../_components/admin-page';
import { currentStaff } from '../_lib/guard';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ 'signed-out'?: string }> };

const signedOutNotes: Record<string, string> = {
  here: 'You have signed out.',
  everywhere: 'You have signed out on every device and browser.',
};

// Public: the way in. Someone already signed in goes to the home page.
export default async function SignInPage({ searchParams }: Props) {
  if (await currentStaff()) redirect('/admin');
  const note = signedOutNotes[(await searchParams)['signed-out'] ?? ''];
  return (
    <AdminPage title="Sign in to the staff area">
      {note ? (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{note}</p>
          </div>
        </div>
      ) : null}
      <p className="usa-intro">For Disclosure Check staff only. Every sign-in is recorded in the audit log.</p>
      <SignInForm />
    </AdminPage>
  );
}
