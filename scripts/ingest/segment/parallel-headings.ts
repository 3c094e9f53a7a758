/**
 * Parallel headings: how a heading is built, to compare it with the headings and the title around it. A
 * themed page (one article per museum, per deputy, per city) sets its articles' titles alike — single lines of
 * about the same length and the same build (two phrases of four and seven characters, say) — while a feature
 * sets its own section headings alike but unlike its title. So a heading built like the article's title is
 * more likely a sibling article's title, and one that breaks the article's series of headings too
 * (section-or-title.ts). Pure.
 */
import { visibleLength } from './text-shape.ts';

/** A heading's build: its visible length and its phrases (split at spaces: 价格稳 品种多 供应足 has three). */
export interface HeadingShape {
  length: number;
  phrases: number;
}

/** A heading's own words, measured: its last line without a column tag in brackets. */
export function headingShape(text: string): HeadingShape {
  const t = text.trim().replace(/[（(][^（()）]*[）)]$/, '').trim();
  return { length: visibleLength(t), phrases: t ? t.split(/[ \u3000]+/).length : 0 };
}

/** Whether two headings have the same build: as many phrases, lengths within a character (or a tenth). */
export function sameShape(a: HeadingShape, b: HeadingShape): boolean {
  return a.phrases === b.phrases && Math.abs(a.length - b.length) <= Math.max(1, Math.round(Math.max(a.length, b.length) / 10));
}
