/** getStaticPaths entries shared by the routes under an article or an issue. */
import type { Archive } from './archive';
import { builtArticles, builtIssues } from './load-archive';

/** Only the articles and issues this build writes (lib/shards.ts). */
export function articleStaticPaths(archive: Archive) {
  return builtArticles(archive).map((article) => {
    const [publication, date, page, slug] = article.id.split('/');
    return { params: { publication, date, page, article: slug }, props: { article } };
  });
}

export function issueStaticPaths(archive: Archive) {
  return builtIssues(archive).map((issue) => ({
    params: { publication: issue.publication.slug, date: issue.dateKey },
    props: { issue },
  }));
}
