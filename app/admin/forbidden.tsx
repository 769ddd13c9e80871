import Link from 'next/link';

// Rendered with status 403 when the guard refuses a signed-in staff member's role (forbidden()).
export default function AdminForbidden() {
  return (
    <main id="main-content" className="dc-main grid-container usa-section" tabIndex={-1}>
      <h1>You cannot use this page</h1>
      <p>Your role does not include this page. If you need it for your work, ask an administrator to change your role.</p>
      <p>
        <Link className="usa-button" href="/admin">
          Go to the staff home page
        </Link>
      </p>
    </main>
  );
}
