// Staff roles (issue 5). Administrators implicitly hold every other role: they manage users and settings
// and may also do any other role's work (the demo administrator approves a notice operator's batch, the
// four-eyes rule being "not the creator", not "not an administrator"). Every other role holds only itself.
export const staffRoles = ['administrator', 'notice_operator', 'claims_reviewer', 'payments_officer', 'auditor'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const roleLabels: Readonly<Record<StaffRole, string>> = {
  administrator: 'Administrator',
  notice_operator: 'Notice operator',
  claims_reviewer: 'Claims reviewer',
  payments_officer: 'Payments officer',
  auditor: 'Auditor',
};

export const roleDescriptions: Readonly<Record<StaffRole, string>> = {
  administrator: 'Manages staff accounts and settings, and may do the work of every other role.',
  notice_operator: 'Imports records, prepares and sends notice batches, records disposal certifications.',
  claims_reviewer: 'Reviews and decides claims.',
  payments_officer: 'Prepares and releases payment files for approved claims (a second officer releases), imports bank returns.',
  auditor: 'Reads the audit log and the figures; changes nothing.',
};

/** Who may use something: any signed-in staff member, or the listed roles (administrators always). */
export type Access = 'any' | readonly StaffRole[];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (staffRoles as readonly string[]).includes(value);
}

export function roleMayUse(role: StaffRole, access: Access): boolean {
  if (access === 'any' || role === 'administrator') return true;
  return access.includes(role);
}
