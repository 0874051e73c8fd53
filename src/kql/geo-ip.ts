import type { GeoIpLocator, GeoLocation } from "./api.js";
import { NetworkIndex, parseIpv6 } from "./operators/ip-network-index.js";

interface LocatedNetwork {
  readonly prefix: number;
  readonly location: GeoLocation;
}

/**
 * Creates a locator from a map of IPv4 or IPv6 addresses and CIDR ranges
 * (`203.0.113.7`, `198.51.100.0/24`, `2001:db8::/32`) to locations. An
 * address takes the location of the longest prefix that contains it, or
 * of the first key given among equally long ones. An IPv4 address also
 * matches an IPv4-mapped IPv6 range (`::ffff:0:0/96`). Raises an `Error`
 * for a key that is not an address or a range, so callers check keys
 * first (the case loader does, with `canonicalNetwork`).
 */
export function createGeoIpLocator(
  entries: Readonly<Record<string, GeoLocation>>,
): GeoIpLocator {
  const index = new NetworkIndex<LocatedNetwork>(parseIpv6.bits);
  for (const [key, location] of Object.entries(entries)) {
    const network = parseIpv6(key);
    if (!network) throw new Error(`'${key}' is not an IP address or a CIDR range`);
    index.add(network, { prefix: network.prefix, location });
  }

  return (text) => {
    const address = parseIpv6(text);
    if (!address) return undefined;
    let best: LocatedNetwork | undefined;
    for (const found of index.matches(address)) {
      if (!best || found.prefix > best.prefix) best = found;
    }
    return best?.location;
  };
}
