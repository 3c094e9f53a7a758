/**
 * Simulates what a later ingest may do to the sample archive, to prove the site
 * copes (and that published URLs keep working):
 * - an article's id changes (better segmentation) → old id kept in `aliases`;
 * - another article's title is corrected (id unchanged);
 * - a page is added that the first part of a continued article points to;
 * - issues dated to the day, to the year only, and not at all are added;
 * - a paragraph with emphasis next to Chinese punctuation (remark-cjk-friendly).
 * Writes a content folder and a facts file the tests read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Article, Issue } from '../../src/content/schema';

interface Doc { data: Article; body: string }

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

async function parseMdx(text: string): Promise<{ data: Article; body: string }> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('MDX without front matter');
  let data: Article;
  try {
    data = JSON.parse(m[1]!);
  } catch {
    // YAML front matter (an ingest may write it); js-yaml comes with Astro
    const yaml: { load(s: string): unknown } = await import('js-yaml');
    data = yaml.load(m[1]!) as Article;
  }
  return { data, body: m[2]! };
}

const mdx = (d: Doc) => `---\n${JSON.stringify(d.data, null, 2)}\n---\n${d.body}`;

export interface ReingestFacts {
  moved: { oldId: string; newId: string; title: string };
  retitled: { id: string; oldTitle: string; newTitle: string };
  continued: { fromId: string; toId: string; page: number; addedPageKey: string; issueId: string };
  dayIssue: { id: string; monthDay: string };
  /** An issue whose publication became known: every id changed. */
  rehomed: { oldIssueId: string; newIssueId: string; oldArticleIds: string[] } | null;
  yearIssue: { id: string };
  undatedIssue: { id: string };
  cjkArticle: string;
}

export async function makeReingestFixture(src: string, out: string): Promise<ReingestFacts> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(src, 'sources'), join(out, 'sources'), { recursive: true });

  const issues: Issue[] = walk(join(src, 'issues'), '.json').map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const docs: Doc[] = [];
  for (const f of walk(join(src, 'articles'), '.mdx')) docs.push(await parseMdx(readFileSync(f, 'utf8')));
  docs.sort((a, b) => a.data.id.localeCompare(b.data.id));
  issues.sort((a, b) => a.id.localeCompare(b.id));
  if (!docs.length || !issues.length) throw new Error(`no sample content in ${src}: run the ingest first`);

  const byIssue = (id: string) => issues.find((i) => i.id === id)!;

  // 1. Continuation: an article continued on a page not in the archive gets that page added.
  let cont = docs.find((d) => d.data.continuations.some((c) => c.direction === 'to' && c.page !== null));
  if (!cont) {
    cont = docs.find((d) => d.data.page !== null) ?? docs[0]!;
    cont.data.continuations.push({ direction: 'to', page: (cont.data.page ?? 1) + 1, text: '（下转第二版）' });
    cont.body += '\n\n（下转第二版）\n';
  }
  const contTo = cont.data.continuations.find((c) => c.direction === 'to')!;
  const contIssue = byIssue(cont.data.issue);
  let targetPage = contTo.page!;
  while (contIssue.pages.some((p) => p.number === targetPage)) targetPage++;
  contTo.page = targetPage;
  const addedKey = String(targetPage);
  const partTwo: Doc = {
    data: {
      ...structuredClone(cont.data),
      id: `${contIssue.id}/${addedKey}/cont0001`,
      slug: 'cont0001',
      page: targetPage,
      pageKey: addedKey,
      order: 1,
      continuations: [{ direction: 'from', page: cont.data.page, text: `（上接第${cont.data.page ?? ''}版）` }],
      aliases: [],
      kicker: undefined,
      editorsNote: undefined,
    },
    body: `（上接第${cont.data.page ?? ''}版）这是续文。\n\n续文第二段。He said "yes" -- then ... 'no'.\n`,
  };
  docs.push(partTwo);
  contIssue.pages.push({
    number: targetPage,
    key: addedKey,
    source: contIssue.pages[0]!.source,
    items: [
      { type: 'furniture', kind: 'other', text: `第${targetPage}版 新增版面`, lines: [1, 1] },
      { type: 'article', id: partTwo.data.id },
    ],
    review: [],
  });

  // 2. An article whose id changed; its old id becomes an alias.
  const moved = docs.find((d) => d !== cont && d !== partTwo)!;
  const oldId = moved.data.id;
  const newSlug = `m${moved.data.slug.slice(1)}`.slice(0, 12);
  moved.data.slug = newSlug;
  moved.data.id = `${moved.data.issue}/${moved.data.pageKey}/${newSlug}`;
  moved.data.aliases = [...moved.data.aliases, oldId];
  for (const p of byIssue(moved.data.issue).pages) for (const it of p.items) if (it.type === 'article' && it.id === oldId) it.id = moved.data.id;

  // 3. A corrected title (same id).
  const retitled = docs.find((d) => d !== cont && d !== partTwo && d !== moved)!;
  const oldTitle = retitled.data.title;
  retitled.data.title = `${oldTitle}（更正）`;

  // 4. Emphasis next to Chinese punctuation.
  retitled.body += '\n\n**“金坛”**时报是一份地方报纸。\n';
  // 5. Photo captions attached to an article.
  retitled.data.captions = [...retitled.data.captions, '图为测试图片说明。'];

  // 5. Issues with other date precisions: copies of the first issue.
  const model = issues[0]!;
  const clone = (dateKey: string, date: Issue['date']): Issue => {
    const id = `${model.publication.slug}/${dateKey}`;
    const copy: Issue = { ...structuredClone(model), id, dateKey, date };
    for (const p of copy.pages) {
      for (const it of p.items) {
        if (it.type !== 'article') continue;
        const d = docs.find((x) => x.data.id === it.id);
        if (!d) continue;
        const nd: Doc = { data: { ...structuredClone(d.data), id: `${id}/${p.key}/${d.data.slug}`, issue: id, date, aliases: [] }, body: d.body };
        it.id = nd.data.id;
        docs.push(nd);
      }
    }
    issues.push(copy);
    return copy;
  };
  const day = clone('2019-12-04', { value: '2019-12-04', precision: 'day', source: 'text' });
  const year = clone('2017', { value: '2017', precision: 'year', source: 'text' });
  const undated = clone('undated-a1', { value: null, precision: 'unknown', source: 'none' });

  // 6. A publication identified later (catalogue corrected): the issue and all its articles get new ids.
  let rehomed: ReingestFacts['rehomed'] = null;
  const lost = issues.find((i) => i.publication.slug === 'unknown' && i !== contIssue && i !== byIssue(moved.data.issue) && i !== byIssue(retitled.data.issue));
  if (lost) {
    const publication = { name: '句容开发区报', slug: 'jurong-kaifaqu', source: 'catalogue' as const };
    const oldIssueId = lost.id;
    lost.publication = publication;
    lost.id = `${publication.slug}/${lost.dateKey}`;
    const oldArticleIds: string[] = [];
    for (const p of lost.pages) {
      for (const it of p.items) {
        if (it.type !== 'article') continue;
        const doc = docs.find((x) => x.data.id === it.id);
        if (!doc) continue;
        oldArticleIds.push(doc.data.id);
        doc.data.aliases = [...doc.data.aliases, doc.data.id];
        doc.data.id = `${lost.id}/${p.key}/${doc.data.slug}`;
        doc.data.issue = lost.id;
        doc.data.publication = publication;
        it.id = doc.data.id;
      }
    }
    rehomed = { oldIssueId, newIssueId: lost.id, oldArticleIds };
  }

  for (const i of issues) {
    const f = join(out, 'issues', `${i.id}.json`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, JSON.stringify(i, null, 2));
  }
  for (const d of docs) {
    const f = join(out, 'articles', `${d.data.id}.mdx`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, mdx(d));
  }
  void relative;
  return {
    moved: { oldId, newId: moved.data.id, title: moved.data.title },
    retitled: { id: retitled.data.id, oldTitle, newTitle: retitled.data.title },
    continued: { fromId: cont.data.id, toId: partTwo.data.id, page: targetPage, addedPageKey: addedKey, issueId: contIssue.id },
    dayIssue: { id: day.id, monthDay: '12-04' },
    rehomed,
    yearIssue: { id: year.id },
    undatedIssue: { id: undated.id },
    cjkArticle: retitled.data.id,
  };
}
