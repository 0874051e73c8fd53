import { InputError } from "../../errors.js";
import type { Column, Value } from "../types.js";
import { coercerOf, type ValueCoercer } from "./coerce.js";

type RawRecord = Readonly<Record<string, unknown>>;

/**
 * Returns a converter from records (column name to raw value, such as a
 * parsed JSON line) to rows of `columns`, each value converted as
 * `coerceValue` converts it. `where` names a column in error messages.
 */
export function rowCoercer(
  columns: readonly Column[],
  where: (column: Column) => string = (column) => `column ${column.name}`,
): (record: RawRecord) => Value[] {
  const reader = new RecordReader(columns, where);
  return (record) => reader.read(record);
}

/**
 * Reads records by walking their keys in the order the last record had.
 * The lines of an event file written by one program share that order,
 * and the walk reads properties by position, which costs less than a
 * lookup by name per column. A record with other keys, or another order,
 * is read by name, and its key order is the one expected next.
 */
class RecordReader {
  private readonly names: readonly string[];
  private readonly coercers: readonly ValueCoercer[];
  /** True when two columns share a name, so that a key has two slots. */
  private readonly byNameOnly: boolean;
  /** The keys of the last record read by name, in their order. */
  private order: string[] = [];
  /** The column of each key of `order`, or -1 for a key of no column. */
  private slots: number[] = [];
  /** The columns that no key of `order` names, with the value they get. */
  private absent: { slot: number; value: Value }[] = [];

  constructor(
    columns: readonly Column[],
    where: (column: Column) => string,
  ) {
    this.names = columns.map((column) => column.name);
    this.coercers = columns.map((column) =>
      coercerOf(column.type, where(column)),
    );
    this.byNameOnly = new Set(this.names).size !== this.names.length;
  }

  read(record: RawRecord): Value[] {
    const row = new Array<Value>(this.names.length);
    if (this.byNameOnly) return this.readByName(record, row);

    let done = false;
    try {
      done = this.readInOrder(record, row);
    } catch (error: unknown) {
      // Reading by name raises this error again, or that of an earlier
      // column, so that the message names the first invalid column.
      if (!(error instanceof InputError)) throw error;
    }
    if (done) return row;

    this.learnOrder(record);
    return this.readByName(record, row);
  }

  /**
   * Fills `row` by walking the keys, or returns false when they differ
   * from `order`.
   */
  private readInOrder(record: RawRecord, row: Value[]): boolean {
    const { order, slots, coercers } = this;
    let position = 0;
    for (const key in record) {
      if (key !== order[position]) return false;
      const slot = slots[position++];
      if (slot >= 0) row[slot] = coercers[slot](record[key]);
    }
    if (position !== order.length) return false;

    for (const { slot, value } of this.absent) row[slot] = value;
    return true;
  }

  private readByName(record: RawRecord, row: Value[]): Value[] {
    const { names, coercers } = this;
    for (let i = 0; i < names.length; i++) {
      row[i] = coercers[i](record[names[i]]);
    }
    return row;
  }

  private learnOrder(record: RawRecord): void {
    const order: string[] = [];
    for (const key in record) order.push(key);
    this.order = order;
    this.slots = order.map((key) => this.names.indexOf(key));
    this.absent = [];
    for (let slot = 0; slot < this.names.length; slot++) {
      if (this.slots.includes(slot)) continue;
      this.absent.push({ slot, value: this.coercers[slot](undefined) });
    }
  }
}
