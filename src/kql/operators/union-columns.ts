import type { Column, KustoType } from "../types.js";

/** An output column of `union kind=outer` and the input column it reads. */
export interface UnionColumn extends Column {
  /** The name and type of the input columns whose values fill it. */
  readonly origin: Column;
}

/**
 * Names the columns of `union kind=outer` the way the union page describes
 * (learn.microsoft.com/kusto/query/union-operator): one column per name and
 * type, in order of first appearance. A name that comes with more than one
 * type gets the suffix `_type` for each of them, and a suffixed name that
 * another column already has gets a number, so `x:long`, `x:int` and
 * `x_long:long` give `x_long1`, `x_int` and `x_long`.
 */
export function outerUnionColumns(
  inputs: readonly (readonly Column[])[],
): UnionColumn[] {
  const origins: Column[] = [];
  const typesByName = new Map<string, Set<KustoType>>();
  for (const column of inputs.flat()) {
    const types = typesByName.get(column.name) ?? new Set<KustoType>();
    typesByName.set(column.name, types);
    if (types.has(column.type)) continue;
    types.add(column.type);
    origins.push(column);
  }
  const isSuffixed = (origin: Column) =>
    (typesByName.get(origin.name)?.size ?? 0) > 1;
  const usedNames = new Set(
    origins.filter((origin) => !isSuffixed(origin)).map(({ name }) => name),
  );
  return origins.map((origin) => {
    if (!isSuffixed(origin)) return { ...origin, origin };
    const name = freeName(`${origin.name}_${origin.type}`, usedNames);
    usedNames.add(name);
    return { name, type: origin.type, origin };
  });
}

function freeName(name: string, usedNames: ReadonlySet<string>): string {
  if (!usedNames.has(name)) return name;
  let number = 1;
  while (usedNames.has(`${name}${number}`)) number++;
  return `${name}${number}`;
}
