// The admin areas the home page lists, each with who may use it (the page itself checks again through
// the guard). Add an area here when its page lands.
import { permissions } from '@/lib/admin/permissions';
import type { Access } from '@/lib/staff/roles';

export type AdminArea = { href: string; title: string; description: string; access: Access };

export const adminAreas: readonly AdminArea[] = [
  {
    href: '/admin/dashboard',
    title: 'Dashboard',
    description:
      'The remediation overview (notified to paid, by language and state); claims, amounts, signals; the notice funnel; disposal.',
    access: permissions.viewDashboard,
  },
  {
    href: '/admin/claims',
    title: 'Claims',
    description: 'The review queue: assign, hold, request information, decide, and confirm another reviewer’s decision.',
    access: permissions.viewClaims,
  },
  {
    href: '/admin/organizations',
    title: 'Advocacy organizations',
    description:
      'Applications from legal-aid and immigrant-rights organizations: propose approval or rejection, and confirm another administrator’s proposal.',
    access: permissions.viewOrganizations,
  },
  {
    href: '/admin/payments',
    title: 'Claim payments',
    description:
      'Approved claims waiting to be paid; prepare and release ACH and check files (a second person), download them, import bank returns.',
    access: permissions.viewPayments,
  },
  {
    href: '/admin/batches',
    title: 'Notice batches',
    description: 'Create a batch from a selection, preview it in every language, approve (a second person), send and watch it.',
    access: permissions.viewBatches,
  },
  {
    href: '/admin/letters',
    title: 'Letters',
    description: 'Print files of letter batches: download them (after approval), mark them printed and mailed, import returned mail.',
    access: permissions.viewLetters,
  },
  {
    href: '/admin/disposal',
    title: 'Disposal certifications',
    description: 'Record a DHS disposal certification, see what it covers, prepare the confirmations.',
    access: permissions.viewDisposal,
  },
  {
    href: '/admin/outbox',
    title: 'Development outbox',
    description: 'What was "sent" without an email provider, and every letter.',
    access: permissions.listOutbox,
  },
  {
    href: '/admin/users',
    title: 'Staff accounts',
    description: 'Create accounts, change roles, disable accounts, reset second factors.',
    access: permissions.manageStaff,
  },
  {
    href: '/admin/records',
    title: 'Records',
    description: 'Find a record by notice code or SSN/ITIN; see it masked; reveal it with a stated reason.',
    access: permissions.findRecords,
  },
  {
    href: '/admin/imports',
    title: 'Imports',
    description: 'Upload a CSV of disclosed records, watch it import, download the rejects.',
    access: permissions.manageImports,
  },
  {
    href: '/admin/help-directory',
    title: 'Local help directory',
    description: 'Organizations the result page lists by state and language (administrators change it).',
    access: permissions.readHelpDirectory,
  },
  {
    href: '/admin/audit',
    title: 'Audit log',
    description: 'Search the audit log and verify its hash chain.',
    access: permissions.readAudit,
  },
  { href: '/admin/queues', title: 'Queues', description: 'The background job queues (bull-board).', access: permissions.viewQueues },
];
