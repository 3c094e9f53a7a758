/** The pure parts of partial and incremental builds: shards, selections, neighbours, batches. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSelected, isFullBuild, issueSelected, selectionFromEnv, shardOf, shardSlug } from '../../src/lib/shards.ts';
import { batches, withNeighbours } from '../../scripts/build/site.ts';
import { Slots } from '../../scripts/build/search-index.ts';

describe('shards', () => {
  it('are years of the archive; undated issues have their own shard', () => {
    expect(shardOf('renmin-ribao/2019-02-01')).toBe('2019');
    expect(shardOf('renmin-ribao/2019-02-01/3/abc')).toBe('2019');
    expect(shardOf('jintan-shibao/2020-07')).toBe('2020');
    expect(shardOf('kaifaqu/2018')).toBe('2018');
    expect(shardOf('unknown/undated-a1b2')).toBe('undated');
    expect(shardSlug('2019')).toBe('2019');
  });

  it('a selection from the environment limits the issues built', () => {
    expect(isFullBuild(selectionFromEnv({}))).toBe(true);
    const byShard = selectionFromEnv({ JIUWEN_SHARDS: '2019, 2020' });
    expect(issueSelected(byShard, 'a/2019-02-01')).toBe(true);
    expect(issueSelected(byShard, 'a/2018-02-01')).toBe(false);
    const list = join(mkdtempSync(join(tmpdir(), 'jiuwen-sel-')), 'issues.txt');
    writeFileSync(list, 'a/2019-02-01\nb/2019-03\n');
    const byIssue = selectionFromEnv({ JIUWEN_ISSUES: list });
    expect(issueSelected(byIssue, 'a/2019-02-01')).toBe(true);
    expect(issueSelected(byIssue, 'a/2019-02-02')).toBe(false);
    expect(articleSelected(byIssue, 'b/2019-03/2/xyz')).toBe(true);
    const both = selectionFromEnv({ JIUWEN_ISSUES: list, JIUWEN_SHARDS: '2018' });
    expect(issueSelected(both, 'a/2019-02-01')).toBe(false);
  });
});

describe('incremental builds', () => {
  const issue = (id: string) => ({ id, shard: shardOf(id), publication: id.split('/')[0]!, sortKey: id.split('/')[1]!, articles: 1, digest: 'x' });
  const all = ['a/2019-01-01', 'a/2019-01-02', 'a/2019-01-03', 'a/2019-01-05', 'b/2019-01-02'].map(issue);

  it('rebuild a changed issue and the issues before and after it in its publication', () => {
    expect([...withNeighbours(all, new Set(['a/2019-01-02']))].sort()).toEqual(['a/2019-01-01', 'a/2019-01-02', 'a/2019-01-03']);
    expect([...withNeighbours(all, new Set(['b/2019-01-02']))].sort()).toEqual(['b/2019-01-02']);
  });

  it('a new last issue rebuilds the one before it', () => {
    const more = [...all, issue('a/2019-01-06')];
    expect([...withNeighbours(more, new Set(['a/2019-01-06']))].sort()).toEqual(['a/2019-01-05', 'a/2019-01-06']);
  });

  it('a removed issue rebuilds its living neighbours, not itself', () => {
    const left = all.filter((i) => i.id !== 'a/2019-01-03');
    const removed = [{ id: 'a/2019-01-03', publication: 'a', sortKey: '2019-01-03' }];
    expect([...withNeighbours(left, new Set(), removed)].sort()).toEqual(['a/2019-01-02', 'a/2019-01-05']);
  });

  it('large archives build in batches of whole shards', () => {
    const shards = [
      { name: '2017', articles: 9000 },
      { name: '2018', articles: 9000 },
      { name: '2019', articles: 25000 },
      { name: '2020', articles: 100 },
    ];
    expect(batches(shards, 20000)).toEqual([['2017', '2018'], ['2019'], ['2020']]);
    expect(batches(shards, 1e9)).toEqual([['2017', '2018', '2019', '2020']]);
    expect(batches([], 10)).toEqual([]);
  });
});

describe('Slots (how many search index parts run at once)', () => {
  it('holds takers beyond its size until one gives back, and lets more in when raised', async () => {
    const slots = new Slots(1);
    const started: number[] = [];
    const take = (n: number) => slots.take().then(() => void started.push(n));
    await take(1);
    const second = take(2);
    const third = take(3);
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([1]);
    slots.resize(2);
    await second;
    expect(started).toEqual([1, 2]);
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([1, 2]);
    slots.give();
    await third;
    expect(started).toEqual([1, 2, 3]);
  });
});
