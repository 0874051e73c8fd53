import { parseIpv4Network, parseIpv6Network } from "../functions/ip-address.js";
import type { Value } from "../types.js";

/** An IPv4 or IPv6 address or network: its bits as a number, and its prefix length. */
export interface Network {
  readonly address: bigint;
  readonly prefix: number;
}

/** A reader of networks from values, which returns `null` for anything else. */
export interface NetworkParser {
  (value: Value): Network | null;
  /** The address length of the family, 32 or 128. */
  readonly bits: number;
}

/** Parses IPv4 text such as `10.1.2.3` or `10.0.0.0/8`. */
export const parseIpv4: NetworkParser = Object.assign(
  (value: Value): Network | null => {
    const network = typeof value === "string" ? parseIpv4Network(value) : null;
    return network && { address: BigInt(network.address), prefix: network.prefix };
  },
  { bits: 32 },
);

/** Parses IPv6 text, and IPv4 text as its IPv4-mapped IPv6 address. */
export const parseIpv6: NetworkParser = Object.assign(
  (value: Value): Network | null =>
    typeof value === "string" ? parseIpv6Network(value) : null,
  { bits: 128 },
);

/**
 * Tells whether two networks agree on the bits of the shorter of their
 * prefixes, so that an address matches every network that contains it.
 */
export function networksMatch(a: Network, b: Network, bits: number): boolean {
  const shift = BigInt(bits - Math.min(a.prefix, b.prefix));
  return a.address >> shift === b.address >> shift;
}

/** A value with the position at which its network was added. */
interface Indexed<T> {
  readonly position: number;
  readonly value: T;
}

/**
 * Networks with a value each, indexed by prefix length, so that finding
 * the networks of a full-length address takes one map lookup per distinct
 * prefix length instead of a scan.
 */
export class NetworkIndex<T> {
  private readonly byPrefix = new Map<number, Map<bigint, Indexed<T>[]>>();
  private readonly entries: (Indexed<T> & { network: Network })[] = [];

  constructor(private readonly bits: number) {}

  add(network: Network, value: T): void {
    const position = this.entries.length;
    this.entries.push({ network, position, value });

    let networks = this.byPrefix.get(network.prefix);
    if (!networks) {
      networks = new Map();
      this.byPrefix.set(network.prefix, networks);
    }
    const key = network.address >> BigInt(this.bits - network.prefix);
    const bucket = networks.get(key);
    if (bucket) bucket.push({ position, value });
    else networks.set(key, [{ position, value }]);
  }

  /** Lists the values of the networks that match `address`, in order of addition. */
  matches(address: Network): T[] {
    if (address.prefix < this.bits) {
      const matching = this.entries.filter((entry) =>
        networksMatch(address, entry.network, this.bits),
      );
      return matching.map((entry) => entry.value);
    }
    const found: Indexed<T>[] = [];
    for (const [prefix, networks] of this.byPrefix) {
      const bucket = networks.get(address.address >> BigInt(this.bits - prefix));
      if (bucket) found.push(...bucket);
    }
    return found.sort((a, b) => a.position - b.position).map((entry) => entry.value);
  }
}
