// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';

// Astro 7's default Markdown processor (Sätteri) runs no remark plugins; the
// unified processor is needed for remark-cjk-friendly (MDX inherits it).
export default defineConfig({
  site: process.env.JIUWEN_SITE ?? 'https://jiuwen.example.org',
  base: process.env.JIUWEN_BASE ?? '/',
  trailingSlash: 'always',
  // A private content-layer cache for builds of other content folders (tests, benchmarks).
  ...(process.env.JIUWEN_CACHE_DIR ? { cacheDir: process.env.JIUWEN_CACHE_DIR } : {}),
  // smartypants off: the archive shows the text as printed ("…", --, ... stay as they are).
  markdown: { processor: unified({ remarkPlugins: [remarkCjkFriendly], smartypants: false }) },
  integrations: [mdx()],
});
