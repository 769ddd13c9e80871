// Who may use each page of the development outbox (path → roles). The authorization matrix test walks
// this table. Opening a message is a read of personal data (audited), so fewer roles may.
import type { StaffRole } from '@/lib/staff/roles';
import { permissions } from '@/lib/admin/permissions';

export const outboxAccess = {
  '/admin/outbox': permissions.listOutbox,
  '/admin/outbox/[id]': permissions.readOutboxMessage,
} as const satisfies Record<string, readonly StaffRole[]>;
