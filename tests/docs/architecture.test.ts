/**
 * docs/architecture.md names the code as it is: every file it names exists, and every module of the
 * ingest (scripts/ingest/*.ts) and of scripts/lib/ is named in it, so that moving or adding one
 * without the doc fails here.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const doc = readFileSync('docs/architecture.md', 'utf8');
const named = [...doc.matchAll(/`([^`\s]+\.(?:ts|mjs))`/g)].map((m) => m[1]!);
/** Every file under these folders (node_modules and build output left out), by base name. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const known = new Set([...files('scripts'), ...files('src')].map((f) => basename(f)));

describe('docs/architecture.md', () => {
  it('names only files that exist', () => {
    const missing = named.filter((n) => !existsSync(n) && (n.includes('/') || !known.has(n)) && !n.startsWith('content/') && !n.startsWith('dist/'));
    expect(missing).toEqual([]);
  });

  it('names every module of the ingest and of scripts/lib', () => {
    const modules = ['scripts/ingest', 'scripts/lib'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')));
    expect(modules.filter((m) => !doc.includes(`\`${m}\``) && !doc.includes(`/${m}\``))).toEqual([]);
  });

  it('the stages the doc calls pure import nothing that writes or reads files (write.ts is the only writer)', () => {
    const pure = ['pipeline.ts', 'decode.ts', 'normalise.ts', 'metadata.ts', 'corrections.ts', 'ids.ts', 'ledger.ts', 'render.ts', 'segment.ts'];
    const io = pure.filter((f) => /from 'node:fs(\/promises)?'/.test(readFileSync(join('scripts/ingest', f), 'utf8')));
    expect(io).toEqual([]);
  });
});
