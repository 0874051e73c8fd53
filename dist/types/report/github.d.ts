import type { AnnotationProperties } from "@actions/core";
import type { DiffReport } from "../diff/types.js";
import { type Annotation } from "../github/annotations.js";
import type { RunReport } from "./types.js";
export type { Annotation };
/**
 * The part of `@actions/core` this module uses, so that tests can pass a
 * fake that records the calls.
 */
export interface AnnotationCore {
    error(message: string, properties?: AnnotationProperties): void;
    warning(message: string, properties?: AnnotationProperties): void;
    notice(message: string, properties?: AnnotationProperties): void;
    summary: {
        addRaw(text: string, addEOL?: boolean): unknown;
        write(): Promise<unknown>;
    };
}
/**
 * Lists the annotations for a report. Each failed, erroneous or
 * unexpectedly passing case, each invalid file and each failed property
 * gets an error at its file and line. Each warning and each surviving
 * mutant gets a warning.
 */
export declare function buildAnnotations(report: RunReport): Annotation[];
/**
 * Lists an error annotation for each error of a diff report: a rule version
 * that could not be evaluated on a case, or a file that no longer loads.
 */
export declare function buildDiffAnnotations(diff: DiffReport): Annotation[];
/**
 * Sends the annotations GitHub will show through `core`: per level the
 * first ten in file and line order (see `pickAnnotations`). Returns the
 * others, for the job summary, because GitHub drops them.
 */
export declare function emitAnnotations(annotations: readonly Annotation[], core: AnnotationCore): Annotation[];
/** The reports the Action's job summary shows. */
export interface StepSummary {
    run: RunReport;
    diff?: DiffReport;
    /** Annotations GitHub did not show, from {@link emitAnnotations}. */
    remainder?: readonly Annotation[];
}
/**
 * Formats the job summary: the run report (see `formatJobSummary`), then
 * the base-versus-head alert diff and the annotations left over. The run
 * report gives up rules first to stay within GitHub's 1 MiB.
 */
export declare function formatStepSummary(summary: StepSummary): string;
/** Appends Markdown to the job summary and writes it. */
export declare function writeJobSummary(markdown: string, core: AnnotationCore): Promise<void>;
