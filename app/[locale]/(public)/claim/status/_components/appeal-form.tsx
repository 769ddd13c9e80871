'use client';

import { appealMaxLength } from '@/lib/claims/appeal-limit';
import { askAppealAction } from '../actions';
import { initialAppealState } from '../form-state';
import { StatementForm, type StatementAction } from './statement-form';

/** The person's request to look at a denied claim again. */
export function AppealForm() {
  return (
    <StatementForm
      action={askAppealAction as StatementAction}
      initial={initialAppealState}
      field="explanation"
      maxLength={appealMaxLength}
      fieldProblems={['appeal_missing', 'appeal_too_long']}
      keys={{ noticeHeading: 'appealHeading', label: 'appealLabel', hint: 'appealHint', submit: 'appealSubmit' }}
      noticeTestId="appeal-refused"
    />
  );
}
