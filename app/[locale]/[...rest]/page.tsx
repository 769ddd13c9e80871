import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundPage } from '../_components/not-found-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

// Any path under /en/… or /es/… that no page matches lands here and gets the not-found page in that
// language, inside the locale layout (demo banner), with the header and footer. It renders the page
// itself instead of calling notFound() (next-intl's documented pattern): with Next 16.4, notFound() in
// this dynamic route sends an empty HTML shell and leaves the body to client-side JavaScript
// (vercel/next.js#62228), so a browser without JavaScript saw a blank page. A page cannot set its own
// status, so the front server answers these paths 404 (lib/web/unknown-paths.ts, from the build's route
// manifest). Revisit when Next renders notFound() bodies on the server here.
export default function UnknownLocalizedPath() {
  return <NotFoundPage />;
}
