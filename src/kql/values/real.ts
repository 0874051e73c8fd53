/**
 * Formats a `real` the way .NET's `double.ToString()` does, since Kusto
 * runs on .NET. The text is the shortest that reads back to the same
 * double. It uses scientific notation (`1E+15`, `1.5E-06`) when the decimal
 * exponent is at least 15 or at most -5. The non-finite values print as
 * `NaN`, `Infinity` and `-Infinity`.
 */
export function formatReal(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (value === 0) return "0";

  const [mantissa, exponentText] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent >= 15 || exponent <= -5) {
    const sign = exponent < 0 ? "-" : "+";
    const digits = String(Math.abs(exponent)).padStart(2, "0");
    return `${mantissa.toUpperCase()}E${sign}${digits}`;
  }
  return String(value);
}

const REAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses real-number text: decimal or exponent notation, or `NaN`,
 * `Infinity`, `-Infinity` (any case). Returns `null` for anything else.
 */
export function parseReal(text: string): number | null {
  const trimmed = text.trim();
  if (REAL_TEXT.test(trimmed)) return Number(trimmed);

  switch (trimmed.toLowerCase()) {
    case "nan":
      return NaN;
    case "infinity":
    case "+infinity":
      return Infinity;
    case "-infinity":
      return -Infinity;
    default:
      return null;
  }
}
