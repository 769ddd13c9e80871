// A forward proxy for the browser tests that gives each test its own client address. Browsers cannot choose
// the source address of their connections, so each test's context goes through this proxy with its address
// as the proxy user name (Playwright's `proxy` option, e2e/support/fixtures.ts); the proxy connects to the
// portal from that loopback address (127.x.y.z), and the portal, with no proxy trusted, counts the test by
// its TCP peer address as it counts a real client. Nothing is added to the request: the portal sees what a
// direct connection from that address would send. Plain HTTP to 127.0.0.1 only.
import { Agent, createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';

/** The loopback address named by a Proxy-Authorization header (Basic, user = address), or null. */
export function sourceFromAuthorization(header: string | undefined): string | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!m) return null;
  const user = Buffer.from(m[1]!, 'base64').toString('utf8').split(':')[0]!;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(user) ? user : null;
}

export function createSourceAddressProxy(): Server {
  const agents = new Map<string, Agent>();
  const agentFor = (source: string) => {
    let agent = agents.get(source);
    if (!agent) agents.set(source, (agent = new Agent({ keepAlive: true, localAddress: source })));
    return agent;
  };
  const server = createServer((req, res) => {
    const source = sourceFromAuthorization(req.headers['proxy-authorization']);
    if (!source) {
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="source address"', 'content-length': '0' });
      return res.end();
    }
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') {
      res.writeHead(403).end();
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers,
        agent: agentFor(source),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders as unknown as Record<string, string>);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  // Playwright's API requests (the `request` fixture) tunnel through CONNECT even to a plain-HTTP target.
  server.on('connect', (req, client, head) => {
    const source = sourceFromAuthorization(req.headers['proxy-authorization']);
    const [host, port] = (req.url ?? '').split(':');
    if (!source || host !== '127.0.0.1' || !/^\d+$/.test(port ?? '')) {
      client.end(
        source
          ? 'HTTP/1.1 403 Forbidden\r\n\r\n'
          : 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="source address"\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const upstream = connect({ host, port: Number(port), localAddress: source }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('close', () => agents.forEach((a) => a.destroy()));
  return server;
}
