import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { usStateCodes } from '@/lib/validation/record-row';
import { ApplyForm } from './_components/apply-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('OrgApply');
  return { title: t('metaTitle') };
}

// An advocacy organization applies for an account (issue 15): its facts and its contact person, who becomes
// its first administrator once two of the portal's administrators approve.
export default async function OrgApplyPage() {
  // Rendered per request: the form's answers must never come from a cache.
  await connection();
  const t = await getTranslations('OrgApply');
  return (
    <div className="grid-container dc-page">
      <div className="usa-prose">
        <h1>{t('title')}</h1>
        <p className="usa-intro">{t('lead')}</p>
        <p>{t('who')}</p>
      </div>
      <ApplyForm states={[...usStateCodes].sort()} />
    </div>
  );
}
