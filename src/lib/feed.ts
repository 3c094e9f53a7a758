/**
 * RSS 2.0 as text. Links are whatever the caller gives: absolute URLs when the
 * site's address is configured, host-relative paths when it is not (the site
 * never invents a host; feed readers resolve them against the feed's URL).
 */
export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
}

export interface Feed {
  title: string;
  description: string;
  link: string;
  language: string;
  items: FeedItem[];
}

/** Characters XML 1.0 does not allow at all (control characters but tab and line ends, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data: escaped, and without the characters XML cannot carry (a feed must parse). */
export const xml = (s: string) => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rssXml(feed: Feed): string {
  const items = feed.items.map(
    (i) =>
      `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link><guid isPermaLink="true">${xml(i.link)}</guid>` +
      `${i.pubDate ? `<pubDate>${i.pubDate.toUTCString()}</pubDate>` : ''}<description>${xml(i.description)}</description></item>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(feed.title)}</title>` +
    `<description>${xml(feed.description)}</description><link>${xml(feed.link)}</link><language>${xml(feed.language)}</language>` +
    `${items.join('')}</channel></rss>`
  );
}
