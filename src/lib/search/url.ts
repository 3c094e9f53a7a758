/**
 * The search page's state in its URL (/search/?q=…&publication=…&year=…&month=…&page=…&sort=…),
 * so searches are linkable and the back button restores them.
 */
import { FILTER_KEYS, SORTS, type SearchRequest, type SortOrder } from './engine';

/** Reads a search request from a query string. */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') as SortOrder | null;
  return { query: params.get('q')?.trim() ?? '', filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

/** Writes a search request as a query string (defaults left out). */
export function paramsFromRequest(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  for (const key of FILTER_KEYS) {
    const value = request.filters[key];
    if (value) params.set(key, value);
  }
  if (request.sort !== 'relevance') params.set('sort', request.sort);
  return params;
}

/** The link from a result to its article, carrying the query for highlighting. */
export function articleLink(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const separator = path!.includes('?') ? '&' : '?';
  return `${path}${separator}highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}
