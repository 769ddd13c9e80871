import { NotFoundPage } from './_components/not-found-page';

// Shown when a page under [locale] calls notFound() (an unknown path gets the same content from the
// [...rest] catch-all).
export default function LocaleNotFound() {
  return <NotFoundPage />;
}
