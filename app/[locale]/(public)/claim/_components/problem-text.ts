'use client';

import { useTranslations } from 'next-intl';
import type { ClaimFormField, ClaimFormProblem } from '@/lib/validation/claims';

type Required =
  | 'actualAmount'
  | 'actualDescription'
  | 'language'
  | 'routingNumber'
  | 'accountNumber'
  | 'accountNumberAgain'
  | 'accountType'
  | 'accountHolder'
  | 'signedName';
type TooLong = 'actualDescription' | 'accountHolder' | 'signedName';

const requiredFields = new Set<ClaimFormField>([
  'actualAmount',
  'actualDescription',
  'language',
  'routingNumber',
  'accountNumber',
  'accountNumberAgain',
  'accountType',
  'accountHolder',
  'signedName',
]);
const tooLongFields = new Set<ClaimFormField>(['actualDescription', 'accountHolder', 'signedName']);

/**
 * The sentence for a field's problem code (lib/validation/claims.ts): "required" and "too long" say what that
 * field needs; every other code has one sentence whatever the field.
 */
export function useProblemText() {
  const t = useTranslations('Claim');
  return (field: ClaimFormField, problem: ClaimFormProblem): string => {
    if (problem === 'required' && requiredFields.has(field)) return t(`required.${field as Required}`);
    if (problem === 'too_long' && tooLongFields.has(field)) return t(`tooLong.${field as TooLong}`);
    if (problem === 'required' || problem === 'too_long') return t('problem.choice_unknown');
    return t(`problem.${problem}`);
  };
}
