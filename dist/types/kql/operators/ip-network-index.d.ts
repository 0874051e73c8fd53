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
export declare const parseIpv4: NetworkParser;
/** Parses IPv6 text, and IPv4 text as its IPv4-mapped IPv6 address. */
export declare const parseIpv6: NetworkParser;
/**
 * Tells whether two networks agree on the bits of the shorter of their
 * prefixes, so that an address matches every network that contains it.
 */
export declare function networksMatch(a: Network, b: Network, bits: number): boolean;
/**
 * Networks with a value each, indexed by prefix length, so that finding
 * the networks of a full-length address takes one map lookup per distinct
 * prefix length instead of a scan.
 */
export declare class NetworkIndex<T> {
    private readonly bits;
    private readonly byPrefix;
    private readonly entries;
    constructor(bits: number);
    add(network: Network, value: T): void;
    /** Lists the values of the networks that match `address`, in order of addition. */
    matches(address: Network): T[];
}
