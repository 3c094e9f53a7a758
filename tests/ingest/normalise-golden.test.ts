/**
 * Golden files for decode + normalise on the sample pages:
 * content/sources/<name>.txt (the sample pages) → tests/fixtures/ingest-normalised/<name>.txt.
 * Run with UPDATE=1 to rewrite them after an intended rule change, then review the diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { decodePage } from '../../scripts/ingest/decode.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';

const DIR = 'content/sources';
const pages = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('decode + normalise golden files', () => {
  it('has sample pages to check', () => {
    expect(pages.length).toBe(5);
  });

  it.each(pages)('%s', (name) => {
    const decoded = decodePage(readFileSync(`${DIR}/${name}`), name);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const out = normaliseText(decoded.text);
    expect(out.split('\n')).toHaveLength(decoded.text.split('\n').length);
    // Invariants: no half-width , ; ! ? between Chinese characters, no full-width digits/letters, no trailing spaces.
    expect(out).not.toMatch(/\p{Script=Han}[,;!?]\p{Script=Han}/u);
    expect(out).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/);
    expect(out).not.toMatch(/[ \u3000]$/m);
    const golden = `tests/fixtures/ingest-normalised/${name}`;
    if (process.env.UPDATE === '1' || !existsSync(golden)) {
      mkdirSync(`tests/fixtures/ingest-normalised`, { recursive: true });
      writeFileSync(golden, out);
    }
    expect(out).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('English OCR (a 1916 front page from corpus-en)', () => {
  it('normalisation leaves every line as it was, apart from trimming', () => {
    const text = readFileSync('tests/fixtures/ingest-en/sn82014682-1916-11-01-01.txt', 'utf8').replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(100);
    const changed = lines.filter((l) => normaliseText(l) !== l.replace(/^[ \t]+|[ \t]+$/g, '').replace(/\t/g, ' '));
    expect(changed).toEqual([]);
  });
});
