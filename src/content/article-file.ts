/**
 * An article file split into its front matter and body: kept apart from the
 * loader (articles-loader.ts), which brings in the whole Markdown stack, so
 * that the build scripts reading article files (search records, data files)
 * start quickly.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** `---\n{json or yaml}\n---\nbody` → front matter object and body. */
export function splitArticleFile(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) throw new Error(`${file}:1: an article file must start with front matter between --- lines`);
  const raw = m[1]!;
  let data: unknown;
  try {
    data = JSON.parse(raw); // what the ingest writes
  } catch {
    try {
      data = parseFrontmatter(text).frontmatter; // hand-written YAML
    } catch (error) {
      throw new Error(`${file}:2: front matter is neither JSON nor YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}:2: front matter must be an object`);
  // The body as Astro's glob loader gives it: without the blank lines around it.
  const body = text.slice(m[0].length).replace(/^(?:\r?\n)+/, '').replace(/(?:\r?\n)+$/, '');
  return { data: data as Record<string, unknown>, body };
}
