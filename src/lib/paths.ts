/** getStaticPaths entries shared by the routes under an article or an issue. */
import type { Archive } from './archive';

export function articleStaticPaths(archive: Archive) {
  return archive.articles.map((article) => {
    const [publication, date, page, slug] = article.id.split('/');
    return { params: { publication, date, page, article: slug }, props: { article } };
  });
}

export function issueStaticPaths(archive: Archive) {
  return archive.issues.map((issue) => ({
    params: { publication: issue.publication.slug, date: issue.dateKey },
    props: { issue },
  }));
}
