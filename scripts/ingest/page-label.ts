/**
 * Page labels as printed: papers in sections (叠) label their pages with the section's letter and a number —
 * `A02`, `B1`, `第A3版`, `A3版`. Pure.
 *
 * A label is kept as printed (letter upper-cased, leading zeros kept: `A02`), shown as `A02版`, filed under the
 * URL key `a02`, and sorted by section letter, then number.
 */

export interface PageLabel {
  /** As printed, without 第…版: `A02`. */
  label: string;
  /** The section letter: `A`. */
  section: string;
  /** The page number within the section: 2. */
  number: number;
}

const LABEL = /^(?:第)?\s*([A-Za-z])\s*[-－]?\s*(\d{1,3})\s*(?:版)?$/;

/** Reads a page label (`A02`, `b1`, `第A3版`, `A3版`); undefined when the text is not one. */
export function parsePageLabel(text: string): PageLabel | undefined {
  const m = LABEL.exec(text.trim());
  if (!m) return undefined;
  const number = Number(m[2]);
  if (number < 1) return undefined;
  const section = m[1]!.toUpperCase();
  return { label: `${section}${m[2]}`, section, number };
}

/** The URL key of a labelled page: `a02`. */
export function pageLabelKey(label: string): string {
  return label.toLowerCase();
}

/** Orders labels by section letter, then number (`A2` < `A10` < `B1`); unlabelled (undefined) last. */
export function comparePageLabels(a: string | undefined, b: string | undefined): number {
  const pa = a === undefined ? undefined : parsePageLabel(a);
  const pb = b === undefined ? undefined : parsePageLabel(b);
  if (!pa || !pb) return (pa ? 0 : 1) - (pb ? 0 : 1);
  return pa.section < pb.section ? -1 : pa.section > pb.section ? 1 : pa.number - pb.number;
}
