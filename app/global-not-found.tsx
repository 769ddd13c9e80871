import '@uswds/uswds/css/uswds.min.css';
import './globals.css';
import type { Metadata } from 'next';

// A URL that matches no route at all, e.g. /es/typo. Next serves this page as static HTML without any
// layout, so it works without JavaScript; it cannot know the language, so it answers in both.
// Rendered per request, not prerendered: its inline scripts need the request's CSP nonce (lib/web/csp.ts).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Page not found / No se encontró la página',
};

export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="main-content" className="grid-container usa-section">
          <div className="usa-prose">
            <h1>Page not found</h1>
            <p>We could not find this page. If you typed the address, check that it is correct.</p>
            <p>
              <a className="usa-button" href="/en">
                Go to the home page
              </a>
            </p>
            <div lang="es">
              <h2>No se encontró la página</h2>
              <p>No pudimos encontrar esta página. Si escribió la dirección, revise que sea correcta.</p>
              <p>
                <a className="usa-button" href="/es" hrefLang="es">
                  Ir a la página principal
                </a>
              </p>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
