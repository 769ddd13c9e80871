// How the organizations area names an application's status and kind.
export const organizationStatusLabels: Record<string, string> = {
  applied: 'Waiting for a decision',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const organizationKindLabels: Record<string, string> = {
  legal_aid: 'Legal aid',
  immigrant_rights: 'Immigrant rights',
  tax_clinic: 'Tax clinic',
  community: 'Community organization',
  other: 'Other',
};

export const decisionStateLabels: Record<string, string> = {
  pending: 'Waiting for a second administrator',
  applied: 'Confirmed',
  withdrawn: 'Withdrawn or rejected',
};
