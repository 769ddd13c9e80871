// An organization's email end to end (issue 15): asked for by lib/orgs, sent by the real workers through the
// real `resend` SDK to the local Resend-compatible server, like every notice. The sign-in link arrives at
// the member's own address and opens a session; its token is in no job payload; a decision reaches the
// applicant's contact in the language they applied in.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/index';
import { withServiceScope } from '../db/org-scope';
import { getSealer } from '../lib/keys';
import { queueOrgApplicationDecided } from '../lib/orgs/notices';
import { confirmSignInLink, requestSignInLink } from '../lib/orgs/sign-in-link';
import { createTestMember, createTestOrganization, testOrgDeps } from '../testing/orgs';
import { createPipelineHarness, type PipelineHarness } from '../testing/pipeline';
import { queuedSendJobs } from '../testing/queues';
import { waitFor } from '../testing/wait';
import { startWorkers, type WorkerRuntime } from './runtime';

let h: PipelineHarness;
let runtime: WorkerRuntime | undefined;
let deps: ReturnType<typeof testOrgDeps>;

beforeAll(async () => {
  h = await createPipelineHarness(0);
  deps = testOrgDeps(h.t.db, { prefix: h.prefix, queues: true, sealer: getSealer() });
  runtime = await startWorkers({
    db: h.t.db,
    concurrency: 2,
    prefix: h.prefix,
    log: () => {},
    emailRequestsPerSecond: 0,
    reconcileEveryMs: 60_000,
    heartbeatMs: 500,
    providers: { email: h.emailProvider() },
    senderThread: false,
  });
});
afterAll(async () => {
  await runtime?.close();
  deps?.redis.disconnect();
  await h?.dispose();
});

const emailsTo = (address: string) =>
  h.server
    .stats()
    .acceptedEmails.filter((e) => e.to.includes(address))
    .map((e) => h.server.getEmail(e.id)!);

describe('organization email through the notice pipeline', () => {
  it('sends a member their sign-in link, in their language, once; the link signs them in; no job carries the token', async () => {
    const orgId = await createTestOrganization(h.t.db, 'Pipeline Org (synthetic)');
    await createTestMember(h.t.db, orgId, 'pipeline-member@example.org', 'org_admin', 'ko');
    await requestSignInLink(deps, { email: 'pipeline-member@example.org', address: null });
    await requestSignInLink(deps, { email: 'stranger@example.org', address: null });
    await waitFor(async () => emailsTo('pipeline-member@example.org').length === 1, 'the sign-in email', 20_000, 100);
    const [email] = emailsTo('pipeline-member@example.org');
    expect(email!.subject).toBe('Disclosure Check 로그인 링크');
    expect(email!.html).toContain('lang="ko"');
    const link = /https?:\/\/[^\s"<]+\/ko\/advocates\/sign-in\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(email!.text ?? '');
    expect(link).not.toBeNull();
    const token = link![1]!;
    // The anti-phishing lines, and where to sign in typed by hand.
    expect(email!.text).toContain('/ko/advocates/sign-in');
    expect(email!.text).toContain('저희는 이메일, 문자 메시지 또는 전화로 인증 앱의 코드나 로그인 링크를 절대 요청하지 않습니다.');
    expect(h.server.stats().acceptedEmails.some((e) => e.to.includes('stranger@example.org'))).toBe(false);
    const jobs = await queuedSendJobs(h.prefix);
    expect(jobs.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobs)).not.toContain(token);
    const used = await confirmSignInLink(deps, token);
    expect(used.ok).toBe(true);
  });

  it('tells an applicant the decision: approved (where to sign in) or rejected (with the reason), once each', async () => {
    const approved = await createTestOrganization(h.t.db, 'Approved Org (synthetic)', 'approved');
    const rejected = await createTestOrganization(h.t.db, 'Rejected Org (synthetic)', 'rejected');
    expect(await queueOrgApplicationDecided(deps, { orgId: approved, outcome: 'approved' })).toEqual({ queued: true });
    expect(await queueOrgApplicationDecided(deps, { orgId: approved, outcome: 'approved' })).toEqual({ queued: false });
    await expect(queueOrgApplicationDecided(deps, { orgId: rejected, outcome: 'approved' })).rejects.toThrow('is rejected');
    await queueOrgApplicationDecided(deps, { orgId: rejected, outcome: 'rejected', reason: 'The EIN does not match the name given.' });
    const contactOf = async (id: number) => {
      const [row] = await withServiceScope(h.t.db, (tx) =>
        rowsOf<{ e: string }>(tx, sql`select contact_email as e from organizations where id = ${id}`),
      );
      return row!.e;
    };
    const [approvedTo, rejectedTo] = [await contactOf(approved), await contactOf(rejected)];
    await waitFor(async () => emailsTo(approvedTo).length === 1 && emailsTo(rejectedTo).length === 1, 'both decisions', 20_000, 100);
    const [yes] = emailsTo(approvedTo);
    const [no] = emailsTo(rejectedTo);
    expect(yes!.subject).toBe('Your application to Disclosure Check was approved');
    expect(yes!.text).toContain('The application of Approved Org (synthetic) to help clients on Disclosure Check was approved.');
    expect(yes!.text).toMatch(/Where to sign in: \S+\/en\/advocates\/sign-in/);
    expect(no!.subject).toBe('Decision on your application to Disclosure Check');
    expect(no!.text).toContain('The reason given: The EIN does not match the name given.');
    expect(no!.html).not.toContain('href=');
  });
});
