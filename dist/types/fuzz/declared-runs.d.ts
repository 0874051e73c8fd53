import { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import type { Rule } from "../rules/types.js";
import type { DeclaredProperty } from "./declared.js";
import type { FuzzEngine, RuleRunner } from "./rule-runner.js";
/**
 * Creates the runner of a declared property's runs. Each run reads the
 * externaldata content and IP locations of the property's document (with
 * the repository's files merged in), never those of golden cases, as a
 * golden case reads only its own. Each address looked up without a
 * location is added to `unmapped`, when given.
 */
export declare function propertyRunner(rule: Rule, property: DeclaredProperty, engine: FuzzEngine, options: {
    schemas: CompileOptions;
    unmapped?: Set<string>;
}): RuleRunner;
/**
 * Returns an error at the property's `alert:` when it names a column the
 * rule's result does not have, since no run could then match the alert.
 */
export declare function alertColumnError(property: DeclaredProperty, runner: RuleRunner): InputError | undefined;
