// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/content/markdown.ts';
import { siteBase, siteOrigin } from './src/lib/site-settings.ts';

// Astro 7's default Markdown processor (Sätteri) runs no remark plugins; the
// unified processor is needed for remark-cjk-friendly (MDX inherits it).
export default defineConfig({
  site: siteOrigin(),
  base: siteBase(),
  trailingSlash: 'always',
  // A private content-layer cache for builds of other content folders (tests, benchmarks).
  ...(process.env.JIUWEN_CACHE_DIR ? { cacheDir: process.env.JIUWEN_CACHE_DIR } : {}),
  // smartypants off: the archive shows the text as printed ("…", --, ... stay as they are).
  markdown: { processor: unified({ remarkPlugins: /** @type {any[]} */ ([...remarkPlugins]), smartypants: false }) },
  integrations: [mdx()],
  // scripts/build/site.ts cleans outDir itself: a partial build (src/lib/shards.ts) adds to the
  // pages already there, and the search index is written there while Astro builds.
  ...(process.env.JIUWEN_KEEP_OUTDIR ? { vite: { build: { emptyOutDir: false } } } : {}),
});
