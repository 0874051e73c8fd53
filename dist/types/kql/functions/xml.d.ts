/**
 * `parse_xml` (https://learn.microsoft.com/kusto/query/parse-xml-function):
 * XML text to a dynamic value. An element becomes a member named after it.
 * An element with only text becomes that text, and an empty one null.
 * Attributes become `@name` members, and text beside them `#text`.
 * Repeated child elements become an array. Declarations, comments and
 * processing instructions are skipped. Invalid XML, or text over 1 MB,
 * gives null.
 *
 * NOTE: the page's longer example shows numeric element text as JSON
 * numbers, while its mapping table shows text as strings; this engine keeps
 * element text as strings.
 */
import type { Value } from "../types.js";
/** Converts XML text to a dynamic value, or returns null when it is not valid XML. */
export declare function parseXml(text: string): Value;
