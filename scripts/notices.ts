// npm run notices -- COMMAND: drive the notification pipeline from the command line.
//   create --type initial_notice|disposal_confirmation|notice_copy [--name N] [--category C]… [--language L]…
//          [--state S]… [--has-email] [--not-notified] [--channel email|letter]…
//   preview ID | start ID | pause ID | resume ID | cancel ID | status ID | list
//   approve ID --actor NAME       a second person approves a draft (not its creator); only then can it start
//   --actor NAME (any command)    who is acting, for the audit log and the four-eyes check (default: cli)
//   watch ID [--run-workers]      progress bar until the batch finishes (optionally running workers here)
//   dispose --date YYYY-MM-DD --reference R --method deletion|media_destruction|data_return|other [--note TEXT]
//           --scope all|category|batch|notice_codes [--value V]…     records a DRAFT certification (marks nothing)
//   approve-disposal ID --actor NAME      a second person approves it: marks its records, drafts the confirmations
//   withdraw-disposal ID --reason R --actor NAME   discards a draft; for an approved one, asks for its withdrawal
//                                          (it still stands until a second person confirms)
//   confirm-withdrawal ID --actor NAME    another person (never the one who asked) confirms: marks reversed,
//                                          an unfinished confirmation batch cancelled, history kept
//   cancel-withdrawal ID [--actor NAME]   drops a pending request; nothing else changes
import { parseArgs } from 'node:util';
import { listBatches } from '../db/queries/batches';
import { renderNoticeTemplate } from '../emails/render';
import { env } from '../lib/env';
import { pipelineDeps } from '../server/pipeline-deps';
import {
  approveDisposal,
  cancelDisposalWithdrawalRequest,
  confirmDisposalWithdrawalRequest,
  recordDisposal,
  withdrawDisposal,
} from '../lib/notices/disposal-service';
import {
  approveNoticeBatch,
  cancelNoticeBatch,
  createNoticeBatch,
  getBatchProgress,
  parseNoticeBatch,
  pauseNoticeBatch,
  previewNoticeBatch,
  resumeNoticeBatch,
  startNoticeBatch,
  type Result,
  type ServiceDeps,
  actingAs,
} from '../lib/notices/service';
import { closeQueues } from '../workers/enqueue';
import { countLiveWorkers, startWorkers } from '../workers/runtime';
import { openCliDatabase, runCli } from './cli';

const usage =
  'Usage: npm run notices -- create|preview|approve|start|pause|resume|cancel|status|watch|list|dispose|approve-disposal|withdraw-disposal|confirm-withdrawal|cancel-withdrawal … [--actor NAME] (see scripts/notices.ts)';

function bar(fraction: number, width = 30): string {
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1)}%`;
}

function report<T>(result: Result<T>, describe: (data: T) => string): number {
  if (!result.ok) {
    console.error(result.error);
    return 1;
  }
  console.log(describe(result.data));
  return 0;
}

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      name: { type: 'string' },
      category: { type: 'string', multiple: true },
      language: { type: 'string', multiple: true },
      state: { type: 'string', multiple: true },
      channel: { type: 'string', multiple: true },
      'has-email': { type: 'boolean' },
      'not-notified': { type: 'boolean' },
      'run-workers': { type: 'boolean' },
      date: { type: 'string' },
      reference: { type: 'string' },
      method: { type: 'string' },
      note: { type: 'string' },
      scope: { type: 'string' },
      reason: { type: 'string' },
      value: { type: 'string', multiple: true },
      actor: { type: 'string' },
    },
  });
  const [command, idText] = positionals;
  if (!command) {
    console.error(usage);
    return 2;
  }
  const id = Number(idText);
  const needsId = ['preview', 'approve', 'start', 'pause', 'resume', 'cancel', 'status', 'watch'].includes(command);
  if (needsId && !Number.isSafeInteger(id)) {
    console.error(`"${command}" needs a batch number, e.g. npm run notices -- ${command} 1`);
    return 2;
  }
  if (
    ['approve-disposal', 'withdraw-disposal', 'confirm-withdrawal', 'cancel-withdrawal'].includes(command) &&
    !(Number.isSafeInteger(id) && id > 0)
  ) {
    console.error(`"${command}" needs a certification number, e.g. npm run notices -- ${command} 1 --actor NAME`);
    return 2;
  }
  const actor = values.actor?.trim();
  // Approval is the four-eyes step: it must name who approves, and that cannot be the default "cli".
  if (command === 'confirm-withdrawal' && !actor) {
    console.error(
      '"confirm-withdrawal" needs the confirmer\'s name, e.g. npm run notices -- confirm-withdrawal 1 --actor j.doe (not the one who asked for it)',
    );
    return 2;
  }
  if (command === 'approve' && !actor) {
    console.error('"approve" needs the approver\'s name, e.g. npm run notices -- approve 1 --actor j.doe (not the batch\'s creator)');
    return 2;
  }
  const e = env();
  const handle = await openCliDatabase('notices');
  const deps: ServiceDeps = actingAs(pipelineDeps(handle.db), actor || 'cli');
  try {
    switch (command) {
      case 'create': {
        const parsed = parseNoticeBatch({
          name: values.name ?? `${values.type ?? 'notice'} batch ${new Date().toISOString().slice(0, 16)}`,
          type: values.type,
          selection: {
            categories: values.category,
            languages: values.language,
            states: values.state,
            channels: values.channel,
            hasEmail: values['has-email'],
            notYetNotified: values['not-notified'],
          },
        });
        return report(
          parsed.ok ? await createNoticeBatch(deps, parsed.data) : parsed,
          (b) =>
            `Created batch ${b.id} (${b.type}): ${b.totalAtCreation} records selected. Preview: npm run notices -- preview ${b.id}; another person approves it: npm run notices -- approve ${b.id} --actor NAME`,
        );
      }
      case 'preview': {
        const r = await previewNoticeBatch(deps, id);
        if (!r.ok) return report(r, () => '');
        // What each language's notice will say: the template as rendered, before anyone's details go in.
        const lines = [
          `Batch ${r.data.batch.id} "${r.data.batch.name}" — ${r.data.batch.type}, ${r.data.batch.status}, ${r.data.batch.totalAtCreation} records`,
        ];
        for (const l of r.data.languages) {
          const rendered = await renderNoticeTemplate(r.data.batch.type, l.language, { portalUrl: e.PORTAL_URL, demo: e.demo });
          const fallback =
            rendered.contentLanguage !== rendered.language ? ` (in ${rendered.contentLanguage}, with a line in ${l.language})` : '';
          lines.push(`  ${l.language.padEnd(8)} ${String(l.count).padStart(6)}  "${rendered.subject}"${fallback}`);
        }
        console.log(lines.join('\n'));
        return 0;
      }
      case 'approve':
        return report(
          await approveNoticeBatch(deps, id),
          (b) => `Batch ${b.id} approved by ${b.approvedBy}. Start it: npm run notices -- start ${b.id}`,
        );
      case 'start':
        return report(await startNoticeBatch(deps, id), (b) => `Batch ${b.id} started. Watch it: npm run notices -- watch ${b.id}`);
      case 'pause':
        return report(await pauseNoticeBatch(deps, id), (b) => `Batch ${b.id} paused; ${b.held} notices held back.`);
      case 'resume':
        return report(await resumeNoticeBatch(deps, id), (b) => `Batch ${b.id} resumed.`);
      case 'cancel':
        return report(await cancelNoticeBatch(deps, id), (b) => `Batch ${b.id} cancelled; ${b.cancelled} notices will not be sent.`);
      case 'list':
        for (const b of await listBatches(handle.db)) {
          const approval = b.approvedBy ? `approved by ${b.approvedBy}` : 'not approved';
          console.log(
            `${String(b.id).padStart(4)}  ${b.status.padEnd(9)} ${b.type.padEnd(22)} ${String(b.totalAtCreation).padStart(6)}  ${approval.padEnd(24)} ${b.name}`,
          );
        }
        return 0;
      case 'status':
      case 'watch': {
        let runtime;
        if (command === 'watch' && values['run-workers']) {
          if ((await countLiveWorkers()) > 0) console.log('Workers are already running elsewhere; watching only.');
          else runtime = await startWorkers({ db: handle.db, concurrency: e.WORKER_CONCURRENCY, log: () => {} });
        }
        for (;;) {
          const p = await getBatchProgress(deps, id);
          if (!p) {
            console.error(`There is no batch ${id}.`);
            return 1;
          }
          const counts = Object.entries(p.byStatus)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ');
          const line = `Batch ${id} ${p.batch.status.padEnd(9)} ${bar(p.fraction)} ${p.done}/${p.total}${counts ? ` (${counts})` : ''}`;
          const finished = ['completed', 'cancelled'].includes(p.batch.status) || (p.batch.status === 'paused' && command === 'watch');
          if (command === 'status' || finished || !process.stdout.isTTY) console.log(line);
          else process.stdout.write(`\r${line}`);
          if (command === 'status' || finished) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
        await runtime?.close();
        return 0;
      }
      case 'dispose':
        return report(
          await recordDisposal(deps, {
            certifiedOn: values.date,
            reference: values.reference,
            method: values.method,
            methodNote: values.note,
            scope: values.scope,
            scopeValue: values.value ?? [],
          }),
          (d) =>
            `Recorded disposal certification ${d.certification.id} as a draft covering ${d.certification.recordsMarked} records. ` +
            `It marks no record and changes no public page until another staff member approves it: npm run notices -- approve-disposal ${d.certification.id} --actor NAME.`,
        );
      case 'approve-disposal':
        return report(
          await approveDisposal(deps, id),
          (d) =>
            `Certification ${id} approved: ${d.marked} records newly marked. ` +
            (d.batch
              ? `Their confirmations are in batch ${d.batch.id}, a draft awaiting another person's approval: npm run notices -- approve ${d.batch.id} --actor NAME, then start ${d.batch.id}.`
              : `Its confirmations are in batch ${d.certification.batchId}.`),
        );
      case 'withdraw-disposal':
        return report(await withdrawDisposal(deps, id, values.reason ?? ''), (d) =>
          d.step === 'discarded'
            ? `Draft certification ${id} discarded; it had changed nothing.`
            : `Withdrawal of certification ${id} requested. It still stands until another person confirms: npm run notices -- confirm-withdrawal ${id} --actor NAME (or cancel-withdrawal ${id}).`,
        );
      case 'confirm-withdrawal':
        return report(
          await confirmDisposalWithdrawalRequest(deps, id),
          (d) =>
            `Certification ${id} withdrawn: ${d.unmarked} records no longer marked as disposed. ` +
            (d.batchCancelled
              ? `Its confirmation batch ${d.certification.batchId} was cancelled (${d.noticesCancelled} notices not sent).`
              : 'No unfinished confirmation batch to cancel.'),
        );
      case 'cancel-withdrawal':
        return report(
          await cancelDisposalWithdrawalRequest(deps, id),
          (d) => `The request to withdraw certification ${id} (made by ${d.requestedBy}) is cancelled; the certification stands.`,
        );
      default:
        console.error(usage);
        return 2;
    }
  } finally {
    await closeQueues();
    await handle.close();
  }
});
