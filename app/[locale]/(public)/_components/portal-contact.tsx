import { getLocale, getTranslations } from 'next-intl/server';
import { formatHours } from '@/lib/help/hours';
import { formatUsPhone, telUri } from '@/lib/help/phone';
import { getPortalContact } from '../../_components/portal-contact';

// The portal's own contact: a phone line people can call (a tel: link dials it; nothing loads), its hours
// in the reader's language with the zone named, and where to write. Demo values say they are made up.
export async function PortalContact({ headingLevel = 'h2', compact = false }: { headingLevel?: 'h2' | 'h3'; compact?: boolean }) {
  const [t, locale, contact] = await Promise.all([getTranslations('Help'), getLocale(), getPortalContact()]);
  const Heading = headingLevel;
  return (
    <div className={`dc-contact${compact ? ' dc-contact--compact' : ''}`} data-testid="portal-contact">
      <Heading className="dc-contact__heading">{t('contactHeading')}</Heading>
      {contact.demo && (
        <p className="dc-tag dc-tag--synthetic" data-testid="contact-demo">
          {t('contactDemo')}
        </p>
      )}
      <dl className="dc-contact__list">
        <dt>{t('contactPhone')}</dt>
        <dd>
          <a href={telUri(contact.phone)} className="dc-phone" translate="no">
            {formatUsPhone(contact.phone)}
          </a>
        </dd>
        <dt>{t('contactHours')}</dt>
        <dd>{formatHours(contact.hours, locale)}</dd>
        <dt>{t('contactMail')}</dt>
        <dd>
          <address className="dc-postal" translate="no">
            {contact.postalAddress.map((line) => (
              <span key={line} className="display-block">
                {line}
              </span>
            ))}
          </address>
        </dd>
      </dl>
      <p className="dc-contact__never">{t('contactNever')}</p>
    </div>
  );
}
