/**
 * Encoding and hashing: `url_encode`, `url_encode_component`, `url_decode`,
 * `base64_encode_tostring`, `base64_decode_tostring`, `hash_sha256`,
 * `hash_sha1`, `hash_md5`, `hash`, `hash_xxhash64`. Pages:
 * https://learn.microsoft.com/kusto/query/ followed by the function name
 * with `-` for `_` and `-function`.
 */
import { createHash } from "node:crypto";
import type { Value } from "../types.js";
import { TICKS_0001_TO_EPOCH } from "../values/convert.js";
import { normalizeLong } from "../values/long.js";
import { formatDatetimeFull } from "../values/to-string.js";
import { scalar, stringArg } from "./define.js";
import { registerScalars, type CallSite, type ScalarImpl } from "./registry.js";
import { xxhash64 } from "./xxhash64.js";

function mapText(transform: (text: string) => string | number | bigint | null) {
  return (site: CallSite): ScalarImpl => {
    const text = stringArg(site, 0);
    return ([value]) => transform(text(value));
  };
}

/**
 * Percent-encodes UTF-8 bytes with lowercase hex, as .NET's
 * `HttpUtility.UrlEncode` does: letters, digits and `-_.!*()` stay, and a
 * space becomes `+` (or `%20` for `url_encode_component`).
 */
function urlEncode(space: string) {
  return (text: string): string => {
    let result = "";
    for (const byte of new TextEncoder().encode(text)) {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-_.!*()]/.test(char)) result += char;
      else if (char === " ") result += space;
      else result += `%${byte.toString(16).padStart(2, "0")}`;
    }
    return result;
  };
}

/** Decodes `%xx` escapes and `+`, or returns null when the escapes are not valid UTF-8. */
function urlDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch (error: unknown) {
    if (error instanceof URIError) return null;
    throw error;
  }
}

const BASE64_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 to UTF-8 text, or returns null when the input is not base64 or not UTF-8. */
function base64Decode(text: string): string | null {
  const trimmed = text.trim();
  if (!BASE64_TEXT.test(trimmed) || trimmed.length % 4 === 1) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(trimmed, "base64"));
  } catch (error: unknown) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/**
 * Returns the text `hash_md5`, `hash_sha1` and `hash_sha256` read for
 * argument 0. A datetime always has seven fraction digits there: the pages'
 * examples for `datetime(2020-01-01)` are the digests of
 * `2020-01-01T00:00:00.0000000Z`.
 */
function digestText(site: CallSite): (value: Value) => string {
  if (site.argTypes[0] !== "datetime") return stringArg(site, 0);
  return (value) => {
    if (value === null) return "";
    const text = formatDatetimeFull(value as number);
    return text.includes(".") ? text : `${text.slice(0, -1)}.0000000Z`;
  };
}

function digest(algorithm: string) {
  return (site: CallSite): ScalarImpl => {
    const text = digestText(site);
    return ([value]) =>
      createHash(algorithm).update(text(value), "utf8").digest("hex");
  };
}

/**
 * Returns the bytes `hash` reads for argument 0: the UTF-8 text of the
 * value (none for null), or for a datetime its .NET ticks as eight
 * little-endian bytes, which gives the page's `hash(datetime("2015-01-01"))`.
 */
function hashBytes(site: CallSite): (value: Value) => Uint8Array {
  if (site.argTypes[0] === "datetime") {
    return (value) => {
      if (value === null) return new Uint8Array(0);
      const bytes = Buffer.alloc(8);
      const sinceEpoch = BigInt(Math.round(value as number));
      bytes.writeBigInt64LE(sinceEpoch + BigInt(TICKS_0001_TO_EPOCH));
      return bytes;
    };
  }
  const text = stringArg(site, 0);
  return (value) => new TextEncoder().encode(text(value));
}

/**
 * `hash(value[, modulo])`, also named `hash_xxhash64`: XXH64 of the
 * value's bytes as a signed long, or its remainder modulo `modulo`.
 *
 * NOTE: for numbers, booleans, timespans and guids this hashes the value's
 * text, while Kusto hashes the binary value, so results may differ for them.
 */
function hash(site: CallSite): ScalarImpl {
  const bytes = hashBytes(site);
  return ([value, modulo]) => {
    const signed = BigInt.asIntN(64, xxhash64(bytes(value)));
    if (modulo === undefined) return normalizeLong(signed);
    if (modulo === null || Number(modulo) <= 0) return null;
    const remainder = signed % BigInt(modulo as number);
    return normalizeLong(remainder < 0n ? -remainder : remainder);
  };
}

registerScalars(
  scalar("url_encode", mapText(urlEncode("+"))),
  scalar("url_encode_component", mapText(urlEncode("%20"))),
  scalar("url_decode", mapText(urlDecode)),
  scalar("base64_encode_tostring", mapText((text) => Buffer.from(text, "utf8").toString("base64")), ["base64_encodestring"]),
  scalar("base64_decode_tostring", mapText(base64Decode), ["base64_decodestring"]),
  scalar("hash_sha256", digest("sha256")),
  scalar("hash_sha1", digest("sha1")),
  scalar("hash_md5", digest("md5")),
  scalar("hash", hash, ["hash_xxhash64"]),
);
