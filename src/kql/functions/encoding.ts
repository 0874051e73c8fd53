/**
 * Encoding and hashing: `url_encode`, `url_encode_component`, `url_decode`,
 * `base64_encode_tostring`, `base64_decode_tostring`, `hash_sha256`,
 * `hash_sha1`, `hash_md5`, `hash`. Pages: https://learn.microsoft.com/kusto/query/
 * followed by the function name with `-` for `_` and `-function`.
 */
import { createHash } from "node:crypto";
import { normalizeLong } from "../values/long.js";
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

function digest(algorithm: string) {
  return (text: string) => createHash(algorithm).update(text, "utf8").digest("hex");
}

/**
 * `hash(value[, modulo])`: XXH64 of the value's UTF-8 text as a signed
 * long, or its remainder modulo `modulo`.
 *
 * NOTE: for non-string arguments this hashes the value's text, while Kusto
 * hashes the binary value, so results differ for numbers and datetimes.
 */
function hash(site: CallSite): ScalarImpl {
  const text = stringArg(site, 0);
  return ([value, modulo]) => {
    const signed = BigInt.asIntN(64, xxhash64(new TextEncoder().encode(text(value))));
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
  scalar("hash_sha256", mapText(digest("sha256"))),
  scalar("hash_sha1", mapText(digest("sha1"))),
  scalar("hash_md5", mapText(digest("md5"))),
  scalar("hash", hash),
);
