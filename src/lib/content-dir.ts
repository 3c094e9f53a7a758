import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The content folder (issues/, articles/, sources/): ./content, or $JIUWEN_CONTENT (used by tests). */
export function contentDir(): string {
  return resolve(process.env.JIUWEN_CONTENT ?? 'content');
}

/**
 * Written by the ingest into its output folder: where the pages it read are
 * (`{ "sources": "<path relative to the content folder>" }`), so that a build
 * of content ingested with `--in DIR --out X` finds each page's source text.
 */
export const SOURCES_POINTER = '.ingest-sources.json';

/** The sources folder of a content folder: the one its ingest read, else `<content>/sources`. */
export function sourcesDir(content: string = contentDir()): string {
  const pointer = join(content, SOURCES_POINTER);
  if (existsSync(pointer)) {
    try {
      const rel = (JSON.parse(readFileSync(pointer, 'utf8')) as { sources?: unknown }).sources;
      if (typeof rel === 'string' && rel) return resolve(content, rel);
    } catch {
      // a damaged pointer: fall back to the convention
    }
  }
  return join(content, 'sources');
}
