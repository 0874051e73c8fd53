import { escapeHtml, plural } from "./markdown.js";

/**
 * A workflow annotation, in the shape of `@actions/core`'s annotation
 * properties, so the annotations `src/report/github.ts` builds fit.
 */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: { title?: string; file?: string; startLine?: number; startColumn?: number };
}

/**
 * GitHub shows at most this many error annotations and this many warning
 * annotations per step (and per kind of notice); it drops the rest.
 */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

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
export function pickAnnotations<T extends Annotation>(
  annotations: readonly T[],
  limit = MAX_ANNOTATIONS_PER_LEVEL,
): AnnotationPick<T> {
  const sorted = [...annotations].sort(compareAnnotations);
  const countByLevel = new Map<Annotation["level"], number>();
  const pick: AnnotationPick<T> = { shown: [], remainder: [] };
  for (const annotation of sorted) {
    const count = countByLevel.get(annotation.level) ?? 0;
    if (count < limit) pick.shown.push(annotation);
    else pick.remainder.push(annotation);
    countByLevel.set(annotation.level, count + 1);
  }
  return pick;
}

const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };

function compareAnnotations(a: Annotation, b: Annotation): number {
  const left = a.properties;
  const right = b.properties;
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    compareText(left.file ?? "", right.file ?? "") ||
    (left.startLine ?? 0) - (right.startLine ?? 0) ||
    (left.startColumn ?? 0) - (right.startColumn ?? 0)
  );
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

/**
 * Formats the annotations GitHub would not show as a Markdown section for
 * the job summary, or returns "" when there are none.
 */
export function formatRemainder(remainder: readonly Annotation[]): string {
  if (remainder.length === 0) return "";

  const items = remainder.map((annotation) => {
    const place = placeText(annotation);
    const { title: titleText } = annotation.properties;
    const title = titleText ? `${escapeHtml(titleText)}: ` : "";
    const where = place ? ` (\`${place}\`)` : "";
    return `- **${annotation.level}** ${title}${escapeHtml(annotation.message.split("\n")[0])}${where}`;
  });
  const heading = `#### ${plural(remainder.length, "more annotation")}`;
  const intro = `GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} annotations of each level per step; these were not shown on the files.`;
  return [heading, "", intro, "", ...items].join("\n") + "\n";
}

function placeText(annotation: Annotation): string {
  const { file, startLine, startColumn } = annotation.properties;
  if (!file) return "";

  const parts: (string | number)[] = [file];
  if (startLine) parts.push(startLine);
  if (startLine && startColumn) parts.push(startColumn);
  return parts.join(":");
}
