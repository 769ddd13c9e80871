import { getTranslations } from 'next-intl/server';
import { richTags } from './rich';

// 26 U.S.C. 6103 and 7431 as summarised in /work/shared/facts.md.
export async function YourRights() {
  const t = await getTranslations('Landing.rights');
  return (
    <section className="dc-section usa-prose" aria-labelledby="your-rights">
      <h2 id="your-rights">{t('heading')}</h2>
      <p>{t('confidential')}</p>
      <h3>{t('damagesHeading')}</h3>
      <p>{t.rich('damages', richTags)}</p>
      <h3>{t('deadlineHeading')}</h3>
      <p>{t.rich('deadline', richTags)}</p>
      <p>{t('portalHelps')}</p>
      <p className="dc-note">{t('notAdvice')}</p>
    </section>
  );
}
