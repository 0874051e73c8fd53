import { type SourceRow } from "./source-rows.js";
import { type YamlPath, type YamlSource } from "./yaml-source.js";
/** The repository root and the case file that names an event file. */
export interface EventFileContext {
    readonly root: string;
    readonly caseSource: YamlSource;
    /** Absolute path of the case file. */
    readonly casePath: string;
}
/**
 * Reads the events of a `{file: path}` reference at `path` in the case
 * file. The path is relative to the case file and must stay inside the
 * repository, also after symbolic links are followed. JSON and YAML files
 * hold a list of objects, NDJSON one object per line, CSV a header row then
 * one event per record.
 */
export declare function readEventFile(context: EventFileContext, path: YamlPath, reference: string): SourceRow[];
/**
 * Reads CSV text with a header row into rows placed on their lines, each
 * cell as text. A ragged record is an error at its line.
 */
export declare function readCsv(file: string, text: string): SourceRow[];
