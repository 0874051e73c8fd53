/**
 * `round(x[, precision])`: rounds half away from zero at `precision`
 * decimal digits (negative precision rounds to tens, hundreds, ...).
 * Decimal shifting through the number's text keeps `round(2.15, 1)` at
 * 2.2, where multiplying by 10 would give 21.499... and round down.
 */
export declare function roundHalfAwayFromZero(value: number, precision: number): number;
