// The organization application's fields, kinds and problem codes, on their own with no imports: the
// browser's form uses them, and zod (lib/validation/orgs.ts) must not reach the browser bundle, where its
// eval probe trips the Content-Security-Policy.
export const organizationKinds = ['legal_aid', 'immigrant_rights', 'tax_clinic', 'community', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** The form's fields by name, in page order (the error summary lists problems in this order). */
export const orgApplicationFields = [
  'name',
  'ein',
  'kind',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'zip',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
export type OrgApplicationField = (typeof orgApplicationFields)[number];

export type OrgApplicationProblem =
  | 'required'
  | 'too_long'
  | 'ein_format'
  | 'ein_prefix'
  | 'ein_taken'
  | 'kind_unknown'
  | 'state_invalid'
  | 'zip_invalid'
  | 'email_format'
  | 'email_taken'
  | 'phone_format';

/** The posted form's field names (snake case, as the page's inputs are named). */
export const orgApplicationNames: Record<OrgApplicationField, string> = {
  name: 'name',
  ein: 'ein',
  kind: 'kind',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  state: 'state',
  zip: 'zip',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
};

export type OrgApplicationValues = Record<OrgApplicationField, string>;

export const emptyOrgApplication: OrgApplicationValues = Object.fromEntries(
  orgApplicationFields.map((f) => [f, '']),
) as OrgApplicationValues;

export type OrgApplicationErrors = Partial<Record<OrgApplicationField, OrgApplicationProblem>>;
