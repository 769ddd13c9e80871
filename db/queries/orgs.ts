// Organizations' applications and the four-eyes decisions on them (issue 15, item 1). Every function here
// runs on a transaction opened by withServiceScope (db/org-scope.ts): the tables are under row-level
// security and are empty to anything else. The two-person rule of a decision lives in the confirming
// statement itself (as approveBatch's does), with the check constraint organization_decisions_two_people
// underneath it.
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import type { Transaction } from '../index';
import { organizationDecisions, organizations, orgMembers, type OrganizationDecisionRow, type OrganizationRow } from '../schema/orgs';

export type OrganizationStatus = 'applied' | 'approved' | 'rejected';
export const organizationStatuses: readonly OrganizationStatus[] = ['applied', 'approved', 'rejected'];

export type NewOrganization = {
  name: string;
  ein: string;
  kind: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  language: string;
};

/** A new application; undefined when another live application or organization has the EIN (organizations_ein_live). */
export async function insertOrganizationApplication(tx: Transaction, values: NewOrganization): Promise<{ id: number } | undefined> {
  const [row] = await tx
    .insert(organizations)
    .values({ ...values, status: 'applied' })
    .onConflictDoNothing()
    .returning({ id: organizations.id });
  return row;
}

/** Is this (normalized) email already taken: a member of an organization, or the contact of a live application? */
export async function findContactEmailInUse(tx: Transaction, email: string): Promise<'member' | 'applicant' | null> {
  const [member] = await tx.select({ id: orgMembers.id }).from(orgMembers).where(eq(orgMembers.email, email)).limit(1);
  if (member) return 'member';
  const [applicant] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.contactEmail, email), eq(organizations.status, 'applied')))
    .limit(1);
  return applicant ? 'applicant' : null;
}

export async function findOrganization(tx: Transaction, id: number): Promise<OrganizationRow | undefined> {
  const [row] = await tx.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByEin(tx: Transaction, ein: string): Promise<OrganizationRow[]> {
  return tx.select().from(organizations).where(eq(organizations.ein, ein)).orderBy(asc(organizations.id));
}

export type OrganizationListRow = Pick<OrganizationRow, 'id' | 'name' | 'ein' | 'kind' | 'state' | 'status' | 'appliedAt' | 'decidedAt'> & {
  pendingOutcome: string | null;
};

/** The list, newest application first, optionally of one status, with the outcome of a pending proposal. */
export async function listOrganizations(
  tx: Transaction,
  params: { status?: OrganizationStatus; limit?: number },
): Promise<OrganizationListRow[]> {
  return tx
    .select({
      id: organizations.id,
      name: organizations.name,
      ein: organizations.ein,
      kind: organizations.kind,
      state: organizations.state,
      status: organizations.status,
      appliedAt: organizations.appliedAt,
      decidedAt: organizations.decidedAt,
      pendingOutcome: organizationDecisions.outcome,
    })
    .from(organizations)
    .leftJoin(organizationDecisions, and(eq(organizationDecisions.orgId, organizations.id), eq(organizationDecisions.state, 'pending')))
    .where(params.status ? eq(organizations.status, params.status) : undefined)
    .orderBy(desc(organizations.appliedAt), desc(organizations.id))
    .limit(params.limit ?? 200);
}

export async function countOrganizationsByStatus(tx: Transaction): Promise<Record<OrganizationStatus, number>> {
  const rows = await tx.select({ status: organizations.status, n: count() }).from(organizations).groupBy(organizations.status);
  const out: Record<OrganizationStatus, number> = { applied: 0, approved: 0, rejected: 0 };
  for (const r of rows) out[r.status as OrganizationStatus] = r.n;
  return out;
}

export async function listOrganizationDecisions(tx: Transaction, orgId: number): Promise<OrganizationDecisionRow[]> {
  return tx.select().from(organizationDecisions).where(eq(organizationDecisions.orgId, orgId)).orderBy(asc(organizationDecisions.id));
}

export async function findPendingOrganizationDecision(tx: Transaction, orgId: number): Promise<OrganizationDecisionRow | undefined> {
  const [row] = await tx
    .select()
    .from(organizationDecisions)
    .where(and(eq(organizationDecisions.orgId, orgId), eq(organizationDecisions.state, 'pending')));
  return row;
}

/**
 * A proposal to approve or reject: only on an application still applied and with no other proposal pending
 * (organization_decisions_one_pending); undefined otherwise.
 */
export async function proposeOrganizationDecision(
  tx: Transaction,
  params: { orgId: number; outcome: 'approve' | 'reject'; reason: string | null; proposedBy: string },
): Promise<OrganizationDecisionRow | undefined> {
  // The application's row is locked so a confirmation cannot decide it between this check and the insert.
  const [open] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, params.orgId), eq(organizations.status, 'applied')))
    .for('update');
  if (!open) return undefined;
  const [row] = await tx
    .insert(organizationDecisions)
    .values({ orgId: params.orgId, outcome: params.outcome, reason: params.reason, proposedBy: params.proposedBy })
    .onConflictDoNothing()
    .returning();
  return row;
}

/**
 * The second administrator confirms a pending proposal. The statement itself refuses the proposer
 * (`proposed_by <> confirmer`) and a proposal whose application was decided meanwhile; undefined then.
 */
export async function confirmOrganizationDecision(
  tx: Transaction,
  params: { decisionId: number; confirmer: string },
): Promise<OrganizationDecisionRow | undefined> {
  const [row] = await tx
    .update(organizationDecisions)
    .set({ state: 'applied', confirmedBy: params.confirmer, confirmedAt: sql`now()` })
    .where(
      and(
        eq(organizationDecisions.id, params.decisionId),
        eq(organizationDecisions.state, 'pending'),
        ne(organizationDecisions.proposedBy, params.confirmer),
        sql`exists (select 1 from organizations o where o.id = ${organizationDecisions.orgId} and o.status = 'applied')`,
      ),
    )
    .returning();
  return row;
}

/** A pending proposal withdrawn (by its proposer) or rejected (by another administrator): nothing else changes. */
export async function withdrawOrganizationDecision(
  tx: Transaction,
  params: { decisionId: number; by: string },
): Promise<OrganizationDecisionRow | undefined> {
  const [row] = await tx
    .update(organizationDecisions)
    .set({ state: 'withdrawn', withdrawnBy: params.by, withdrawnAt: sql`now()` })
    .where(and(eq(organizationDecisions.id, params.decisionId), eq(organizationDecisions.state, 'pending')))
    .returning();
  return row;
}

export async function findOrganizationDecision(tx: Transaction, id: number): Promise<OrganizationDecisionRow | undefined> {
  const [row] = await tx.select().from(organizationDecisions).where(eq(organizationDecisions.id, id));
  return row;
}

/** The application's outcome, once: only from applied. */
export async function decideOrganization(
  tx: Transaction,
  params: { orgId: number; status: 'approved' | 'rejected' },
): Promise<OrganizationRow | undefined> {
  const [row] = await tx
    .update(organizations)
    .set({ status: params.status, decidedAt: sql`now()` })
    .where(and(eq(organizations.id, params.orgId), eq(organizations.status, 'applied')))
    .returning();
  return row;
}

/** The first org admin: the application's contact, invited by no one; undefined when the email is a member already. */
export async function insertFirstOrgAdmin(
  tx: Transaction,
  params: { orgId: number; email: string; language: string },
): Promise<{ id: number } | undefined> {
  const [row] = await tx
    .insert(orgMembers)
    .values({ orgId: params.orgId, email: params.email, role: 'org_admin', language: params.language, invitedBy: null })
    .onConflictDoNothing()
    .returning({ id: orgMembers.id });
  return row;
}

export async function countOrgMembers(tx: Transaction, orgId: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(orgMembers).where(eq(orgMembers.orgId, orgId));
  return row?.n ?? 0;
}

/**
 * The demonstration's seed only (lib/orgs/demo.ts): a synthetic organization approved with a decision whose
 * two people are the seed's two names, so the staff area shows its history as for a real one. The table's
 * constraints hold here as everywhere (the confirmer is not the proposer).
 */
export async function approveDemoOrganization(tx: Transaction, params: { orgId: number; actor: string }): Promise<void> {
  await tx.insert(organizationDecisions).values({
    orgId: params.orgId,
    outcome: 'approve',
    reason: 'Synthetic demonstration organization',
    proposedBy: params.actor,
    state: 'applied',
    confirmedBy: `${params.actor}:second`,
    confirmedAt: sql`now()`,
  });
  await decideOrganization(tx, { orgId: params.orgId, status: 'approved' });
}
