export {
  coerceValue,
  coercerOf,
  inferType,
  type ValueCoercer,
} from "./coerce.js";
export { rowCoercer } from "./row-coercer.js";
export {
  compareNonNull,
  compareValues,
  groupKey,
  isNumericType,
  rowKey,
  type GroupKey,
} from "./compare.js";
export {
  TICKS_0001_TO_EPOCH,
  convertValue,
  toBoolValue,
  toDatetimeValue,
  toDynamicValue,
  toLongValue,
  toRealValue,
  toTimespanValue,
} from "./convert.js";
export {
  canonicalJson,
  isDynamicArray,
  isPropertyBag,
  parseJsonText,
  stringifyDynamic,
  type PropertyBag,
} from "./dynamic.js";
export { stringifyJson, valueToJson, type JsonValue } from "./json.js";
export { compareLongs, longOperation, normalizeLong, parseLong, toBigInt } from "./long.js";
export { formatReal, parseReal } from "./real.js";
export { parseBool, parseGuid, parseTimespanText } from "./text-parsers.js";
export { formatDatetimeFull, toKustoString } from "./to-string.js";
