/**
 * Every XML file a build writes is well-formed (sax in strict mode), and the feed writer drops what XML cannot
 * carry, so a control character that reached an article (a title pasted with a vertical tab) cannot break the feed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { rssXml } from '../../src/lib/feed.ts';
import { DIST, DIST_BASE, DIST_REINGEST } from '../setup/paths.ts';

/** The first well-formedness error of an XML text, or null: a character XML 1.0 forbids (sax lets them pass), or sax's first error. */
function xmlError(text: string): string | null {
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(text);
  if (bad) return `character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} is not allowed in XML (offset ${bad.index})`;
  const parser = sax.parser(true);
  let error: string | null = null;
  parser.onerror = (e) => {
    error ??= e.message.split('\n')[0]!;
    parser.resume();
  };
  parser.write(text).close();
  return error;
}

describe('XML files of the built sites', () => {
  for (const [name, dir] of [['dist', DIST], ['sub-path build', DIST_BASE], ['re-ingest build', DIST_REINGEST]] as const) {
    it(`${name}: every *.xml file parses`, () => {
      const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
      expect(files).toContain('feed.xml');
      for (const f of files) expect([f, xmlError(readFileSync(join(dir, f), 'utf8'))]).toEqual([f, null]);
    });
  }
  it('the check itself catches an ill-formed file', () => {
    expect(xmlError('<rss><title>a\u000bb</title></rss>')).not.toBeNull();
    expect(xmlError('<rss><title>a</rss>')).not.toBeNull();
    expect(existsSync(join(DIST, 'feed.xml'))).toBe(true);
  });
});

describe('rssXml', () => {
  it('drops control characters and lone surrogates, keeps tabs, line ends and astral characters', () => {
    const feed = rssXml({ title: '旧闻', description: 'd', link: '/', language: 'zh-CN', items: [{ title: '标题\u000b一\u0007', link: '/a/', description: '李\ud842\udfb7 \ud800 a\tb\nc' }] });
    expect(xmlError(feed)).toBeNull();
    expect(feed).toContain('<title>标题一</title>');
    expect(feed).toContain('李\ud842\udfb7  a\tb\nc');
  });
});
