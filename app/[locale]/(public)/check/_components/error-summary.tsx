'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type MouseEvent } from 'react';

export type SummaryItem = { targetId: string; text: string };

// The error summary at the top of a form (GOV.UK / USWDS pattern): takes focus when a submission comes
// back with errors, so a screen reader reads it first, and each link moves focus to its field.
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const t = useTranslations('SelfCheckForm');
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;
  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [attempt, hasItems]);
  if (!hasItems) return null;
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus();
  };
  return (
    <div className="usa-alert usa-alert--error dc-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-heading" role="group">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('errorSummaryHeading')}
        </h2>
        <ul className="usa-list usa-list--unstyled dc-error-summary__list">
          {items.map((item) => (
            <li key={item.targetId}>
              <a href={`#${item.targetId}`} onClick={(e) => focusField(e, item.targetId)}>
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
