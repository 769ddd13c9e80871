// postgres.js opens its TCP sockets with Nagle's algorithm on (3.4.9 never calls setNoDelay). Whenever it
// writes a small message while an earlier one is still unacknowledged, the kernel holds the new one back
// until PostgreSQL's delayed ACK arrives, 40 ms later on Linux. The import hit this after every COPY (the
// stream's close sends one more small message before the next statement): PostgreSQL sat idle waiting for
// the client, and writing 2,000 records took 88 ms instead of 37. libpq, npgsql and pgjdbc all set
// TCP_NODELAY; this hands postgres.js a socket that does too, through its `socket` option.
//
// With that option postgres.js neither connects nor rotates hosts itself: it takes the socket as given and
// starts talking at once (writes queue until the connection is up; a failure to connect reaches it as the
// socket's 'error', like one of its own). So this connects, to the host after the one used last.
import net from 'node:net';

/** The parts of postgres.js's parsed options a socket needs: hosts and ports as lists, or a Unix socket path. */
export type PostgresSocketTarget = { host: string[]; port: number[]; path?: string | false };

export function noDelaySocketFactory(): (target: PostgresSocketTarget) => net.Socket {
  let next = 0;
  return ({ host, port, path }) => {
    // A Unix socket has no Nagle's algorithm to turn off.
    if (path) return net.connect({ path });
    const i = next++ % Math.max(1, host.length);
    return net.connect({ host: host[i] ?? 'localhost', port: port[i] ?? port[0] ?? 5432, noDelay: true });
  };
}

/** Options to spread into `postgres(url, {...})`; the `socket` option is missing from postgres.js's types. */
export function noDelaySocketOption(): Record<string, unknown> {
  return { socket: noDelaySocketFactory() };
}
