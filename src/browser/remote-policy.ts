import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { LookupFunction } from 'node:net';

/**
 * Addresses a document may never make the browser reach, even with remote assets allowed: loopback,
 * private, link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast and unspecified ranges. This closes the SSRF path headless-browser converters are known for.
 */
const FORBIDDEN = (() => {
  const list = new net.BlockList();
  const v4: Array<[string, number]> = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ];
  for (const [address, prefix] of v4) list.addSubnet(address, prefix, 'ipv4');
  // IPv4-mapped addresses (::ffff:a.b.c.d) need no rule of their own: BlockList checks them against the
  // IPv4 rules above. (A rule for ::ffff:0:0/96 would match every IPv4 address, public ones included.)
  const v6: Array<[string, number]> = [
    // Unspecified, loopback and the old IPv4-compatible form (::a.b.c.d).
    ['::', 96],
    // 6to4 and Teredo carry an IPv4 address inside; nothing a report needs goes through them.
    ['2002::', 16],
    ['2001::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ];
  for (const [address, prefix] of v6) list.addSubnet(address, prefix, 'ipv6');
  return list;
})();

/** NAT64 (64:ff9b::/96) reaches the IPv4 address in its last 32 bits: that one is checked. */
const NAT64 = (() => {
  const list = new net.BlockList();
  list.addSubnet('64:ff9b::', 96, 'ipv6');
  list.addSubnet('64:ff9b:1::', 48, 'ipv6');
  return list;
})();

/** The IPv4 address in the last 32 bits of an IPv6 address. */
function embeddedIpv4(address: string): string {
  // SocketAddress writes the address in canonical hex groups (`64:ff9b::7f00:1`), never dotted.
  const [high = 0, low = 0] = new net.SocketAddress({ address, family: 'ipv6' }).address
    .split(':')
    .slice(-2)
    .map((group) => parseInt(group || '0', 16));
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when the literal IP address is one a document may not reach. */
export function isForbiddenAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  if (family === 6 && NAT64.check(address, 'ipv6')) return isForbiddenAddress(embeddedIpv4(address));
  return FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves a host name to every address it has. */
export type HostLookup = (host: string) => Promise<string[]>;

const systemLookup: HostLookup = async (host) =>
  (await dns.lookup(host, { all: true })).map((entry) => entry.address);

/**
 * Resolves the URL's host and checks every address it has. Returns one address to connect to (the
 * connection must then use exactly it, never resolve again), or the reason to refuse the URL.
 */
export async function resolvePublicAddress(
  url: URL,
  lookup: HostLookup = systemLookup,
  isForbidden: (address: string) => boolean = isForbiddenAddress,
): Promise<{ address: string } | { reason: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost'))
    return { reason: 'loopback addresses are never loaded' };
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : await lookup(host);
  } catch {
    return { reason: `the host ${host} could not be resolved` };
  }
  if (addresses.length === 0) return { reason: `the host ${host} could not be resolved` };
  const bad = addresses.find(isForbidden);
  if (bad !== undefined) {
    const where = bad === host ? host : `${host} resolves to ${bad}, which`;
    return { reason: `${where} is a private, loopback or link-local address, never loaded` };
  }
  return { address: addresses[0]! };
}

/**
 * Returns a reason to refuse a remote URL, or undefined when it may be loaded: the host must resolve,
 * and every address it resolves to must be public.
 */
export async function checkRemoteUrl(
  url: URL,
  lookup: HostLookup = systemLookup,
): Promise<string | undefined> {
  const resolved = await resolvePublicAddress(url, lookup);
  return 'reason' in resolved ? resolved.reason : undefined;
}

/** A remote image, fetched by us for the page. */
export interface RemoteImage {
  contentType: string;
  body: Buffer;
}

export interface FetchRemoteOptions {
  lookup?: HostLookup;
  /** Which addresses are refused; the default is isForbiddenAddress (tests stand in a local server). */
  isForbidden?: (address: string) => boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

const FETCH_DEFAULTS = Object.freeze({ maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 });

/** One HTTP(S) GET to a checked address; resolves with the response head and body, or a reason. */
function getOnce(
  url: URL,
  address: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ status: number; location?: string; contentType: string; body: Buffer } | { reason: string }> {
  const family = net.isIP(address);
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve) => {
    const request = get(
      url,
      {
        signal,
        agent: false,
        headers: { 'user-agent': 'md-pdf-action', accept: 'image/*' },
        // The connection goes to the address that was checked, whatever DNS answers now (no rebinding).
        lookup: ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
          if (options.all) callback(null, [{ address, family }]);
          else callback(null, address, family);
        }) as LookupFunction,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({ status, location: response.headers.location, contentType, body: Buffer.alloc(0) });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            request.destroy();
            resolve({ reason: `the image is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` });
          } else chunks.push(chunk);
        });
        response.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        response.on('error', (error) => resolve({ reason: error.message }));
      },
    );
    request.on('error', (error) =>
      resolve({ reason: signal.aborted ? 'the server did not answer in time' : error.message }),
    );
  });
}

/**
 * Fetches a remote image for the page, in Node rather than in the browser, so every hop is checked:
 * each host (the first and every redirect's) must resolve to public addresses only, and the connection
 * goes to the address that was checked, so DNS rebinding cannot swap in a private one afterwards.
 * Only images come back, within a size and time limit; anything else is a reason to refuse.
 */
export async function fetchRemoteImage(
  url: URL,
  options: FetchRemoteOptions = {},
): Promise<RemoteImage | { reason: string }> {
  const { maxBytes, timeoutMs, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      return { reason: `it redirects to a ${current.protocol} URL` };
    const resolved = await resolvePublicAddress(current, options.lookup, options.isForbidden);
    if ('reason' in resolved)
      return hop === 0 ? resolved : { reason: `it redirects to ${current.href}: ${resolved.reason}` };
    const response = await getOnce(current, resolved.address, maxBytes, signal);
    if ('reason' in response) return response;
    if (response.location !== undefined) {
      try {
        current = new URL(response.location, current);
      } catch {
        return { reason: 'it redirects to a malformed URL' };
      }
      continue;
    }
    if (response.status < 200 || response.status >= 300)
      return { reason: `the server answered ${response.status}` };
    const type = response.contentType.split(';')[0]!.trim().toLowerCase();
    if (!type.startsWith('image/') && type !== 'application/octet-stream')
      return { reason: `the server sent ${type || 'something without a type'}, not an image` };
    return { contentType: type, body: response.body };
  }
  return { reason: `it redirects more than ${maxRedirects} times` };
}
