import dns from 'node:dns/promises';
import net from 'node:net';

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
  const v6: Array<[string, number]> = [
    ['::', 128],
    ['::1', 128],
    ['::ffff:0:0', 96],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ];
  for (const [address, prefix] of v6) list.addSubnet(address, prefix, 'ipv6');
  return list;
})();

/** True when the literal IP address is one a document may not reach. */
export function isForbiddenAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  return FORBIDDEN.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Returns a reason to refuse a remote URL, or undefined when it may be loaded: the host must resolve,
 * and every address it resolves to must be public.
 */
export async function checkRemoteUrl(
  url: URL,
  lookup: (host: string) => Promise<string[]> = async (host) =>
    (await dns.lookup(host, { all: true })).map((entry) => entry.address),
): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback addresses are never loaded';
  let addresses: string[];
  try {
    addresses = net.isIP(host) ? [host] : await lookup(host);
  } catch {
    return `the host ${host} could not be resolved`;
  }
  if (addresses.length === 0) return `the host ${host} could not be resolved`;
  const bad = addresses.find(isForbiddenAddress);
  return bad ? `${host} resolves to ${bad}, a private, loopback or link-local address` : undefined;
}
