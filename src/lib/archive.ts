/**
 * The archive as the pages need it: issues and articles cross-referenced,
 * sorted, with reading order and neighbours. Pure: build it from plain data.
 */
import type { Article, Issue, Page } from '../content/schema';
import { dateSortKey } from './dates';

export interface PublicationSummary {
  slug: string;
  name: string;
  /**
   * False for 报名不详 (`unknown`): pages whose publication no source names. They
   * are filed together only for want of a name; each may be from another paper,
   * so they are listed apart, not as a newspaper with issues in a row.
   */
  known: boolean;
  /** Issues oldest first. */
  issues: Issue[];
}

export interface Archive {
  publications: PublicationSummary[];
  /** All issues oldest first (undated first), ties by id. */
  issues: Issue[];
  articles: Article[];
  issueById: Map<string, Issue>;
  articleById: Map<string, Article>;
}

/** Whether a publication is named by some source (not 报名不详). */
export function publicationKnown(p: Pick<Issue['publication'], 'source' | 'slug'>): boolean {
  return p.source !== 'none';
}

/** Chronological order of issues; undated ones first, ties broken by id. */
export function compareIssues(a: Issue, b: Issue): number {
  const k = dateSortKey(a.date).localeCompare(dateSortKey(b.date));
  return k !== 0 ? k : a.id.localeCompare(b.id);
}

export function buildArchive(issues: Issue[], articles: Article[]): Archive {
  const sorted = [...issues].sort(compareIssues);
  const bySlug = new Map<string, PublicationSummary>();
  for (const issue of sorted) {
    const { slug, name } = issue.publication;
    if (!bySlug.has(slug)) bySlug.set(slug, { slug, name, known: publicationKnown(issue.publication), issues: [] });
    bySlug.get(slug)!.issues.push(issue);
  }
  // Known publications first (by name), the "unknown" bucket(s) last.
  const publications = [...bySlug.values()].sort(
    (a, b) => Number(!a.known) - Number(!b.known) || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return {
    publications,
    issues: sorted,
    articles,
    issueById: new Map(sorted.map((i) => [i.id, i])),
    articleById: new Map(articles.map((a) => [a.id, a])),
  };
}

/**
 * A page's articles in reading order (by `order`). The page's items are the list
 * of what is on it; an article file no page refers to is not listed (it keeps
 * its own URL).
 */
export function pageArticles(archive: Archive, issue: Issue, page: Page): Article[] {
  return page.items
    .flatMap((it) => (it.type === 'article' ? [archive.articleById.get(it.id)] : []))
    .filter((a): a is Article => a !== undefined)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The issue's pages: numbered pages by number, then unnumbered ones in issue order. */
export function issuePages(issue: Issue): Page[] {
  return issue.pages
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.number ?? Infinity) - (b.p.number ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

const readingOrders = new WeakMap<Archive, Map<Issue, Article[]>>();

/**
 * All the issue's articles in reading order: page by page, then by order on the
 * page. Made once per archive and issue (an archive is not changed after
 * buildArchive): every article page asks for its issue's list to find its
 * neighbours. Callers must not modify the list.
 */
export function issueArticles(archive: Archive, issue: Issue): Article[] {
  let byIssue = readingOrders.get(archive);
  if (!byIssue) readingOrders.set(archive, (byIssue = new Map()));
  let list = byIssue.get(issue);
  if (!list) byIssue.set(issue, (list = issuePages(issue).flatMap((p) => pageArticles(archive, issue, p))));
  return list;
}

const positions = new WeakMap<object, Map<unknown, number>>();

/** The elements before and after `item` in `list` (by identity; indexed once per list). */
export function neighbours<T>(list: T[], item: T): { prev?: T; next?: T } {
  let index = positions.get(list);
  if (!index) positions.set(list, (index = new Map(list.map((x, i) => [x, i]))));
  const i = index.get(item) ?? -1;
  if (i < 0) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}

/** The previous and next issue of the same publication (none for 报名不详: its pages are not a series). */
export function issueNeighbours(archive: Archive, issue: Issue): { prev?: Issue; next?: Issue } {
  if (!publicationKnown(issue.publication)) return {};
  const pub = archive.publications.find((p) => p.slug === issue.publication.slug);
  return pub ? neighbours(pub.issues, archive.issueById.get(issue.id) ?? issue) : {};
}

/**
 * The previous and next article in the issue's reading order (for 报名不详, whose
 * pages need not belong together, on the same page only).
 */
export function articleNeighbours(archive: Archive, article: Article): { prev?: Article; next?: Article } {
  const issue = archive.issueById.get(article.issue);
  if (!issue) return {};
  const page = issue.pages.find((p) => p.key === article.pageKey);
  const list = publicationKnown(issue.publication) || !page ? issueArticles(archive, issue) : pageArticles(archive, issue, page);
  return neighbours(list, archive.articleById.get(article.id) ?? article);
}

export type ContinuationTarget =
  | { kind: 'article'; article: Article; page: Page }
  | { kind: 'page'; page: Page }
  | { kind: 'missing' };

/**
 * Where a "continued on/from page N" marker leads: the other part of the article
 * when that page is in the archive and has a matching marker pointing back, else
 * the page itself, else nothing (the page is not in the archive).
 */
export function resolveContinuation(
  archive: Archive,
  article: Article,
  cont: Article['continuations'][number],
): ContinuationTarget {
  const issue = archive.issueById.get(article.issue);
  if (!issue) return { kind: 'missing' };
  const page = findPageRef(issue, cont);
  if (!page) return { kind: 'missing' };
  const back = cont.direction === 'to' ? 'from' : 'to';
  const candidates = pageArticles(archive, issue, page);
  const here = { page: article.page, label: article.pageLabel };
  const other =
    candidates.find((a) => a.continuations.some((c) => c.direction === back && refersTo(c, here))) ??
    candidates.find((a) => a.title === article.title);
  return other ? { kind: 'article', article: other, page } : { kind: 'page', page };
}

/** A page as a pointer names it: its number, or a section's page label (A3, A03) with a null number. */
export interface PageRef {
  page: number | null;
  label?: string | undefined;
}

/** A section's page label with its number's leading zeros dropped (A03 → A3), to compare labels as printed. */
const labelKey = (label: string) => label.toUpperCase().replace(/^([A-Z])0*(\d)/, '$1$2');

/** Whether a pointer names this page (by number, or by section label). */
export function refersTo(ref: PageRef, page: PageRef): boolean {
  if (ref.page !== null) return ref.page === page.page;
  return !!ref.label && !!page.label && labelKey(ref.label) === labelKey(page.label);
}

/** The page of an issue a pointer names (下转第二版, 上接B01版, ▶ 详见A3版), if the archive has it. */
export function findPageRef(issue: Issue, ref: PageRef): Page | undefined {
  if (ref.page === null && !ref.label) return undefined;
  return issue.pages.find((p) => refersTo(ref, { page: p.number, label: p.label }));
}

/** Every path (without slashes) that is a current issue, page or article. */
function currentPaths(archive: Archive): Set<string> {
  const paths = new Set<string>(archive.articleById.keys());
  for (const i of archive.issues) {
    paths.add(i.id);
    for (const p of i.pages) paths.add(`${i.id}/${p.key}`);
  }
  return paths;
}

/** Aliases (old ids) to redirect: every alias not itself a current URL, once. */
export function aliasRedirects(archive: Archive): { from: string; to: Article }[] {
  const taken = currentPaths(archive);
  const out: { from: string; to: Article }[] = [];
  for (const a of archive.articles) {
    for (const alias of a.aliases) {
      const from = alias.replace(/^\/+|\/+$/g, '');
      if (!from || taken.has(from)) continue;
      taken.add(from);
      out.push({ from, to: a });
    }
  }
  return out;
}

/**
 * When an alias's issue or page URL no longer exists either (the publication or
 * date of the issue was corrected), that old issue/page URL leads to the
 * article's current issue/page.
 */
export function legacyContainerRedirects(archive: Archive): { from: string; toPath: string; kind: 'issue' | 'page' }[] {
  const taken = currentPaths(archive);
  for (const r of aliasRedirects(archive)) taken.add(r.from);
  const out: { from: string; toPath: string; kind: 'issue' | 'page' }[] = [];
  for (const { from, to } of aliasRedirects(archive)) {
    const parts = from.split('/');
    if (parts.length !== 4) continue;
    const oldIssue = parts.slice(0, 2).join('/');
    const oldPage = parts.slice(0, 3).join('/');
    if (!taken.has(oldPage)) {
      taken.add(oldPage);
      out.push({ from: oldPage, toPath: `${to.issue}/${to.pageKey}`, kind: 'page' });
    }
    if (!taken.has(oldIssue)) {
      taken.add(oldIssue);
      out.push({ from: oldIssue, toPath: to.issue, kind: 'issue' });
    }
  }
  return out;
}

/** Issues whose date is known to the day and falls on month/day, in another year than `year`. */
export function onThisDay(archive: Archive, month: number, day: number, year?: number): Issue[] {
  const md = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return archive.issues
    .filter((i) => i.date.precision === 'day' && i.date.value!.endsWith(md) && Number(i.date.value!.slice(0, 4)) !== year)
    .reverse();
}

export interface ArchiveFigures {
  publications: number;
  issues: number;
  pages: number;
  articles: number;
  characters: number;
  firstYear: string | null;
  lastYear: string | null;
}

/** Figures for the archive as browsed: the articles that are on a page of an issue. */
export function archiveFigures(archive: Archive): ArchiveFigures {
  const listed = archive.issues.flatMap((i) => issueArticles(archive, i));
  const years = archive.issues.map((i) => i.date.value?.slice(0, 4)).filter((y): y is string => !!y).sort();
  return {
    publications: archive.publications.filter((p) => p.known).length,
    issues: archive.issues.length,
    pages: archive.issues.reduce((n, i) => n + i.pages.length, 0),
    articles: listed.length,
    characters: listed.reduce((n, a) => n + a.length, 0),
    firstYear: years[0] ?? null,
    lastYear: years.at(-1) ?? null,
  };
}

/** What pageLabel needs of a page: its number, its section label (A02) and its printed name, where known. */
export type PageLabelled = Pick<Page, 'number'> & Partial<Pick<Page, 'name' | 'label'>>;

/** A page's label: 第1版, A02版 (a section's page), or 版次不详 (with the page name when printed). */
export function pageLabel(page: PageLabelled): string {
  const n = page.number !== null ? `第${page.number}版` : page.label ? `${page.label}版` : '版次不详';
  return page.name ? `${n} · ${page.name}` : n;
}

export function pageLabelEn(page: PageLabelled): string {
  const n = page.number !== null ? `Page ${page.number}` : page.label ? `Page ${page.label}` : 'Page unknown';
  return page.name ? `${n} · ${page.name}` : n;
}
