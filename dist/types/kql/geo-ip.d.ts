import type { GeoIpLocator, GeoLocation } from "./api.js";
/**
 * Creates a locator from a map of IPv4 or IPv6 addresses and CIDR ranges
 * (`203.0.113.7`, `198.51.100.0/24`, `2001:db8::/32`) to locations. An
 * address takes the location of the longest prefix that contains it, or
 * of the first key given among equally long ones. An IPv4 address also
 * matches an IPv4-mapped IPv6 range (`::ffff:0:0/96`). Raises an `Error`
 * for a key that is not an address or a range, so callers check keys
 * first (the case loader does, with `canonicalNetwork`).
 */
export declare function createGeoIpLocator(entries: Readonly<Record<string, GeoLocation>>): GeoIpLocator;
