import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import QRCode from 'qrcode';
import { beginEnrolment } from '@/lib/staff/enrolment';
import { getStaffDeps } from '@/server/staff';
import { AdminPage } from '../_components/admin-page';
import { requireEnrollingStaff } from '../_lib/guard';
import { EnrolForm } from './enrol-form';

export const metadata: Metadata = { title: 'Set up your authenticator app' };

// Reached with the password alone, by a user who has no second factor yet; nothing else is.
export default async function EnrolPage() {
  const staff = await requireEnrollingStaff();
  const pending = await beginEnrolment(await getStaffDeps(), staff.userId);
  if (!pending.ok) redirect('/admin');
  // Drawn on the server as SVG in a data: URI: nothing is fetched from another origin (CSP img-src data:).
  const svg = await QRCode.toString(pending.data.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const qr = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const grouped = pending.data.secret.match(/.{1,4}/g)!.join(' ');
  return (
    <AdminPage title="Set up your authenticator app" staff={staff}>
      <p className="usa-intro">Every staff account needs a second factor. You need to do this once, before anything else.</p>
      <ol className="usa-process-list">
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">Add this account to an authenticator app</h2>
          <p>Scan the QR code with an app such as a password manager or an authenticator app on your phone.</p>
          <img className="dc-admin-qr" src={qr} alt="QR code that adds your Disclosure Check staff account to an authenticator app" />
          <p>
            If you cannot scan it, choose to enter a key in the app and type this key (spaces do not matter):{' '}
            <code data-testid="totp-secret">{grouped}</code>
          </p>
        </li>
        <li className="usa-process-list__item">
          <h2 className="usa-process-list__heading">Enter the code the app shows</h2>
          <EnrolForm />
        </li>
      </ol>
    </AdminPage>
  );
}
