import { caseGeoIpLocator } from "../cases/geo-ip.js";
import { InputError } from "../errors.js";
import type { CompileOptions } from "../kql/api.js";
import type { Rule } from "../rules/types.js";
import type { DeclaredProperty } from "./declared.js";
import { createRuleRunner } from "./rule-runner.js";
import type { FuzzEngine, RuleRunner } from "./rule-runner.js";

/**
 * Creates the runner of a declared property's runs. Each run reads the
 * externaldata content and IP locations of the property's document (with
 * the repository's files merged in), never those of golden cases, as a
 * golden case reads only its own. Each address looked up without a
 * location is added to `unmapped`, when given.
 */
export function propertyRunner(
  rule: Rule,
  property: DeclaredProperty,
  engine: FuzzEngine,
  options: { schemas: CompileOptions; unmapped?: Set<string> },
): RuleRunner {
  const externalData = property.externalData ?? {};
  const locateIp = caseGeoIpLocator(property.geoIp ?? {}, options.unmapped);
  const bound: FuzzEngine = {
    ...engine,
    runRule: (compiled, tables, at) => engine.runRule(compiled, tables, at, externalData, locateIp),
  };
  return createRuleRunner(rule, bound, options.schemas);
}

/**
 * Returns an error at the property's `alert:` when it names a column the
 * rule's result does not have, since no run could then match the alert.
 */
export function alertColumnError(property: DeclaredProperty, runner: RuleRunner): InputError | undefined {
  const columns = runner.resultColumns().map((column) => column.name);
  const missing = Object.keys(property.alert).filter((name) => !columns.includes(name));
  if (missing.length === 0) return undefined;

  const noun = missing.length === 1 ? "column" : "columns";
  const names = missing.map((name) => `'${name}'`).join(", ");
  return new InputError(`the rule's result has no ${noun} ${names}, which the property's alert names`, {
    file: property.file,
    line: property.alertLine,
    hint: `use the result columns: ${columns.join(", ")}`,
    kind: "property",
  });
}
