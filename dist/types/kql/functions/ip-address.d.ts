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
/** Parses dotted IPv4 text (`10.1.2.3` or `10.1.2.3/8`), or returns `null`. */
export declare function parseIpv4Network(text: string): Ipv4Network | null;
/** Formats a 32-bit address as dotted decimal text (`10.0.0.1`). */
export declare function formatIpv4Address(address: number): string;
/** Keeps the top `prefix` bits of a 32-bit address. */
export declare function maskIpv4(address: number, prefix: number): number;
/**
 * Parses IPv6 text (`::1`, `fe80::1/64`, an embedded IPv4 tail such as
 * `::ffff:10.0.0.1`) or IPv4 text, which maps to `::ffff:a.b.c.d` with its
 * prefix moved by 96. Returns `null` for anything else.
 */
export declare function parseIpv6Network(text: string): Ipv6Network | null;
export declare function maskIpv6(address: bigint, prefix: number): bigint;
/** Formats a 128-bit address as eight four-digit groups, as `parse_ipv6` returns it. */
export declare function formatIpv6(address: bigint): string;
