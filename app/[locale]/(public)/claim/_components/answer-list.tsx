import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

export type AnswerRow = { label: string; value: ReactNode; change?: { href: string; text: string }; testId?: string };

// "Check your answers" (the GOV.UK summary list): each answer with a link back to its field. The link's
// text names the answer for a screen reader, which reads links out of context.
export function AnswerList({ rows }: { rows: AnswerRow[] }) {
  return (
    <dl className="dc-answers">
      {rows.map((row) => (
        <div className="dc-answers__row" key={row.label} data-testid={row.testId}>
          <dt className="dc-answers__key">{row.label}</dt>
          <dd className="dc-answers__value">{row.value}</dd>
          {row.change && (
            <dd className="dc-answers__action">
              <Link href={row.change.href}>
                {row.change.text}
                <span className="usa-sr-only"> {row.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
