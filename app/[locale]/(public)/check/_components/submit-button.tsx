'use client';

import { useTranslations } from 'next-intl';

// The form's one submit button; while the action runs it says so (and a second press does nothing).
export function SubmitButton({ label, pending }: { label: string; pending: boolean }) {
  const t = useTranslations('SelfCheckForm');
  return (
    <button
      className="usa-button dc-submit"
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(e) => pending && e.preventDefault()}
    >
      {pending ? t('pending') : label}
    </button>
  );
}
