// Runs the local Resend server on its own, for benchmarks and manual runs of the workers:
//   npx tsx testing/run-resend-server.ts --port 3301 [--rate 2] [--fail500 0.2] [--fail429 0.1]
//     [--timeout-rate 0.05] [--fail-after-accept] [--latency 40] [--seed 1] [--api-key re_...]
//     [--webhook-url URL [--webhook-secret whsec_...]] [--auto-deliver delivered|bounced] [--stats-every 5]
// Then start the workers with RESEND_BASE_URL set to the printed URL. Stats go to stdout every few
// seconds while requests come in, and once more on Ctrl-C.
import { parseArgs } from 'node:util';
import { generateWebhookSecret, startResendServer, type ResendServerOptions, type ResendServerStats } from './resend-server';

const usage =
  'Usage: npx tsx testing/run-resend-server.ts --port 3301 [--rate 2] [--fail500 0.2] [--fail429 0.1] [--timeout-rate 0.05] ' +
  '[--fail-after-accept] [--latency 40] [--seed 1] [--api-key re_...] [--webhook-url URL [--webhook-secret whsec_...]] ' +
  '[--auto-deliver delivered|bounced] [--stats-every 5]';

class UsageError extends Error {}

function number(value: string | undefined, name: string, check: (n: number) => boolean, rule: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} must be ${rule}, not "${value}".`);
  return n;
}

const share = (v: string | undefined, name: string) => number(v, name, (n) => n >= 0 && n <= 1, 'a share between 0 and 1');
const whole = (v: string | undefined, name: string, min: number) =>
  number(v, name, (n) => Number.isSafeInteger(n) && n >= min, `a whole number of at least ${min}`);

function parseRunArgs(argv: readonly string[]): { options: ResendServerOptions; statsEverySeconds: number } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '3301' },
        rate: { type: 'string' },
        fail500: { type: 'string' },
        fail429: { type: 'string' },
        'timeout-rate': { type: 'string' },
        'fail-after-accept': { type: 'boolean', default: false },
        latency: { type: 'string' },
        seed: { type: 'string' },
        'api-key': { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        'auto-deliver': { type: 'string' },
        'stats-every': { type: 'string', default: '5' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const autoDeliver = values['auto-deliver'];
  if (autoDeliver !== undefined && autoDeliver !== 'delivered' && autoDeliver !== 'bounced') {
    throw new UsageError(`--auto-deliver must be "delivered" or "bounced", not "${autoDeliver}".`);
  }
  if (values['webhook-secret'] !== undefined && values['webhook-url'] === undefined) {
    throw new UsageError('--webhook-secret needs --webhook-url.');
  }
  if (autoDeliver !== undefined && values['webhook-url'] === undefined) throw new UsageError('--auto-deliver needs --webhook-url.');
  const webhookUrl = values['webhook-url'];
  return {
    options: {
      port: whole(values.port, 'port', 0),
      rateLimitPerSecond: whole(values.rate, 'rate', 1) ?? null,
      failureRate500: share(values.fail500, 'fail500'),
      failureRate429: share(values.fail429, 'fail429'),
      timeoutRate: share(values['timeout-rate'], 'timeout-rate'),
      failAfterAccept: values['fail-after-accept'],
      latencyMs: whole(values.latency, 'latency', 0),
      seed: whole(values.seed, 'seed', 0),
      apiKey: values['api-key'] ?? null,
      webhook: webhookUrl ? { url: webhookUrl, secret: values['webhook-secret'] ?? generateWebhookSecret() } : null,
      autoDeliver: autoDeliver ?? null,
    },
    statsEverySeconds: whole(values['stats-every'], 'stats-every', 1)!,
  };
}

function describeStats(s: ResendServerStats): string {
  const webhooksOk = s.webhookDeliveries.filter((d) => d.status !== null && d.status < 300).length;
  return [
    `requests ${s.requests}`,
    `accepted emails ${s.acceptedTotal}`,
    `replays ${s.replays}`,
    `429 limiter ${s.rateLimited} / injected ${s.injected429}`,
    `500 injected ${s.injected500}`,
    `unanswered ${s.timedOut}`,
    `webhooks ok ${webhooksOk} / failed ${s.webhookDeliveries.length - webhooksOk}`,
    `responses ${JSON.stringify(s.responsesByStatus)}`,
  ].join(' · ');
}

async function main(): Promise<void> {
  const { options, statsEverySeconds } = parseRunArgs(process.argv.slice(2));
  const server = await startResendServer(options);
  console.log(`Local Resend server listening on ${server.url}`);
  console.log(`  RESEND_BASE_URL=${server.url}`);
  if (options.webhook) console.log(`  webhooks → ${options.webhook.url} signed with ${options.webhook.secret}`);

  let lastSeen = '0/0';
  const report = (force: boolean) => {
    const stats = server.stats();
    const seen = `${stats.requests}/${stats.webhookDeliveries.length}`;
    if (!force && seen === lastSeen) return; // quiet while nothing happens
    lastSeen = seen;
    console.log(`[${new Date().toISOString()}] ${describeStats(stats)}`);
  };
  const ticker = setInterval(() => report(false), statsEverySeconds * 1000);

  const stop = () => {
    clearInterval(ticker);
    report(true);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n${usage}`);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
