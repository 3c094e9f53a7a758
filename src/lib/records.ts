/**
 * The data behind each page, as published JSON (per issue, per article) and as
 * lines of the whole-archive JSONL export. Same fields as the content schema,
 * plus the URLs and the article text.
 */
import type { Article, Issue } from '../content/schema';
import type { Archive } from './archive';
import { issueArticles, pageLabel } from './archive';
import { buildDay, formatDateZh } from './dates';
import { formatBibtex, formatRis } from './citation';
import { bodyTextBlocks } from '../content/body-text';
import { absoluteUrl, articleFilePath, articlePath, issueJsonPath, issuePath, pagePath, pageSourcePath } from './urls';

type Site = URL | string | undefined;

/** The article text as plain text (references decoded, markup dropped), paragraphs separated by blank lines. */
export function plainText(body: string): string {
  return bodyTextBlocks(body).join('\n\n');
}

export function articleRecord(a: Article, body: string, site: Site) {
  const cite = { article: a, url: absoluteUrl(articlePath(a.id), site), accessed: buildDay().iso };
  return {
    type: 'article' as const,
    ...a,
    dateDisplay: formatDateZh(a.date),
    url: absoluteUrl(articlePath(a.id), site),
    issueUrl: absoluteUrl(issuePath(a.issue), site),
    pageUrl: absoluteUrl(pagePath(a.issue, a.pageKey), site),
    json: absoluteUrl(articleFilePath(a.id, 'article.json'), site),
    /** The BibTeX and RIS references (the article page offers them as downloads). */
    bibtex: formatBibtex(cite),
    ris: formatRis(cite),
    /** The article text as Markdown (MDX source of the body). */
    body,
    /** The same text as plain text, paragraphs separated by blank lines. */
    text: plainText(body),
  };
}

export function issueRecord(archive: Archive, issue: Issue, site: Site) {
  return {
    type: 'issue' as const,
    ...issue,
    dateDisplay: formatDateZh(issue.date),
    url: absoluteUrl(issuePath(issue.id), site),
    json: absoluteUrl(issueJsonPath(issue.id), site),
    pages: issue.pages.map((p) => ({
      ...p,
      label: pageLabel(p),
      url: absoluteUrl(pagePath(issue.id, p.key), site),
      sourceUrl: absoluteUrl(pageSourcePath(issue.id, p.key), site),
    })),
    articles: issueArticles(archive, issue).map((a) => ({
      id: a.id,
      title: a.title,
      kicker: a.kicker,
      subtitle: a.subtitle,
      byline: a.byline,
      page: a.page,
      pageKey: a.pageKey,
      order: a.order,
      url: absoluteUrl(articlePath(a.id), site),
      json: absoluteUrl(articleFilePath(a.id, 'article.json'), site),
    })),
  };
}
