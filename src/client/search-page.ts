/**
 * The search page in the browser: reads the request from the URL, runs it
 * through Pagefind and the phrase layer (src/lib/search/engine.ts), renders
 * exact matches and, apart, partial ones; keeps the URL and history in step.
 */
import { byRelevance, FILTER_KEYS, preloadQuery, startSearch, type Hit, type PagefindApi, type SearchRequest, type SearchSession } from '../lib/search/engine';
import { fill, formatDate, formatFilterValue, formatPage, type Strings } from '../lib/search/format';
import { articleLink, paramsFromRequest, requestFromParams } from '../lib/search/url';
import { openShards, type PagefindRuntime, type ShardManifest } from '../lib/search/sharded';

const PAGE_SIZE = 10;
/**
 * The first results shown: about a screenful, read (a fragment request each) and shown before the
 * rest of the page of ten, which follows at once (fragment requests go out a few at a time).
 */
const FIRST_READ = 5;
/** A search started as the query is typed reads its first results once the query is unchanged this long (or submitted). */
const SPECULATIVE_READ_MS = 150;
/** Input events that put a whole text in the box (not a keystroke of it). */
const WHOLE_INPUT = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank']);

/** Sort key of a page filter value (`1`, `第1版`); unknown pages last. */
const pageNumber = (value: string) => Number(value.match(/\d+/)?.[0] ?? Number.MAX_SAFE_INTEGER);

interface View {
  request: SearchRequest;
  session: SearchSession | null;
  exact: Hit[];
  partial: Hit[];
  /** How many exact results the reader has asked to see. */
  wanted: number;
}

export function initSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const zh = JSON.parse(root.dataset.strings!) as Strings;
  const en = JSON.parse(root.dataset.stringsEn ?? root.dataset.strings!) as Strings;
  // The site's language toggle sets <html data-ui-lang="en">; text written here follows it.
  const strings = () => (document.documentElement.dataset.uiLang === 'en' ? en : zh);
  let t = zh;
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('[data-sort]')!;
  const filterPanel = form.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const filterSelects = new Map(FILTER_KEYS.map((key) => [key, form.querySelector<HTMLSelectElement>(`[data-filter="${key}"]`)!]));
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('#search-more')!;
  const none = root.querySelector<HTMLElement>('#search-none')!;
  const noneFilters = root.querySelector<HTMLElement>('#search-none-filters')!;
  const partialSection = root.querySelector<HTMLElement>('#search-partial')!;
  const partialList = partialSection.querySelector<HTMLOListElement>('ol')!;
  const partialMore = partialSection.querySelector<HTMLButtonElement>('#search-partial-more')!;

  // The index is one Pagefind bundle per shard (publication, year), searched as one (lib/search/sharded.ts).
  let pagefind: Promise<PagefindApi> | undefined;
  /** Pagefind once opened: a search then starts synchronously (see run). */
  let opened: PagefindApi | undefined;
  const loadPagefind = () =>
    (pagefind ??= openShards(
      `${base}pagefind/`,
      {
        runtime: () => import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindRuntime>,
        manifest: () => fetch(`${base}pagefind/shards.json`).then((r) => (r.ok ? (r.json() as Promise<ShardManifest>) : null)),
      },
      { baseUrl: base, excerptLength: 30 },
    ).then((api) => (opened = api)));

  /**
   * Loads the newest pages' filter (engine.ts `PagefindApi.preloadRecent`) once, while the page is
   * idle: a very common phrase is searched there first, and its file would otherwise be fetched in
   * front of that search.
   */
  let recentPreloaded = false;
  function preloadRecentWhenIdle(): void {
    if (recentPreloaded || !opened?.preloadRecent) return;
    recentPreloaded = true;
    const api = opened;
    const load = () => void api.preloadRecent!().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 0);
  }

  let view: View | null = null;
  let generation = 0;
  // Filter values and counts need all of Pagefind's filter indexes (≈ 100 KB on
  // a 10,000-article archive): they are loaded when the reader opens the
  // filter panel, or when the URL already filters.
  let filtersWanted = false;

  let completed = 0;
  /** `data-state` says where the page is; `data-done` counts finished searches (for tests and tools). */
  const setState = (state: string) => {
    root.dataset.state = state;
    if (state !== 'loading') root.dataset.done = String(++completed);
  };
  /**
   * `data-settled` equals `data-done` once the search shown has also done what follows its first
   * results (the rest of the page, the recall query): for tools that count its requests.
   */
  const settle = () => (root.dataset.settled = String(completed));

  function requestFromForm(): SearchRequest {
    const filters: SearchRequest['filters'] = {};
    for (const [key, select] of filterSelects) if (select.value) filters[key] = select.value;
    return { query: input.value.trim(), filters, sort: sortSelect.value as SearchRequest['sort'] };
  }

  function showRequest(request: SearchRequest): void {
    if (document.activeElement !== input) input.value = request.query;
    sortSelect.value = request.sort;
    if (Object.keys(request.filters).length > 0) {
      filtersWanted = true;
      filterPanel.open = true;
    }
    for (const [key, select] of filterSelects) {
      const value = request.filters[key] ?? '';
      if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(formatFilterValue(key, value, t), value));
      select.value = value;
    }
    document.title = request.query ? `${request.query} · ${t['search.pageTitle']} · 旧闻` : `${t['search.pageTitle']} · 旧闻`;
  }

  function showFilterOptions(session: SearchSession): void {
    if (!filtersWanted) return;
    for (const [key, select] of filterSelects) {
      const selected = session.request.filters[key] ?? '';
      const available = session.filterValues[key] ?? {};
      const counts = session.filterCounts[key] ?? {};
      // Values with matches under the other filters; for a filter in use, all its values for the query.
      const values = Object.keys(selected ? available : counts).filter((v) => ((selected ? available : counts)[v] ?? 0) > 0);
      if (selected && !values.includes(selected)) values.push(selected);
      values.sort((a, b) => (key === 'publication' ? a.localeCompare(b, 'zh-CN') : key === 'page' ? pageNumber(a) - pageNumber(b) : b.localeCompare(a)));
      select.replaceChildren(new Option(t['search.filter.any'], ''));
      for (const value of values) {
        const count = (selected ? available[value] : counts[value]) ?? 0;
        select.add(new Option(`${formatFilterValue(key, value, t)} (${count})`, value));
      }
      select.value = selected;
    }
  }

  function renderHit(hit: Hit, query: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = hit.exact ? 'result result-exact' : 'result result-partial';
    const title = document.createElement('a');
    title.className = 'result-title';
    title.href = articleLink(hit.url, query);
    title.textContent = hit.title;
    // Exact results sit under the page's h1, partial ones under the "部分匹配" h2.
    const heading = document.createElement(hit.exact ? 'h2' : 'h3');
    heading.className = 'result-heading';
    heading.append(title);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    meta.textContent = [hit.publication, hit.date && formatDate(hit.date, t), hit.page && formatPage(hit.page, t)].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const part of hit.excerpt) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(heading, meta, excerpt);
    if (hit.also.length) {
      // The same text printed on other pages: one result, with links to the other printings.
      const also = document.createElement('p');
      also.className = 'result-also';
      also.append(t['search.also']);
      hit.also.forEach((a, i) => {
        if (i) also.append('、');
        const link = document.createElement('a');
        link.href = articleLink(`${base}${a.url.replace(/^\//, '')}`, query);
        link.textContent = [a.date !== hit.date ? a.date : '', formatPage(a.page, t)].filter(Boolean).join(' ');
        also.append(link);
      });
      li.append(also);
    }
    return li;
  }

  /** `settle`: set the page's state (and count a finished search); false for a later update of the same search. */
  function render(settle = true): void {
    if (!view) return;
    t = strings();
    const { request, session, partial } = view;
    // By relevance, every exact hit read so far in relevance order (tier, occurrences, date).
    const exact = request.sort === 'relevance' ? [...view.exact].sort(byRelevance) : view.exact;
    const q = request.query;
    list.replaceChildren(...exact.slice(0, view.wanted).map((h) => renderHit(h, q)));
    partialList.replaceChildren(...partial.map((h) => renderHit(h, q)));
    if (!session) return;
    // While the phrase candidates are the newest pages' (a very common phrase), the count is Pagefind's estimate.
    const phraseDone = session.loadedCount >= session.phraseCount && !session.widenPending;
    const exactCount = phraseDone ? exact.length : Math.max(session.countEstimate, exact.length);
    // Partial matches are known once read (Pagefind's candidates are checked on the page's text,
    // rank.ts): the note counts the list, and says no number while candidates remain unread.
    const unread = session.candidateCount - session.loadedCount;
    const unreadOthers = Math.max(0, session.candidateCount - Math.max(session.loadedCount, session.phraseCount));
    const hasExact = exact.length > 0;
    status.textContent = hasExact ? fill(phraseDone || session.countExact ? t['search.count'] : t['search.countApprox'], { n: exactCount, q }) : '';
    more.hidden = !(exact.length > view.wanted || (!phraseDone && session.hasMore));
    none.hidden = hasExact || !phraseDone;
    if (!none.hidden) {
      none.querySelector('.search-none-message')!.textContent = fill(t['search.none'], { q });
      noneFilters.hidden = Object.keys(request.filters).length === 0;
    }
    partialSection.hidden = partial.length === 0 && !(phraseDone && unreadOthers > 0);
    partialSection.querySelector('.search-partial-note')!.textContent =
      fill(unread > 0 ? t['search.partial.noteMore'] : t['search.partial.note'], { n: partial.length, q });
    partialSection.dataset.count = String(partial.length);
    partialMore.hidden = !(phraseDone && session.hasMore);
    partialSection.dataset.pending = String(session.restEager);
    if (settle) setState(hasExact ? 'results' : phraseDone ? 'none' : 'loading');
  }

  /**
   * Reads candidates until `wanted` (at most `upTo`) exact hits are known or the phrase candidates
   * run out; stops when `live()` turns false (a newer search). `shown`: the view is on the page (its
   * filter options follow what the session learns).
   */
  async function fillExact(v: View, live: () => boolean, shown = true, upTo = Infinity): Promise<void> {
    const session = v.session!;
    const target = () => Math.min(v.wanted, upTo);
    while (v.exact.length < target() && session.hasMore && (session.loadedCount < session.phraseCount || session.lazyWiden)) {
      if (session.loadedCount >= session.phraseCount) {
        // A very common character's newest pages are all read: now the whole archive (engine.ts widen.lazy).
        await session.loadRest();
        if (!live()) return;
        if (shown) showFilterOptions(session);
        continue;
      }
      // Stop at the end of the phrase query's results: the rest are read on demand.
      const hits = await session.next(Math.min(PAGE_SIZE, target() - v.exact.length, session.phraseCount - session.loadedCount));
      if (!live()) return;
      for (const h of hits) (h.exact ? v.exact : v.partial).push(h);
    }
    // No exact match at all: show the first partial ones straight away.
    if (v.exact.length === 0 && v.partial.length === 0 && session.hasMore) {
      const hits = await session.next(PAGE_SIZE);
      if (!live()) return;
      for (const h of hits) (h.exact ? v.exact : v.partial).push(h);
    }
  }

  /**
   * A search started before it is shown: Pagefind's search and the reading of its first results.
   * `run` starts one and shows it; as the query is typed (`speculate`) one is started at once and
   * `run` takes it up when the same request is submitted (Enter, or the pause in typing).
   */
  interface Prepared {
    key: string;
    view: View;
    /** Settles when the first results are read (or the search is given up). */
    ready: Promise<void>;
    /** Pagefind's search has answered (the worker is free of it). */
    searched: boolean;
    failed: boolean;
    dropped: boolean;
    /** Lets the first results be read (fragment requests): at once when shown, later when speculative. */
    read: () => void;
  }
  /** The search started as the query was typed, not yet taken up by `run`. */
  let prepared: Prepared | undefined;
  /** A query typed while the previous speculative search was still in Pagefind's worker. */
  let queued: SearchRequest | undefined;
  /** The search on the page (taken by `run`). */
  let current: Prepared | undefined;

  const prepareKey = (request: SearchRequest, wanted: number) => `${paramsFromRequest(request).toString()}\n${wanted}\n${filtersWanted}`;

  /** Gives a search up: it reads no more results, and its session starts no more Pagefind searches. */
  function drop(p: Prepared): void {
    p.dropped = true;
    p.view.session?.cancel();
  }

  function prepare(request: SearchRequest, wanted: number, readAfter = 0): Prepared {
    const view: View = { request, session: null, exact: [], partial: [], wanted };
    let read!: () => void;
    const reading = new Promise<void>((resolve) => (read = resolve));
    const p: Prepared = { key: prepareKey(request, wanted), view, ready: Promise.resolve(), searched: false, failed: false, dropped: false, read };
    if (readAfter > 0) setTimeout(read, readAfter);
    else read();
    const live = () => !p.dropped;
    const search = async (pf: PagefindApi) => {
      // Once Pagefind is open, startSearch posts the search to Pagefind's worker synchronously.
      const searching = startSearch(pf, request, { filterCounts: filtersWanted, deferRecall: true });
      let session: SearchSession | null;
      try {
        session = await searching;
      } finally {
        p.searched = true;
        afterSpeculation(p);
      }
      view.session = session;
      if (session && live()) await reading;
      if (!live()) session?.cancel();
      else if (session) await fillExact(view, live, false, FIRST_READ);
    };
    p.ready = (opened ? search(opened) : loadPagefind().then(search)).catch((error: unknown) => {
      p.failed = true;
      throw error;
    });
    p.ready.catch(() => undefined); // awaited (and its error shown) by run
    return p;
  }

  /**
   * Starts the search of what is being typed, so that it is under way, or done, when the reader
   * presses Enter. At most one such search is in Pagefind's worker at a time (a search there cannot
   * be stopped): a query typed meanwhile waits for it (its index chunks start loading at once) and
   * starts when it is answered, if it is still the latest.
   */
  function speculate(request: SearchRequest, whole = false): void {
    if (!request.query || prepared?.key === prepareKey(request, PAGE_SIZE)) return;
    if (prepared && !prepared.searched) {
      queued = request;
      void loadPagefind().then((pf) => preloadQuery(pf, request.query)).catch(() => undefined);
      return;
    }
    if (prepared) drop(prepared);
    queued = undefined;
    // Its results are read (a fragment request each) once the query has stayed so for a moment or
    // is submitted: not for every prefix of a word typed letter by letter. Text put in whole (an
    // IME's committed text, a paste, a drop, an autocompletion) is read at once.
    prepared = prepare(request, PAGE_SIZE, whole ? 0 : SPECULATIVE_READ_MS);
  }

  function afterSpeculation(p: Prepared): void {
    if (prepared !== p || !queued) return;
    const next = queued;
    queued = undefined;
    if (input.value.trim() === next.query) speculate(next);
  }

  async function run(request: SearchRequest, history: 'push' | 'replace' | 'none', wanted = PAGE_SIZE): Promise<void> {
    const mine = ++generation;
    // The previous search's deferred work (the recall query, a very common phrase over the whole
    // archive) is not started any more: Pagefind's worker runs one search at a time.
    if (current) drop(current);
    view?.session?.cancel();
    if (Object.keys(request.filters).length > 0) filtersWanted = true;
    // The search typed is usually under way already (speculate); otherwise it starts here, before
    // the page is updated: once Pagefind is open, its search is posted to Pagefind's worker
    // synchronously, and the worker searches while the page updates.
    let p: Prepared | undefined;
    if (prepared && request.query && prepared.key === prepareKey(request, wanted) && !prepared.failed) p = prepared;
    else if (prepared) drop(prepared);
    prepared = undefined;
    queued = undefined;
    if (request.query) p ??= prepare(request, wanted);
    p?.read();
    current = p;
    t = strings();
    if (history !== 'none') {
      const params = paramsFromRequest(request).toString();
      const url = `${location.pathname}${params ? `?${params}` : ''}`;
      if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState({ wanted }, '', url);
      else window.history.replaceState({ wanted }, '', url);
    }
    showRequest(request);
    view = p?.view ?? { request, session: null, exact: [], partial: [], wanted };
    list.replaceChildren();
    partialList.replaceChildren();
    more.hidden = none.hidden = partialSection.hidden = true;
    if (!p) {
      status.textContent = t['search.empty'];
      setState('idle');
      settle();
      return;
    }
    status.textContent = t['search.loading'];
    setState('loading');
    const live = () => mine === generation;
    try {
      await p.ready;
      if (!live()) return;
      const session = p.view.session;
      if (!session) {
        status.textContent = t['search.empty'];
        setState('idle');
        return;
      }
      showFilterOptions(session);
      render();
      // The first results are shown; the rest of the page follows.
      if (p.view.exact.length < p.view.wanted) {
        await fillExact(p.view, live);
        if (!live()) return;
        render(false);
      }
      preloadRecentWhenIdle();
      // Then the recall query: are there partial matches to offer? (The page's state is settled already.)
      if (session.restEager) {
        await session.loadRest();
        if (!live()) return;
        // A very common phrase was searched on the newest pages first: now on all of them.
        showFilterOptions(session);
        await fillExact(p.view, live);
        if (!live()) return;
        render(false);
      }
    } catch (error) {
      if (!live()) return;
      console.error(error);
      status.textContent = t['search.error'];
      setState('error');
    } finally {
      if (live()) settle();
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run(requestFromForm(), 'push');
  });
  for (const select of [...filterSelects.values(), sortSelect]) {
    select.addEventListener('change', () => {
      clearTimeout(typing);
      void run(requestFromForm(), 'push');
    });
  }
  input.addEventListener('input', (event) => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(requestFromForm(), 'replace'), 300);
    // The search starts as the query is typed (not mid-composition in an IME): see speculate.
    const { isComposing, inputType } = event as InputEvent;
    if (!isComposing) speculate(requestFromForm(), WHOLE_INPUT.has(inputType));
  });
  // An IME's last input event comes while it is still composing: the text is final here.
  input.addEventListener('compositionend', () => speculate(requestFromForm(), true));
  input.addEventListener('focus', () => void loadPagefind().then(preloadRecentWhenIdle), { once: true });
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || filtersWanted) return;
    filtersWanted = true;
    if (view?.request.query) void run(view.request, 'none', view.wanted);
  });
  more.addEventListener('click', async () => {
    if (!view) return;
    const v = view;
    const mine = generation;
    v.wanted += PAGE_SIZE;
    window.history.replaceState({ wanted: v.wanted }, '', location.href);
    await fillExact(v, () => mine === generation);
    if (mine === generation) render();
  });
  partialMore.addEventListener('click', async () => {
    const v = view;
    if (!v?.session) return;
    const mine = generation;
    const hits = await v.session.next(PAGE_SIZE);
    if (mine !== generation) return;
    for (const h of hits) (h.exact ? v.exact : v.partial).push(h);
    if (hits.some((h) => h.exact)) v.wanted = Math.max(v.wanted, v.exact.length);
    render();
  });
  noneFilters.querySelector('a')!.addEventListener('click', (event) => {
    event.preventDefault();
    if (view) void run({ ...view.request, filters: {} }, 'push');
  });
  window.addEventListener('popstate', (event) => {
    void run(requestFromParams(new URLSearchParams(location.search)), 'none', (event.state as { wanted?: number } | null)?.wanted ?? PAGE_SIZE);
  });

  void run(requestFromParams(new URLSearchParams(location.search)), 'none', (window.history.state as { wanted?: number } | null)?.wanted ?? PAGE_SIZE);
}
