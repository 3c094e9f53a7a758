/**
 * Builds the site's search index: every built page with `data-pagefind-body`
 * is prepared for the per-character Chinese index (src/lib/search/prepare-html.ts)
 * and given to Pagefind's Node API; the bundle is written to <site>/pagefind/.
 *
 *   tsx scripts/pagefind-index.ts [--site dist]
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../src/lib/search/prepare-html.ts';
import { directorySize } from './directory-size.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}


async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const siteAt = args.indexOf('--site');
  const site = siteAt >= 0 ? args[siteAt + 1]! : 'dist';
  const started = Date.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    console.error('pagefind: could not create an index:', errors.join('; '));
    return 1;
  }
  let pages = 0;
  let skipped = 0;
  for await (const file of htmlFiles(site)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) {
      skipped += 1;
      continue;
    }
    const sourcePath = relative(site, file).split(sep).join('/');
    const added = await index.addHTMLFile({ sourcePath, content: prepareHtmlForIndex(html) });
    if (added.errors.length) {
      console.error(`pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
      return 1;
    }
    pages += 1;
  }
  const outputPath = join(site, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) {
    console.error('pagefind: writing the index failed:', written.errors.join('; '));
    return 1;
  }
  await pagefind.close();
  const size = await directorySize(outputPath);
  console.log(
    `pagefind: indexed ${pages} article pages (${skipped} other pages skipped) into ${outputPath}: ` +
      `${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

process.exitCode = await main();
