import type { Article, Issue } from '../content/schema';
import { bylineAuthors } from './citation';

/** 报名不详 is not the name of a periodical. */
const known = (p: Article['publication']) => p.source !== 'none';

/** schema.org NewsArticle for an article, dates only as precise as known. */
export function articleJsonLd(a: Article, url: string, issueUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: a.title,
    ...(a.subtitle ? { alternativeHeadline: a.subtitle } : {}),
    ...(a.kicker ? { alternateName: a.kicker } : {}),
    author: bylineAuthors(a.byline).map((name) => ({ '@type': 'Person', name })),
    ...(a.date.value ? { datePublished: a.date.value } : {}),
    inLanguage: 'zh-CN',
    description: a.excerpt,
    ...(a.page !== null ? { pageStart: String(a.page), printSection: `第${a.page}版`, printPage: String(a.page) } : {}),
    ...(a.page === null && a.pageLabel ? { pageStart: a.pageLabel, printSection: `${a.pageLabel}版`, printPage: a.pageLabel } : {}),
    ...(known(a.publication) ? { publisher: { '@type': 'Organization', name: a.publication.name } } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      '@id': issueUrl,
      url: issueUrl,
      ...(a.date.value ? { datePublished: a.date.value } : {}),
      ...(known(a.publication) ? { isPartOf: { '@type': 'Periodical', name: a.publication.name } } : {}),
    },
    isAccessibleForFree: true,
  };
}

/** schema.org PublicationIssue for an issue page, listing its articles. */
export function issueJsonLd(issue: Issue, url: string, articles: { title: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    '@id': url,
    url,
    ...(issue.issueNumber ? { issueNumber: String(issue.issueNumber) } : {}),
    ...(issue.date.value ? { datePublished: issue.date.value } : {}),
    inLanguage: 'zh-CN',
    ...(known(issue.publication) ? { isPartOf: { '@type': 'Periodical', name: issue.publication.name } } : {}),
    hasPart: articles.map((a) => ({ '@type': 'NewsArticle', headline: a.title, url: a.url })),
  };
}

/**
 * The one serialiser of JSON-LD for a `<script type="application/ld+json">` element: JSON with every
 * `<` written as `\u003c`, so that no text of the archive (`</script>`, `<!--`) can end the element.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
