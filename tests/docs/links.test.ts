/** Every relative link in README.md and docs/*.md leads to a file that exists (and to a heading there, for #anchors). */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

function links(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/i.test(l));
}

describe('documentation links', () => {
  it('finds the documents', () => {
    expect(files).toContain('docs/ingest.md');
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(`${file}: every relative link resolves`, () => {
      const broken: string[] = [];
      for (const link of links(file)) {
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path ? resolve(dirname(file), decodeURI(path)) : resolve(file);
        if (!existsSync(target)) broken.push(`${link} (no such file)`);
        else if (anchor && statSync(target).isFile() && target.endsWith('.md') && !anchors(target).has(anchor)) broken.push(`${link} (no such heading)`);
      }
      expect(broken).toEqual([]);
    });
  }
});
