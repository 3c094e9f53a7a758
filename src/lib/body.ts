/**
 * Small, safe rewrites of an article's rendered body HTML (a string of `<p>`,
 * `<h2>`, `<blockquote>` … produced by MDX): pull quotes, credits and continuation links.
 */

/** Text content of an HTML fragment, tags removed and basic entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const LONE_QUOTE = /^[“”"「」『』]$/;

/**
 * Marks the paragraphs that are one of the article's `credits` (本版制图：某某, ——编 者: what the front matter lists, the
 * paragraph's whole text, spaces aside) as `<p class="credit">`: set apart from the text, as the paper prints them.
 */
export function markCredits(html: string, credits: readonly string[]): string {
  const wanted = new Set(credits.map(squash).filter(Boolean));
  if (!wanted.size) return html;
  return html.replace(/<p>([\s\S]*?)<\/p>/g, (p, inner: string) => (wanted.has(squash(htmlText(inner))) ? `<p class="credit">${inner}</p>` : p));
}

/**
 * Marks the paragraphs that hold a pull quote (their text starts with one of
 * `quotes`) as `<blockquote class="pull-quote">`, and drops the paragraphs that
 * only hold the lone quotation marks printed around it.
 */
export function markPullQuotes(html: string, quotes: string[]): string {
  if (!quotes.length) return html;
  const wanted = quotes.map(squash).filter(Boolean);
  const paras = html.split(/(?=<p[\s>])|(?<=<\/p>)/);
  const isLone = (p: string | undefined) => !!p && /^<p[\s>]/.test(p) && LONE_QUOTE.test(squash(htmlText(p)));
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (/^<p[\s>]/.test(p)) {
      const text = squash(htmlText(p));
      if (wanted.some((q) => text.startsWith(q.slice(0, Math.min(q.length, 24))))) {
        // drop a lone opening quote just before, and skip a lone closing quote after
        while (out.length && /^\s*$/.test(out.at(-1)!)) out.pop();
        if (isLone(out.at(-1))) out.pop();
        out.push(p.replace(/^<p([\s>])/, '<blockquote class="pull-quote"><p$1') + '</blockquote>');
        let j = i + 1;
        while (j < paras.length && /^\s*$/.test(paras[j]!)) j++;
        if (isLone(paras[j])) i = j;
        continue;
      }
    }
    out.push(p);
  }
  return out.join('');
}

/** Both the printed marker and its form with ASCII parentheses, e.g. （下转第二版） and (下转第二版). */
function markerVariants(text: string): string[] {
  const ascii = text.replace(/（/g, '(').replace(/）/g, ')');
  const full = text.replace(/\(/g, '（').replace(/\)/g, '）');
  return [...new Set([text, ascii, full])];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Turns the first occurrence of a continuation marker in the body into a link.
 * Returns the new HTML and whether the marker was found.
 */
export function linkMarker(html: string, marker: string, href: string, label: string): { html: string; found: boolean } {
  for (const v of markerVariants(marker)) {
    const esc = escapeHtml(v);
    const i = html.indexOf(esc);
    if (i >= 0) {
      const a = `<a class="continuation-link" href="${escapeHtml(href)}" aria-label="${escapeHtml(label)}">${esc}</a>`;
      return { html: html.slice(0, i) + a + html.slice(i + esc.length), found: true };
    }
  }
  return { html, found: false };
}

/** Whether the body already prints the marker (so it need not be repeated). */
export function hasMarker(html: string, marker: string): boolean {
  return markerVariants(marker).some((v) => html.includes(escapeHtml(v)));
}

/**
 * Puts `noteHtml` right after the first occurrence of a continuation marker in
 * the body (e.g. a note that the page it points to is not in the archive), so
 * the marker is said once, where it is printed. Returns whether it was found.
 */
export function noteMarker(html: string, marker: string, noteHtml: string): { html: string; found: boolean } {
  for (const v of markerVariants(marker)) {
    const esc = escapeHtml(v);
    const i = html.indexOf(esc);
    if (i >= 0) return { html: html.slice(0, i + esc.length) + noteHtml + html.slice(i + esc.length), found: true };
  }
  return { html, found: false };
}
