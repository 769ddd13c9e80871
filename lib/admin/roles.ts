// The older names of some entries of the permission table (./permissions.ts), kept because the
// authorization matrix (e2e/admin/access-matrix.ts) reads them; new code names the permission instead.
import { permissions } from './permissions';

export const adminRoles = {
  recordsFind: permissions.findRecords,
  recordsReveal: permissions.revealRecords,
  imports: permissions.manageImports,
  audit: permissions.readAudit,
  queues: permissions.viewQueues,
} as const;

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
