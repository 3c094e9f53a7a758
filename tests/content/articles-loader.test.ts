/**
 * The articles loader's store updates: what a full build, an incremental build
 * of some issues (keepRendered) and a build of some shards keep or redo.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesLoader } from '../../src/content/articles-loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'jiuwen-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const front = (id: string, title: string) => `---\n${JSON.stringify({ id, title })}\n---\n\n${title}的正文。\n`;
for (const [id, title] of [['a', '甲'], ['b', '乙'], ['c', '丙']] as const) writeFileSync(join(dir, `${id}.mdx`), front(id, title));

interface Entry { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } }

function fakeContext(store: Map<string, Entry>, sets: string[], parsed: string[]) {
  return {
    store: {
      get: (id: string) => store.get(id),
      set: (e: Entry) => (sets.push(e.id), store.set(e.id, e), true),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), { ...data }),
    generateDigest: (s: string) => createHash('sha256').update(s).digest('hex'),
    config: { root: pathToFileURL(`${dir}/`) },
    logger: { info: () => {} },
  };
}

const parses: string[] = [];

async function load(store: Map<string, Entry>, options: { render?: (id: string) => boolean } = {}, parsed: string[] = []) {
  const sets: string[] = [];
  await articlesLoader({ base: dir, ...options }).load(fakeContext(store, sets, parsed) as never);
  return sets.sort();
}

describe('articlesLoader', () => {
  it('renders every article on a first load and nothing again when nothing changed', async () => {
    const store = new Map<string, Entry>();
    expect(await load(store)).toEqual(['a', 'b', 'c']);
    expect(store.get('b')!.rendered!.html).toContain('乙的正文');
    expect(await load(store)).toEqual([]);
  });

  it('an incremental build parses only the changed file; the others keep their data and lose their HTML', async () => {
    const store = new Map<string, Entry>();
    await load(store);
    const parsed = store.get('a')!.data;
    writeFileSync(join(dir, 'c.mdx'), front('c', '丙二'));
    expect(await load(store, { render: (id) => id === 'c' }, parses)).toEqual(['a', 'b', 'c']);
    expect(parses).toEqual(['c']);
    expect(store.get('a')!.data).toBe(parsed);
    expect(store.get('a')!.rendered).toBeUndefined();
    expect(store.get('c')!.rendered!.html).toContain('丙二的正文');
    // the next incremental build of the same issue: nothing to do
    parses.length = 0;
    expect(await load(store, { render: (id) => id === 'c' }, parses)).toEqual([]);
    expect(parses).toEqual([]);
    writeFileSync(join(dir, 'c.mdx'), front('c', '丙'));
  });

  it('a build of some shards keeps only their bodies (memory follows the batch)', async () => {
    const store = new Map<string, Entry>();
    await load(store);
    expect(await load(store, { render: (id) => id === 'a' })).toEqual(['b', 'c']);
    expect(store.get('a')!.rendered).toBeDefined();
    expect(store.get('b')!.rendered).toBeUndefined();
    expect(store.get('b')!.data.title).toBe('乙');
  });

  it('a changed file outside the selection is stored again, as data', async () => {
    const store = new Map<string, Entry>();
    await load(store);
    const before = readFileSync(join(dir, 'b.mdx'), 'utf8');
    writeFileSync(join(dir, 'b.mdx'), front('b', '乙二'));
    const parsed: string[] = [];
    expect(await load(store, { render: (id) => id === 'a' }, parsed)).toEqual(['b', 'c']);
    expect(parsed).toEqual(['b']);
    expect(store.get('b')!.data.title).toBe('乙二');
    expect(store.get('b')!.rendered).toBeUndefined();
    writeFileSync(join(dir, 'b.mdx'), before);
  });
});
