/**
 * Runs a search against Pagefind's JavaScript API and applies the phrase
 * layer (rank.ts): used by the search page in the browser and by the tests in
 * Node, with the same Pagefind bundle.
 *
 * Two Pagefind queries: the phrase query (longest term quoted) finds the
 * pages that contain the phrase, in Pagefind's order; the recall query (all
 * characters, unquoted) adds every other page containing all the characters,
 * so a phrase cut by a paragraph break or a layout element is not lost.
 * Candidates are then read (result.data()) a batch at a time and classified
 * exact / partial against their full text.
 */
import { countIsExact, parseQuery, partialPieces, phraseQuery, recallQuery, type QueryTerm } from './query';
import { compactText, compareRelevance, makeExcerpt, matchPhrases, matchTier, phraseScore, type ExcerptPart, type FieldTier, type PhraseMatch } from './rank';
import { parseAlso, type AlsoPrinted } from './also';
import { CHAR_MARK, stripSeparators, textFromIndex } from './han';

export const FILTER_KEYS = ['publication', 'year', 'month', 'page'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

export interface SearchRequest {
  query: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/** The parts of Pagefind's API this module uses (see pagefind_web_js/types). */
export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page (Pagefind's `words`). */
  words?: number[];
  data: () => Promise<PagefindFragment>;
}
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  search(term: string, options?: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
  /** Loads every filter's index; afterwards searches report counts per filter value. */
  filters?(): Promise<Record<string, Record<string, number>>>;
  /** Loads the index chunks a search for `term` needs, without searching (Pagefind's `preload`). */
  preload?(term: string): Promise<void>;
  /** A filter that keeps the index's newest pages only (a large archive's merged index: sharded.ts). */
  recent?: Record<string, string>;
  /**
   * Loads the `recent` filter's file without searching: every phrase search by relevance uses it
   * first, so the search page loads it while idle rather than in front of the reader's next search.
   */
  preloadRecent?(): Promise<void>;
  /** The index has character words (han.ts `charWord`): one-character terms search them (query.ts `termWords`). */
  charWords?: boolean;
}

/**
 * A phrase found (Pagefind: all its words) on at least this many pages is very
 * common: by relevance, its first results come from the newest pages
 * (`PagefindApi.recent`), and the search over the whole archive follows
 * (`SearchSession.loadRest`). Pagefind's time grows with the result pages
 * times the postings of the words, whatever the archive's size: 23,686 pages
 * for 习近平 cost 1.2 s at 100,000 articles, 2,733 pages 40–80 ms at 10,000;
 * from about 2,000 pages the whole archive's search passes 30 ms.
 */
export const COMMON_PAGES = 2_000;

const queryWords = (query: string) => new Set(query.replaceAll('"', ' ').split(/\s+/u).filter(Boolean));

/**
 * True when the recall query cannot add a candidate to the phrase query's
 * `response`: both send the same words, each a Han bigram (matched as a prefix
 * by the recall query, and no other index word starts with a bigram), no filter
 * applies, and Pagefind found the phrase on every page holding all its words
 * (`unfilteredResultCount`). So for 习近平 (习近 近平) on 23,686 pages the
 * recall query, as slow as the phrase query, is not run.
 */
export function recallAddsNothing(phrase: string, recall: string, response: PagefindResponse | null, filters: object): boolean {
  if (!response || Object.keys(filters).length) return false;
  const p = queryWords(phrase);
  const r = queryWords(recall);
  if (p.size !== r.size || ![...r].every((w) => p.has(w) && /^\p{Script=Han}{2}$/u.test(w))) return false;
  return response.results.length === response.unfilteredResultCount;
}
/** Enough candidates on the newest pages to show a first page of results from them. */
const RECENT_ENOUGH = 20;

/** One search result, ready to show. */
export interface Hit {
  id: string;
  url: string;
  title: string;
  publication?: string;
  date?: string;
  page?: string;
  excerpt: ExcerptPart[];
  /** Every term occurs as a phrase in the article. */
  exact: boolean;
  /**
   * Not exact, but a partial match worth listing: the article holds the
   * pieces of every term (query.ts partialPieces: Latin and number runs whole —
   * a fragment of a number is no part of it — and the bigrams covering the Han
   * runs). Candidates neither exact nor partial are dropped.
   */
  partial: boolean;
  /** Where the phrase is (rank.ts matchTier): title, kicker/subtitle, first paragraph, elsewhere. */
  tier: FieldTier;
  /** Date sort key (YYYY-MM-DD), for ties. */
  sortKey: string;
  /** Other printings of the same text (same day, other pages). */
  also: AlsoPrinted[];
  match: PhraseMatch;
  /** Position among the candidates (Pagefind's order). */
  order: number;
  /** Phrase relevance (rank.ts phraseScore), 0 for partial matches. */
  score: number;
}

function pagefindOptions(req: SearchRequest): { filters: object; sort: object } {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = req.filters[key];
    if (value) filters[key] = value;
  }
  const sort = req.sort === 'newest' ? { date: 'desc' } : req.sort === 'oldest' ? { date: 'asc' } : {};
  return { filters, sort };
}

/** Turns a loaded fragment into a hit, checking its text for the phrases. */
export function toHit(result: PagefindResult, fragment: PagefindFragment, terms: QueryTerm[], order: number): Hit {
  const content = textFromIndex(fragment.content);
  const ct = compactText(content);
  const match = matchPhrases(ct, terms);
  const meta = fragment.meta;
  const title = stripSeparators(meta.title ?? fragment.url);
  const titleMatches = match.exact && matchPhrases(title, terms).exact;
  const fieldEnds = (meta.fields ?? '').split(',').filter(Boolean).map(Number);
  return {
    id: result.id,
    url: fragment.url,
    title,
    publication: meta.publication,
    date: meta.date,
    page: meta.page,
    excerpt: makeExcerpt(content, terms, undefined, ct, match),
    exact: match.exact,
    partial: !match.exact && terms.every((t) => partialPieces(t).every((piece) => ct.compact.includes(piece))),
    tier: matchTier(match, fieldEnds),
    sortKey: meta.sort ?? '',
    also: parseAlso(meta.also),
    match,
    order,
    score: match.exact ? phraseScore(match, content.length, titleMatches) : 0,
  };
}

/** Exact hits first, in relevance order (rank.ts compareRelevance), then the rest in candidate order. */
export function byRelevance(a: Hit, b: Hit): number {
  return Number(b.exact) - Number(a.exact) || (a.exact && b.exact ? compareRelevance(a, b) : 0) || a.order - b.order;
}

/**
 * Candidates in the order to read them, by relevance: Pagefind knows where the
 * words matched before a page is read, and the record's text starts with the
 * title, kicker and subtitle, then the first paragraph (records.ts). Pages
 * whose first match is that early come first, then pages by number of
 * matched positions, then by Pagefind's score. Read pages are then put in the
 * exact order (tier, occurrences, date: byRelevance).
 */
export function readingOrder(results: PagefindResult[], scores: Map<string, number>): PagefindResult[] {
  // The keys once per result, not per comparison (a common phrase has thousands of results).
  const keyed = results.map((r) => {
    let first = Infinity;
    for (const w of r.words ?? []) if (w < first) first = w;
    return { r, early: first < 48 ? 1 : 0, matched: r.words?.length ?? 0, score: scores.get(r.id) ?? r.score };
  });
  keyed.sort((a, b) => b.early - a.early || b.matched - a.matched || b.score - a.score);
  return keyed.map((k) => k.r);
}

export class SearchSession {
  private loaded = 0;

  constructor(
    readonly request: SearchRequest,
    readonly terms: QueryTerm[],
    /** Phrase-query results first, then the rest of the recall query's. */
    private readonly candidates: PagefindResult[],
    /** How many candidates came from the phrase query (likely exact). */
    public phraseCount: number,
    /** Counts per filter value for the likely-exact results, with the request's filters. */
    public filterCounts: Record<string, Record<string, number>>,
    /** Counts per filter value for the likely-exact results, without filters: the values to offer. */
    public filterValues: Record<string, Record<string, number>>,
    /** phraseCount is the exact number of articles containing the query (query.ts countIsExact). */
    public countExact = false,
    /** The recall query, when it is run later (`loadRest`). */
    private recall?: () => Promise<PagefindResponse | null>,
    /**
     * The phrase query over the whole archive, when the first one ran on the newest pages only
     * (a very common phrase, `COMMON_PAGES`): run by `loadRest`, before the recall query.
     */
    private widen?: {
      search: () => Promise<PagefindResponse | null>;
      estimate: number;
      countExact: boolean;
      /** Whether the whole archive's answer makes the recall query useless (`recallAddsNothing`). */
      recallAddsNothing?: (response: PagefindResponse | null) => boolean;
      /**
       * Run only when the newest pages' candidates are all read (`next`, `lazyWiden`), not as soon as
       * the first results are shown: a very common character's whole-archive search hands about
       * 90,000 results to the page at 100,000 articles, and holds up Pagefind's worker for seconds.
       */
      lazy?: boolean;
    },
  ) {}

  private cancelled = false;

  /**
   * Gives the session up (a new search has started): `loadRest` runs no more Pagefind searches,
   * so they do not hold up the new search's in Pagefind's worker. A search already running
   * there finishes; what it finds is dropped.
   */
  cancel(): void {
    this.cancelled = true;
  }

  /** True until the recall query's candidates (partial matches) are known. */
  get restPending(): boolean {
    return this.recall !== undefined || this.widen !== undefined;
  }

  /** True while the whole archive's search waits until the newest pages' candidates are read (`widen.lazy`). */
  get lazyWiden(): boolean {
    return this.widen?.lazy === true;
  }

  /** What `loadRest` would do now is worth doing as soon as the first results are shown. */
  get restEager(): boolean {
    return this.recall !== undefined || (this.widen !== undefined && !this.widen.lazy);
  }

  /** True while the phrase candidates are those of the newest pages only (`loadRest` adds the others). */
  get widenPending(): boolean {
    return this.widen !== undefined;
  }

  /** The number of likely-exact candidates, or, while `widenPending`, Pagefind's estimate for the whole archive. */
  get countEstimate(): number {
    return Math.max(this.phraseCount, this.widen?.estimate ?? 0);
  }

  /**
   * Runs what was deferred: the phrase query over the whole archive (its other candidates
   * follow the newest pages', in reading order), then the recall query (its other candidates,
   * likely partial matches, follow).
   */
  async loadRest(): Promise<void> {
    if (this.cancelled) return;
    const widen = this.widen;
    if (widen) {
      this.widen = undefined;
      const response = await widen.search();
      if (this.cancelled) return;
      if (widen.recallAddsNothing?.(response)) this.recall = undefined;
      const seen = new Set(this.candidates.map((r) => r.id));
      const more = (response?.results ?? []).filter((r) => !seen.has(r.id));
      this.candidates.splice(this.phraseCount, 0, ...(this.request.sort === 'relevance' ? readingOrder(more, new Map()) : more));
      this.phraseCount += more.length;
      this.filterCounts = response?.filters ?? this.filterCounts;
      this.filterValues = response?.totalFilters ?? this.filterValues;
      this.countExact = widen.countExact;
    }
    const recall = this.recall;
    if (!recall || this.cancelled) return;
    this.recall = undefined;
    const response = await recall();
    if (this.cancelled) return;
    const seen = new Set(this.candidates.map((r) => r.id));
    this.candidates.push(...(response?.results ?? []).filter((r) => !seen.has(r.id)));
  }

  /** How many candidates have been read so far. */
  get loadedCount(): number {
    return this.loaded;
  }

  get candidateCount(): number {
    return this.candidates.length;
  }

  get hasMore(): boolean {
    return this.loaded < this.candidates.length || this.recall !== undefined || this.widen !== undefined;
  }

  /** Reads and classifies the next `count` candidates. */
  async next(count: number): Promise<Hit[]> {
    if (this.loaded >= this.candidates.length) await this.loadRest();
    const start = this.loaded;
    const batch = this.candidates.slice(start, start + count);
    this.loaded += batch.length;
    const fragments = await Promise.all(batch.map((r) => r.data()));
    const hits = batch.map((r, i) => toHit(r, fragments[i]!, this.terms, start + i));
    // Within a batch, order exact matches by the phrase's own relevance
    // (a date sort keeps Pagefind's order).
    if (this.request.sort === 'relevance') hits.sort(byRelevance);
    // Neither exact nor a partial match (a number that only shares digits with the query): not a result.
    return hits.filter((h) => h.exact || h.partial);
  }
}

/**
 * Loads the index chunks a search for `query` will need (its phrase and recall
 * queries' words), without searching: called as the reader types, so that the
 * chunks are there, or on their way, when the search starts.
 */
export function preloadQuery(pagefind: PagefindApi, query: string): Promise<void> {
  const terms = parseQuery(query);
  const charWords = pagefind.charWords === true;
  const words = `${phraseQuery(terms, charWords) ?? ''} ${recallQuery(terms, charWords)}`.replaceAll('"', ' ').trim();
  return words && pagefind.preload ? pagefind.preload(words) : Promise.resolve();
}

/**
 * Starts a search; null when the query has nothing to search for. With
 * `filterCounts`, Pagefind's filter indexes are loaded first so the session
 * knows the filter values (and counts) to offer.
 */
export async function startSearch(
  pagefind: PagefindApi,
  request: SearchRequest,
  {
    filterCounts = true,
    deferRecall = false,
    common = { pages: COMMON_PAGES, newest: RECENT_ENOUGH },
  }: {
    filterCounts?: boolean;
    deferRecall?: boolean;
    /** When a phrase is very common (see COMMON_PAGES): found on `pages` pages, and on `newest` of the newest. */
    common?: { pages: number; newest: number };
  } = {},
): Promise<SearchSession | null> {
  const terms = parseQuery(request.query);
  const charWords = pagefind.charWords === true;
  const recall = recallQuery(terms, charWords);
  if (!recall) return null;
  const options = pagefindOptions(request);
  if (filterCounts) await pagefind.filters?.();
  const phrase = phraseQuery(terms, charWords);
  if (deferRecall) {
    // The first results need only the phrase query; the recall query (partial matches) runs after
    // them (SearchSession.loadRest): one search less before the reader sees anything. A query
    // without a phrase (国庆, 5G, a one-character query) is its recall query alone, searched here.
    const main = phrase ?? recall;
    const whole = () => pagefind.search(main, options);
    let phraseResponse: PagefindResponse | null = null;
    let widen: ConstructorParameters<typeof SearchSession>[8];
    // A query of one-character terms only (国, 的: their character words) may be on most pages too.
    const charsOnly = !phrase && charWords && recall.split(' ').every((w) => w.endsWith(CHAR_MARK));
    if (pagefind.recent && request.sort === 'relevance' && (phrase || charsOnly)) {
      // By relevance, first on the newest pages: a very common phrase or character (found there on
      // a page of results or more, and on COMMON_PAGES pages or more of the archive) is shown from
      // them first.
      const newest = await pagefind.search(main, { ...options, filters: { ...options.filters, ...pagefind.recent } });
      if (newest && newest.results.length >= common.newest && newest.unfilteredResultCount >= common.pages) {
        phraseResponse = newest;
        widen = { search: whole, estimate: newest.unfilteredResultCount, countExact: countIsExact(terms), recallAddsNothing: (r) => !phrase || recallAddsNothing(phrase, recall, r, options.filters), lazy: charsOnly };
      }
    }
    phraseResponse ??= await whole();
    const first = phraseResponse?.results ?? [];
    return new SearchSession(
      request,
      terms,
      request.sort === 'relevance' ? readingOrder(first, new Map()) : [...first],
      first.length,
      phraseResponse?.filters ?? {},
      phraseResponse?.totalFilters ?? {},
      widen ? false : countIsExact(terms),
      phrase && (widen || !recallAddsNothing(phrase, recall, phraseResponse, options.filters)) ? () => pagefind.search(recall, options) : undefined,
      widen,
    );
  }
  const [phraseResponse, recallResponse] = await Promise.all([
    phrase ? pagefind.search(phrase, options) : Promise.resolve(null),
    pagefind.search(recall, options),
  ]);
  const recallResults = recallResponse?.results ?? [];
  let first = phraseResponse?.results ?? [];
  if (request.sort === 'relevance') {
    const recallScore = new Map(recallResults.map((r) => [r.id, r.score]));
    first = readingOrder(phrase ? first : recallResults, recallScore);
  }
  const seen = new Set(first.map((r) => r.id));
  const rest = recallResults.filter((r) => !seen.has(r.id));
  const counted = phraseResponse ?? recallResponse;
  return new SearchSession(
    request,
    terms,
    [...first, ...rest],
    phrase ? first.length : first.length + rest.length,
    counted?.filters ?? {},
    counted?.totalFilters ?? {},
    countIsExact(terms),
  );
}
