/** Other printings of an article's text, kept in its search record (meta `also`, scripts/build/search-index.ts). */
/** One line of a record's `also` meta: another printing of the same text (url, page label, date). */
export interface AlsoPrinted {
  url: string;
  page: string;
  date: string;
}
/** `also` meta: the other printings, one per line, fields separated by a tab. */
export const formatAlso = (also: AlsoPrinted[]): string => also.map((a) => `${a.url}\t${a.page}\t${a.date}`).join('\n');
export const parseAlso = (meta: string | undefined): AlsoPrinted[] =>
  (meta ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [url = '', page = '', date = ''] = line.split('\t');
      return { url, page, date };
    });

