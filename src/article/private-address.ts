import { lookup as dnsLookup, promises as dnsPromises } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** What to tell the operator about a refused private address: the setting that lifts the guard. */
export const PRIVATE_ADDRESS_HINT =
  'crier does not fetch loopback, private or link-local addresses; set fetch.allowPrivateAddresses in the settings for an intranet';

/**
 * Addresses a fetched article must not come from unless the operator allows it: loopback, private
 * (RFC 1918, unique-local), link-local (cloud metadata lives at 169.254.169.254), carrier-grade
 * NAT, "this network", multicast and reserved ranges.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address ("::ffff:127.0.0.1"), if any. */
function embeddedIpv4(address: string): string | undefined {
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex?.[1] || !hex[2]) return undefined;
  const high = Number.parseInt(hex[1], 16);
  const low = Number.parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** True for an IP address in a blocked range; false for a public one or for something that is not an IP. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return blocked.check(bare, 'ipv4');
  if (version === 6) {
    const v4 = embeddedIpv4(bare);
    return v4 !== undefined ? blocked.check(v4, 'ipv4') : blocked.check(bare, 'ipv6');
  }
  return false;
}

/** Raised by publicOnlyLookup; each fetcher turns it into its own error, naming the address. */
export class PrivateAddressRefused extends Error {
  override name = 'PrivateAddressRefused';
  constructor(readonly address: string) {
    super(`refused to connect to the private address ${address}`);
  }
}

/**
 * `dns.lookup` as `net.connect` calls it, refusing a name when any address it resolves to is private.
 * The socket then connects to an address this function returned and checked: there is no second DNS
 * query for a rebinding server to answer differently, and a private address is refused before any
 * connection is attempted, so the answer is the same whether a port there is open or closed.
 * (`net.connect` skips the lookup for an IP literal: guardedGet checks those by name first.)
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(new PrivateAddressRefused(refused.address), '', 0);
    const [first] = addresses;
    if (options.all) return callback(null, addresses);
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
    callback(null, first.address, first.family);
  });
};

/**
 * The private address a URL's host is or resolves to, if any: the same rule as the fetch, for checking an
 * address when it is given (a feed is fetched much later). A name that does not resolve now is not refused
 * here; the fetch will say so.
 */
export async function privateAddressOf(url: URL): Promise<string | undefined> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isPrivateAddress(host) ? host : undefined;
  const addresses = await dnsPromises.lookup(host, { all: true }).catch(() => []);
  return addresses.find((a) => isPrivateAddress(a.address))?.address;
}
