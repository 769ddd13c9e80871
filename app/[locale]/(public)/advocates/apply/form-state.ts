// The state the organization application form moves through (useActionState), shared by the action and the form.
import { emptyOrgApplication, type OrgApplicationErrors, type OrgApplicationValues } from '@/lib/validation/org-fields';

export type OrgApplyState = {
  values: OrgApplicationValues;
  attempt: number;
  fieldErrors: OrgApplicationErrors;
  notice: null | { kind: 'rate_limited'; waitMs: number } | { kind: 'unavailable'; errorId: string };
};

export const initialOrgApplyState: OrgApplyState = { values: emptyOrgApplication, attempt: 0, fieldErrors: {}, notice: null };
