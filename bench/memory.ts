/** Peaks of the process's memory, sampled by `sample` between steps. */
export class MemoryPeak {
  rss = 0;
  heapUsed = 0;

  /** Records the current resident set and heap use if they are new peaks. */
  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heapUsed = Math.max(this.heapUsed, usage.heapUsed);
  }
}

/** Formats bytes as mebibytes with no decimals. */
export function formatMiB(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}
