/**
 * A site built without JIUWEN_SITE prints host-relative URLs (`/jintan-shibao/…/`)
 * in its citations and print views: it does not know its host and never invents
 * one. In the reader's browser the host is known, so every element marked
 * `data-host-relative="<path>"` gets the path completed with it: its text, its
 * `data-url`, and the text inside a `data:` download link.
 */
export function completeHostRelative(doc: Document = document): void {
  const { protocol, origin } = doc.location;
  if (protocol !== 'http:' && protocol !== 'https:') return;
  doc.querySelectorAll<HTMLElement>('[data-host-relative]').forEach((el) => {
    const path = el.dataset.hostRelative!;
    const abs = origin + path;
    // replace the path where it is a whole URL (after a space or at the start), once
    const complete = (s: string) => s.replace(new RegExp(`(^|[\\s{])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g'), `$1${abs}`);
    if (el.dataset.url) el.dataset.url = complete(el.dataset.url);
    const href = el.getAttribute('href');
    if (href?.startsWith('data:')) {
      const comma = href.indexOf(',');
      el.setAttribute('href', href.slice(0, comma + 1) + encodeURIComponent(complete(decodeURIComponent(href.slice(comma + 1)))));
    } else if (el.children.length === 0) {
      el.textContent = complete(el.textContent ?? '');
    }
    delete el.dataset.hostRelative;
  });
}
