// Who may use each page and server action of the letters area (path or action name → roles). The
// authorization matrix test walks this table. Downloading a file is a read of names and addresses
// (audited), so fewer roles may than see the list.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const lettersAccess = {
  '/admin/letters': permissions.viewLetters,
  '/admin/letters/returned': permissions.importReturnedMail,
  markPrintFilePrinted: permissions.markPrintFiles,
  markPrintFileMailed: permissions.markPrintFiles,
} as const satisfies Record<string, readonly StaffRole[]>;
