/**
 * Every code the ingest can put in its report (errors, warnings, review notes) is explained in the
 * report table (docs/ingest.md), so an archivist can look up what a note means and how to correct it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Codes only emitted for developers, never in a normal run (none since --explain replaced SEGMENT_DEBUG). */
const DEBUG_ONLY = new Set<string>();

describe('report codes', () => {
  const codes = new Set<string>();
  for (const f of sources('scripts/ingest')) for (const m of readFileSync(f, 'utf8').matchAll(/\bcode: '([a-z-]+)'/g)) codes.add(m[1]!);
  const readme = readFileSync('docs/ingest.md', 'utf8');
  const table = readme.slice(readme.indexOf('## The report'));

  it('finds the codes in the ingest source', () => {
    expect(codes.size).toBeGreaterThan(20);
    expect(codes).toContain('kicker-guessed');
  });
  it('explains each one in the report table of docs/ingest.md', () => {
    const missing = [...codes].filter((c) => !DEBUG_ONLY.has(c) && !table.includes(`\`${c}\``)).sort();
    expect(missing).toEqual([]);
  });
});
