import type { RunReport } from "./types.js";
/**
 * Formats the report as JUnit XML, with one `testsuite` per rule and one
 * `testcase` per case and property. A failed case or an `xfail` case that
 * passed gets `failure`, a case or rule that could not be tested `error`,
 * and an `xfail` case `skipped`. Errors not tied to a rule go into a last
 * suite named `kql-rule-test`.
 */
export declare function formatJunitReport(report: RunReport): string;
/**
 * Escapes text for an XML attribute value. Characters XML 1.0 forbids even
 * as references (most C0 controls, lone surrogates, U+FFFE and U+FFFF) are
 * written as `\uXXXX` text, so nothing is silently dropped. Newlines and
 * tabs become references, which XML parsers keep inside attribute values.
 */
export declare function escapeXmlAttribute(text: string): string;
/** Escapes text for XML element content, keeping newlines and tabs as they are. */
export declare function escapeXmlText(text: string): string;
