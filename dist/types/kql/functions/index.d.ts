/**
 * Registers every built-in scalar function, operator and aggregation
 * function. The engine imports this module once; `supportedFunctionNames`
 * in registry.ts then lists what is supported.
 */
import "./aggregates.js";
import "./arithmetic.js";
import "./comparison.js";
import "./conversion.js";
import "./datetime-format.js";
import "./datetime-parts.js";
import "./datetime.js";
import "./dynamic-access.js";
import "./dynamic-functions.js";
import "./encoding.js";
import "./geo.js";
import "./ip.js";
import "./ip-text.js";
import "./logical.js";
import "./make-aggregates.js";
import "./math.js";
import "./parsing.js";
import "./membership.js";
import "./regex-functions.js";
import "./series.js";
import "./string-operators.js";
import "./strings.js";
import "./xml.js";
export { findAggregate, findScalar, supportedFunctionNames, } from "./registry.js";
