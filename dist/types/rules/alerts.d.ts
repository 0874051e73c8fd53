import type { Table } from "../kql/types.js";
import type { Alert, Rule } from "./types.js";
/** Sentinel's cap on the alerts of one run with AlertPerResult. */
export declare const MAX_ALERTS_PER_RUN = 150;
/** The cap for NRT rules. */
export declare const MAX_NRT_ALERTS_PER_RUN = 30;
/**
 * Builds the alerts of a triggered run. SingleAlert (the default) gives one
 * alert for all rows. AlertPerResult gives one alert per row up to the cap
 * (150, or 30 for NRT rules). Past the cap, the first cap - 1 rows get
 * their own alerts and the last alert covers the whole result, as a
 * SingleAlert would.
 */
export declare function buildAlerts(rule: Rule, result: Table): Alert[];
