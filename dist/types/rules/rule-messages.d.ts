import type { ErrorObject } from "ajv";
import type { PathSegment } from "./rule-source.js";
import type { RuleDialect } from "./types.js";
/** A schema violation in words, and where it is. */
export interface RuleProblem {
    readonly path: PathSegment[];
    readonly message: string;
    readonly hint?: string;
    readonly kind?: string;
}
/**
 * Describes one ajv error of the rule schema in plain words; `dialect`
 * chooses the duration form a hint names first.
 */
export declare function describeSchemaError(error: ErrorObject, data: unknown, dialect?: RuleDialect): RuleProblem;
