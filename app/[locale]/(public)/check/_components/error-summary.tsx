'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type MouseEvent } from 'react';

export type SummaryItem = { targetId: string; text: string };

// The error summary at the top of a form (GOV.UK / USWDS pattern): takes focus when a submission comes
// back with errors, so a screen reader reads it first, and each link moves focus to its field.
// `note`: a sentence under the heading that belongs to no one field (how many tries remain).
export function ErrorSummary({ items, attempt, note }: { items: SummaryItem[]; attempt: number; note?: string }) {
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
    <div
      className="usa-alert usa-alert--error dc-error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-heading"
      role="group"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('errorSummaryHeading')}
        </h2>
        {note && (
          <p className="usa-alert__text" data-testid="tries-left">
            {note}
          </p>
        )}
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
