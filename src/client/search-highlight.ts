/** In-article highlighting of searched phrases, with previous / next hit. */
import { search } from '../i18n/search';
import { fill, type Strings } from '../lib/search/format';
import { locateHits } from '../lib/search/highlight';

const PARAM = 'highlight';

/** Text nodes of the article that a reader sees and search indexes (not the ignored metadata line). */
function visibleTextNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], [data-pagefind-ignore], script, style, noscript, [data-search-highlight]')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps the hits in <mark class="search-hit">; returns the first mark of every hit. */
export function markHits(root: Element, query: string): HTMLElement[] {
  const nodes = visibleTextNodes(root);
  const { hits, pieces } = locateHits(nodes.map((n) => n.data), query);
  const firstMarks: HTMLElement[] = new Array(hits);
  // Split nodes from the end so earlier offsets stay valid.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const node = nodes[piece.node]!;
    const tail = node.splitText(piece.start);
    tail.splitText(piece.end - piece.start);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.dataset.hit = String(piece.hit);
    tail.replaceWith(mark);
    mark.append(tail);
    firstMarks[piece.hit] = mark;
  }
  return firstMarks;
}

function clearMarks(root: Element): void {
  for (const mark of root.querySelectorAll('mark.search-hit')) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

export function initSearchHighlight(): void {
  const bar = document.querySelector<HTMLElement>('[data-search-highlight]');
  const query = new URLSearchParams(location.search).get(PARAM)?.trim();
  const root = document.getElementById('article-body') ?? document.querySelector('[data-pagefind-body]');
  if (!bar || !query || !root) return;
  // The strings come with this script (one cached file), not with every article page.
  const t = search[document.documentElement.dataset.uiLang === 'en' ? 'en' : 'zh-CN'] as Strings;
  const status = bar.querySelector<HTMLElement>('.search-highlight-status')!;
  const hits = markHits(root, query);
  let current = -1;

  const show = (index: number) => {
    if (!hits.length) return;
    current = (index + hits.length) % hits.length;
    for (const m of root.querySelectorAll('mark.search-hit.is-current')) m.classList.remove('is-current');
    for (const m of root.querySelectorAll<HTMLElement>(`mark.search-hit[data-hit="${current}"]`)) m.classList.add('is-current');
    hits[current]!.scrollIntoView({ block: 'center', behavior: 'auto' });
    status.textContent = fill(t['search.highlight.status'], { q: query, i: current + 1, n: hits.length });
  };

  bar.hidden = false;
  const navButtons = bar.querySelectorAll<HTMLButtonElement>('[data-hit="prev"], [data-hit="next"]');
  if (!hits.length) {
    status.textContent = fill(t['search.highlight.none'], { q: query });
    for (const b of navButtons) b.hidden = true;
  } else {
    for (const b of navButtons) b.disabled = hits.length < 2;
    show(0);
  }
  bar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-hit]')?.dataset.hit;
    if (action === 'next') show(current + 1);
    else if (action === 'prev') show(current - 1);
    else if (action === 'close') {
      clearMarks(root);
      bar.hidden = true;
      const url = new URL(location.href);
      url.searchParams.delete(PARAM);
      history.replaceState(history.state, '', url);
    }
  });
}
