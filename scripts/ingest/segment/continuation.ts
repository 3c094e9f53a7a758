import type { ArticleBlock, Continuation } from '../types.ts';
import { findContinuations } from './patterns.ts';

/** Continuation markers of an article, found in its paragraph and continuation blocks, in order. */
export function collectContinuations(blocks: ArticleBlock[]): Continuation[] {
  return blocks
    .filter((b) => b.role === 'paragraph' || b.role === 'continuation')
    .flatMap((b) => findContinuations(b.text));
}

/** Whether the text sends the reader to another page (下转 / 详见 / 转第N版). */
export function continuesElsewhere(text: string): boolean {
  return findContinuations(text).some((c) => c.direction === 'to');
}
