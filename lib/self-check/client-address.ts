// Which client a request comes from, for the per-address limits. Next.js gives route handlers and server
// actions no socket address, only headers. So the portal's own front server (lib/web/front-server.ts), which
// does see the socket, writes the TCP peer address into an internal header, after deleting any copy the
// client sent: no request header can forge it. X-Forwarded-For is written by whoever the request passed
// through, including the client itself, so it is trusted only as far as TRUSTED_PROXY_HOPS says proxies of
// ours appended to it.
import { isIP } from 'node:net';

export type HeaderSource = { get(name: string): string | null };

/** Set by the front server to the connection's peer address; any copy a client sends is removed first. */
export const peerAddressHeader = 'x-disclosure-check-peer';

/**
 * With no trusted proxy, the connection's peer address as the front server wrote it (null when the app
 * runs without it, e.g. `next dev`: then every client shares one bucket, which a production start refuses).
 * With `trustedHops` proxies, the address the outermost of them saw: with one proxy (nginx's
 * $proxy_add_x_forwarded_for), that is the last entry of X-Forwarded-For; with two, the one before it.
 */
export function clientAddressFrom(headers: HeaderSource, trustedHops: number): string | null {
  if (trustedHops < 1) {
    const peer = headers.get(peerAddressHeader);
    return peer ? normalizeAddress(peer) : null;
  }
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const candidate = entries[entries.length - trustedHops];
  return candidate ? normalizeAddress(candidate) : null;
}

/**
 * The bucket an address is limited in: an IPv4 address as is, an IPv6 address by its /64 (one
 * subscriber's network: a single device can take any address in it), IPv4-mapped IPv6 as IPv4.
 * Anything that is not an IP address is null.
 */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" (some proxies keep the port)
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  a = a.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) a = mapped[1]!;
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind !== 6) return null;
  return `${expandIpv6(a).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(a: string): string[] {
  // An embedded IPv4 tail (::1.2.3.4) is two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (v4) {
    const [b0, b1, b2, b3] = v4.slice(1).map(Number) as [number, number, number, number];
    a = a.slice(0, v4.index) + `${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head, tail] = a.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => g.padStart(4, '0'));
}
