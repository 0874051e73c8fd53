/**
 * Parsing of IPv4 and IPv6 addresses with an optional `/prefix`, shared by
 * the IP functions.
 */

/** An IPv4 address as an unsigned 32-bit number, and its prefix length. */
export interface Ipv4Network {
  readonly address: number;
  readonly prefix: number;
}

/** An IPv6 address as a 128-bit bigint, and its prefix length. */
export interface Ipv6Network {
  readonly address: bigint;
  readonly prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parsePrefix(text: string | undefined, max: number): number | null {
  if (text === undefined) return max;
  if (!/^\d{1,3}$/.test(text)) return null;
  const prefix = Number(text);
  return prefix <= max ? prefix : null;
}

/** Parses dotted IPv4 text (`10.1.2.3` or `10.1.2.3/8`), or returns `null`. */
export function parseIpv4Network(text: string): Ipv4Network | null {
  const [host, prefixText, extra] = text.trim().split("/");
  if (extra !== undefined) return null;
  const match = IPV4.exec(host);
  const prefix = parsePrefix(prefixText, 32);
  if (!match || prefix === null) return null;

  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  const address = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  return { address, prefix };
}

/** Formats a 32-bit address as dotted decimal text (`10.0.0.1`). */
export function formatIpv4Address(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join(".");
}

/** Keeps the top `prefix` bits of a 32-bit address. */
export function maskIpv4(address: number, prefix: number): number {
  if (prefix === 0) return 0;
  return (address & (~0 << (32 - prefix))) >>> 0;
}

/**
 * Parses IPv6 text (`::1`, `fe80::1/64`, an embedded IPv4 tail such as
 * `::ffff:10.0.0.1`) or IPv4 text, which maps to `::ffff:a.b.c.d` with its
 * prefix moved by 96. Returns `null` for anything else.
 */
export function parseIpv6Network(text: string): Ipv6Network | null {
  const ipv4 = parseIpv4Network(text);
  if (ipv4) return { address: (0xffffn << 32n) | BigInt(ipv4.address), prefix: ipv4.prefix + 96 };

  const [host, prefixText, extra] = text.trim().split("/");
  const prefix = parsePrefix(prefixText, 128);
  if (extra !== undefined || prefix === null) return null;
  const groups = ipv6Groups(host);
  if (!groups) return null;
  let address = 0n;
  for (const group of groups) address = (address << 16n) | BigInt(group);
  return { address, prefix };
}

function ipv6Groups(host: string): number[] | null {
  const halves = host.split("::");
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
}

function parseGroups(text: string): number[] | null {
  if (text === "") return [];
  const groups: number[] = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const ipv4 = parseIpv4Network(part);
      if (!ipv4 || ipv4.prefix !== 32) return null;
      groups.push(ipv4.address >>> 16, ipv4.address & 0xffff);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

export function maskIpv6(address: bigint, prefix: number): bigint {
  const bits = BigInt(128 - prefix);
  return (address >> bits) << bits;
}

/** Formats a 128-bit address as eight four-digit groups, as `parse_ipv6` returns it. */
export function formatIpv6(address: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    groups.push(((address >> shift) & 0xffffn).toString(16).padStart(4, "0"));
  }
  return groups.join(":");
}
