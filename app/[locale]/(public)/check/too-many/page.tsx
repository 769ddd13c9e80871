import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { Link } from '@/i18n/navigation';
import { RateLimited } from '../_components/form-notices';
import { tooManyWaitMs } from '@/lib/self-check/too-many';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('SelfCheckForm');
  return { title: t('rateLimitedHeading') };
}

type Props = { searchParams: Promise<{ until?: string; from?: string }> };

// Where a check refused by a rate limit lands (proxy.ts answers it with 429 and Retry-After). The time
// comes from the address; anyone can type another one, and all it changes is the time this page shows.
export default async function TooManyPage({ searchParams }: Props) {
  await connection();
  const { until, from } = await searchParams;
  const now = Date.now();
  const waitMs = tooManyWaitMs(until, now);
  const t = await getTranslations('SelfCheckForm');
  return (
    <div className="grid-container dc-page">
      <h1 className="usa-sr-only">{t('rateLimitedHeading')}</h1>
      <RateLimited retryAt={now + waitMs} waitMs={waitMs} kept={false} />
      <p>
        <Link href={from === 'mail' ? '/check/by-mail' : '/check'}>{t('tooManyBack')}</Link>
      </p>
    </div>
  );
}
