/**
 * The site's remark plugins, in one place: `astro.config.mjs` gives them to
 * Astro's unified Markdown processor, and `render-body.ts` runs them on
 * article bodies. remark-cjk-friendly lets `**“金坛”**时报` render bold
 * (CommonMark's emphasis rules would not, next to CJK punctuation).
 */
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { PluggableList } from 'unified';

export const remarkPlugins: PluggableList = [remarkCjkFriendly];
