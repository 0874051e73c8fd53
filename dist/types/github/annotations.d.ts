/**
 * A workflow annotation, in the shape of `@actions/core`'s annotation
 * properties, so the annotations `src/report/github.ts` builds fit.
 */
export interface Annotation {
    level: "error" | "warning" | "notice";
    message: string;
    properties: {
        title?: string;
        file?: string;
        startLine?: number;
        startColumn?: number;
    };
}
/**
 * GitHub shows at most this many error annotations and this many warning
 * annotations per step (and per kind of notice); it drops the rest.
 */
export declare const MAX_ANNOTATIONS_PER_LEVEL = 10;
export interface AnnotationPick<T extends Annotation> {
    /** The annotations to emit, at most the limit per level. */
    shown: T[];
    /** The rest, for the job summary. */
    remainder: T[];
}
/**
 * Picks the annotations GitHub will show: per level, the first `limit` in
 * file, line and column order, so that every run picks the same ones.
 */
export declare function pickAnnotations<T extends Annotation>(annotations: readonly T[], limit?: number): AnnotationPick<T>;
/**
 * Formats the annotations GitHub would not show as a Markdown section for
 * the job summary, or returns "" when there are none.
 */
export declare function formatRemainder(remainder: readonly Annotation[]): string;
