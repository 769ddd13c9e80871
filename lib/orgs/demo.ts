// The demonstration's advocacy organizations (DEMO_MODE only, never in production): two approved SYNTHETIC
// organizations, each with its contact as org admin, so that one can be signed in to and the other shown to
// see none of it, and one SYNTHETIC application waiting for a decision, for the staff area. Made-up names,
// EINs in 90- (a real prefix, but these numbers are invented), contacts at example.org. Idempotent: each is
// looked up by its EIN first, and nothing an administrator did to it is changed.
import { appendAudit } from '../../db/queries/audit';
import {
  approveDemoOrganization,
  findOrganizationByEin,
  insertFirstOrgAdmin,
  insertOrganizationApplication,
  type NewOrganization,
} from '../../db/queries/orgs';
import { withServiceScope } from '../../db/org-scope';
import type { Database } from '../../db/index';

const address = { addressLine2: null, city: 'Houston', state: 'TX', zip: '77002', contactPhone: null } as const;

export const demoOrganizations: readonly (NewOrganization & { approved: boolean })[] = [
  {
    ...address,
    name: 'Demo Legal Aid (synthetic)',
    ein: '900000101',
    kind: 'legal_aid',
    addressLine1: '101 Synthetic Way',
    contactName: 'Demo Org Admin',
    contactEmail: 'demo-org-admin@example.org',
    language: 'en',
    approved: true,
  },
  {
    ...address,
    name: 'Second Demo Org (synthetic)',
    ein: '900000102',
    kind: 'immigrant_rights',
    addressLine1: '102 Synthetic Way',
    contactName: 'Second Demo Org Admin',
    contactEmail: 'demo-org2-admin@example.org',
    language: 'es',
    approved: true,
  },
  {
    ...address,
    name: 'Pending Demo Clinic (synthetic)',
    ein: '900000103',
    kind: 'tax_clinic',
    addressLine1: '103 Synthetic Way',
    contactName: 'Pending Demo Contact',
    contactEmail: 'demo-org3-applicant@example.org',
    language: 'vi',
    approved: false,
  },
];

const actor = 'demo-setup';

/** Makes the demo organizations exist; returns how many were added this time. */
export async function ensureDemoOrganizations(db: Database, options: { appEnv: string; auditKey: Buffer }): Promise<number> {
  if (options.appEnv === 'production') throw new Error('Demo organizations are never created in production (APP_ENV=production).');
  let added = 0;
  for (const { approved, ...org } of demoOrganizations) {
    await withServiceScope(db, async (tx) => {
      if ((await findOrganizationByEin(tx, org.ein)).length > 0) return;
      const created = await insertOrganizationApplication(tx, org);
      if (!created) return;
      added++;
      if (approved) {
        await approveDemoOrganization(tx, { orgId: created.id, actor });
        await insertFirstOrgAdmin(tx, { orgId: created.id, email: org.contactEmail, language: org.language });
      }
      await appendAudit(tx, options.auditKey, {
        actor,
        action: 'organization.demo_created',
        outcome: 'ok',
        detail: { organization: created.id, approved },
      });
    });
  }
  return added;
}
