import { resolve } from 'node:path';

/** The content folder (issues/, articles/, sources/): ./content, or $JIUWEN_CONTENT (used by tests). */
export function contentDir(): string {
  return resolve(process.env.JIUWEN_CONTENT ?? 'content');
}
