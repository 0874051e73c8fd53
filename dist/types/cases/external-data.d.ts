import { InputError } from "../errors.js";
import type { ExternalDataSource } from "../kql/api.js";
import type { GoldenCase } from "./case-loader.js";
import type { EventFileContext } from "./event-files.js";
import { type YamlPath } from "./yaml-source.js";
/**
 * Reads a case's `externaldata:` map, which the case schema has checked.
 * Each URL maps to rows by column name, or to `{file}`. The file, relative
 * to the case file and inside the repository, is what the query's
 * `externaldata` reads in its declared format instead of the URL.
 */
export declare function caseExternalData(spec: unknown, path: YamlPath, context: EventFileContext): Record<string, ExternalDataSource>;
/**
 * Lists the URLs a plan's `externaldata` operators read, in plan order.
 * The plan is walked generically, so new plan kinds need no change here.
 */
export declare function externalDataUrls(plan: unknown): string[];
/**
 * Warns about each URL a rule's `externaldata` reads that a case does not
 * map: at the rule when no case maps it, otherwise at each case that does
 * not, since `externaldata` then reads no rows there. A URL counts as
 * mapped by the same URL, or by one that differs only in its query string.
 */
export declare function externalDataWarnings(urls: readonly string[], cases: readonly GoldenCase[], rule: {
    file: string;
    line: number;
}): InputError[];
