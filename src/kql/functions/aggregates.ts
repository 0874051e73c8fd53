/**
 * Aggregation functions for `summarize`: `count`, `countif`, `sum`,
 * `sumif`, `min`, `max`, `min_if`, `max_if`, `avg`, `avgif`, `dcount`,
 * `dcountif`, `take_any`/`any`, `stdev`, `stdevp`, `variance`,
 * `variancep`, `percentile`. Null values are skipped, as the null-values
 * page states (https://learn.microsoft.com/kusto/query/scalar-data-types/null-values).
 * The `make_*` family is in make-aggregates.ts.
 */
import type { KustoType, Value } from "../types.js";
import { compareValues, groupKey, type GroupKey } from "../values/compare.js";
import { longOperation } from "../values/long.js";
import { unsupported } from "./define.js";
import {
  registerAggregates,
  type Accumulator,
  type AggregateFunction,
  type CallSite,
} from "./registry.js";

/** Defines an aggregate; `compile` returns the per-group accumulator factory. */
export function aggregate(
  name: string,
  compile: (site: CallSite) => () => Accumulator,
  aliases?: readonly string[],
): AggregateFunction {
  return { name, aliases, compile };
}

/**
 * Wraps an accumulator so that it only receives rows whose predicate argument,
 * at `predicateIndex`, is true; the predicate is removed from the arguments.
 */
export function onlyWhen(factory: () => Accumulator, predicateIndex: number): () => Accumulator {
  const rest: Value[] = [];
  return () => new ConditionalAccumulator(factory(), predicateIndex, rest);
}

/**
 * Passes the rows whose predicate is true to `inner`, without the
 * predicate. `rest` is one array shared by every group, refilled per row.
 */
class ConditionalAccumulator implements Accumulator {
  constructor(
    private readonly inner: Accumulator,
    private readonly predicateIndex: number,
    private readonly rest: Value[],
  ) {}

  add(args: readonly Value[]): void {
    if (args[this.predicateIndex] !== true) return;
    const { rest } = this;
    rest.length = 0;
    for (let i = 0; i < args.length; i++) {
      if (i !== this.predicateIndex) rest.push(args[i]);
    }
    this.inner.add(rest);
  }

  result(): Value {
    return this.inner.result();
  }
}

class Counter implements Accumulator {
  private count = 0;

  add(): void {
    this.count++;
  }

  result(): Value {
    return this.count;
  }
}

class ConditionalCounter implements Accumulator {
  private count = 0;

  add(args: readonly Value[]): void {
    if (args[0] === true) this.count++;
  }

  result(): Value {
    return this.count;
  }
}

const counter = () => new Counter();
const conditionalCounter = () => new ConditionalCounter();

/**
 * Sums non-null values. With none, the sum is 0, as the table "Default
 * values of aggregations" of the summarize page states
 * (https://learn.microsoft.com/kusto/query/summarize-operator).
 */
function summer(site: CallSite): () => Accumulator {
  const type = site.argTypes[0];
  const integral = type === "long" || type === "int";
  return () => new Summer(integral);
}

class Summer implements Accumulator {
  private total: number | bigint = 0;

  constructor(private readonly integral: boolean) {}

  add(args: readonly Value[]): void {
    const value = args[0];
    if (value === null) return;
    if (!this.integral) this.total = (this.total as number) + Number(value);
    else this.total = longOperation(this.total, value as number, addNumbers, addBigints);
  }

  result(): Value {
    return this.total;
  }
}

const addNumbers = (a: number, b: number) => a + b;
const addBigints = (a: bigint, b: bigint) => a + b;

function extreme(site: CallSite, sign: 1 | -1): () => Accumulator {
  const type = site.argTypes[0];
  if (type === "dynamic") throw unsupported(site, "a dynamic argument");
  return () => new Extreme(type, sign);
}

/** The minimum (`sign` -1) or maximum (`sign` 1) non-null value. */
class Extreme implements Accumulator {
  private best: Value = null;

  constructor(
    private readonly type: KustoType,
    private readonly sign: 1 | -1,
  ) {}

  add(args: readonly Value[]): void {
    const value = args[0];
    if (value === null) return;
    const best = this.best;
    if (best === null) {
      this.best = value;
    } else if (typeof value === "number" && typeof best === "number" && this.type !== "real") {
      if (this.sign * (value - best) > 0) this.best = value;
    } else if (this.sign * compareValues(value, best, this.type) > 0) {
      this.best = value;
    }
  }

  result(): Value {
    return this.best;
  }
}

function averager(): Accumulator {
  let total = 0;
  let count = 0;
  return {
    add: ([value]) => {
      if (value === null) return;
      total += Number(value);
      count++;
    },
    result: () => (count === 0 ? null : total / count),
  };
}

/**
 * Counts distinct non-null values exactly.
 *
 * NOTE: Kusto's `dcount` is a HyperLogLog estimate, which may differ from
 * the exact count on large groups; the accuracy argument is ignored.
 */
function distinctCounter(site: CallSite): () => Accumulator {
  const type = site.argTypes[0];
  return () => {
    const seen = new Set<GroupKey>();
    return {
      add: ([value]) => {
        if (value !== null) seen.add(groupKey(value, type));
      },
      result: () => seen.size,
    };
  };
}

/**
 * Returns the first non-null value of the group, or null.
 *
 * NOTE: Kusto picks an arbitrary value; picking the first non-null one
 * keeps results reproducible.
 */
function takeAny(site: CallSite): () => Accumulator {
  if (site.argTypes.length !== 1) throw unsupported(site, "more than one argument");
  return () => {
    let chosen: Value = null;
    return {
      add: ([value]) => {
        if (chosen === null && value !== null) chosen = value;
      },
      result: () => chosen,
    };
  };
}

/**
 * Variance with Welford's algorithm; `sample` divides by n - 1 (0 for one
 * value). Without values the sample forms (`variance`, `stdev` and their
 * `if` forms) give 0, as the summarize page's default-values table states,
 * and the population forms give null.
 */
function spread(sample: boolean, root: boolean): () => Accumulator {
  return () => {
    let count = 0;
    let mean = 0;
    let squares = 0;
    return {
      add: ([value]) => {
        if (value === null) return;
        count++;
        const delta = Number(value) - mean;
        mean += delta / count;
        squares += delta * (Number(value) - mean);
      },
      result: () => {
        if (count === 0) return sample ? 0 : null;
        const divisor = sample ? count - 1 : count;
        const variance = divisor === 0 ? 0 : squares / divisor;
        return root ? Math.sqrt(variance) : variance;
      },
    };
  };
}

/**
 * `percentile(x, p)` by nearest rank: the smallest value with at least p%
 * of the values at or below it.
 *
 * NOTE: Kusto estimates percentiles with T-Digest, which can differ from
 * the nearest rank on large groups.
 */
function percentile(site: CallSite): () => Accumulator {
  const type: KustoType = site.argTypes[0];
  const p = site.constants[1];
  if (typeof p !== "number") throw unsupported(site, "a percentage that is not a constant number");
  return () => {
    const values: Value[] = [];
    return {
      add: ([value]) => {
        if (value !== null) values.push(value);
      },
      result: () => nearestRank(values, p, type),
    };
  };
}

export function nearestRank(values: Value[], p: number, type: KustoType): Value {
  if (values.length === 0) return null;
  values.sort((a, b) => compareValues(a, b, type));
  const rank = Math.max(1, Math.ceil((p / 100) * values.length));
  return values[Math.min(rank, values.length) - 1];
}

registerAggregates(
  aggregate("count", () => counter),
  aggregate("countif", () => conditionalCounter),
  aggregate("sum", summer),
  aggregate("sumif", (site) => onlyWhen(summer(site), 1)),
  aggregate("min", (site) => extreme(site, -1)),
  aggregate("max", (site) => extreme(site, 1)),
  aggregate("min_if", (site) => onlyWhen(extreme(site, -1), 1), ["minif"]),
  aggregate("max_if", (site) => onlyWhen(extreme(site, 1), 1), ["maxif"]),
  aggregate("avg", () => averager),
  aggregate("avgif", () => onlyWhen(averager, 1)),
  aggregate("dcount", distinctCounter),
  aggregate("dcountif", (site) => onlyWhen(distinctCounter(site), 1)),
  aggregate("take_any", takeAny, ["any"]),
  aggregate("stdev", () => spread(true, true)),
  aggregate("stdevp", () => spread(false, true)),
  aggregate("variance", () => spread(true, false)),
  aggregate("variancep", () => spread(false, false)),
  aggregate("stdevif", () => onlyWhen(spread(true, true), 1)),
  aggregate("varianceif", () => onlyWhen(spread(true, false), 1)),
  aggregate("percentile", percentile),
);
