'use client';

import { answerMaxLength } from '@/lib/claims/answer-limit';
import { answerRequestAction } from '../actions';
import { initialAnswerState } from '../form-state';
import { StatementForm, type StatementAction } from './statement-form';

/** The person's answer to a request for more information. */
export function AnswerForm() {
  return (
    <StatementForm
      action={answerRequestAction as StatementAction}
      initial={initialAnswerState}
      field="answer"
      maxLength={answerMaxLength}
      fieldProblems={['answer_missing', 'answer_too_long']}
      keys={{ noticeHeading: 'requestHeading', label: 'answerLabel', hint: 'answerHint', submit: 'answerSubmit' }}
      noticeTestId="answer-refused"
    />
  );
}
