// The local Resend-compatible server in a process of its own, for benchmarks: a real provider is remote,
// and in the benchmark's own process parsing each ~1 MB request would stall the sender's event loop.
// Options arrive as JSON in argv; stats are answered over IPC (counts and request times only).
import { startResendServer, type ResendServerOptions } from '../testing/resend-server';

async function main() {
  const options = JSON.parse(process.argv[2] ?? '{}') as ResendServerOptions;
  const server = await startResendServer(options);
  process.send?.({ kind: 'ready', url: server.url });
  process.on('message', (message: { kind: string }) => {
    if (message.kind !== 'stats') return;
    const s = server.stats();
    process.send?.({
      kind: 'stats',
      stats: {
        acceptedTotal: s.acceptedTotal,
        requests: s.requests,
        rateLimited: s.rateLimited,
        injected429: s.injected429,
        requestTimes: { all: s.requestTimes.all },
      },
    });
  });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

void main();
