/**
 * Citations of an article: GB/T 7714—2015 (the Chinese national standard),
 * Chicago (notes-bibliography, bibliography entry), BibTeX and RIS.
 * Pure: every function takes the article data and its absolute URL.
 */
import type { Article } from '../content/schema';

export interface CiteInput {
  article: Pick<Article, 'title' | 'subtitle' | 'byline' | 'publication' | 'date' | 'page' | 'slug' | 'id'>;
  url: string;
  /** Date the reader accessed the page, YYYY-MM-DD. */
  accessed: string;
}

/**
 * Author names from a byline such as "蒋建君/文 浦映/摄", "本报记者 张三" or "（刘颖 马吉）":
 * role words dropped; photographers (…/摄, …/图) left out when a writer is named.
 */
/** Joins a two-character name set apart (王  浩) again: a lone character after a lone character not yet joined. */
function pairSpacedNames(out: string[], s: string, i: number, all: readonly string[]): string[] {
  const single = (x: string | undefined) => x !== undefined && /^\p{Script=Han}$/u.test(x);
  // (The character before pairs with this one when the one before it did not pair with it: count the run of singles.)
  let run = 0;
  for (let k = i - 1; k >= 0 && single(all[k]); k--) run++;
  if (single(s) && run % 2 === 1) out[out.length - 1] += s;
  else out.push(s);
  return out;
}

export function bylineAuthors(byline: string | undefined): string[] {
  if (!byline) return [];
  const people = byline
    .trim()
    .replace(/^[（(【[]\s*([\s\S]*?)\s*[）)】\]]$/, '$1') // a credit printed in brackets: （记者 张三）
    .replace(/[□■●◆◎○◇★☆▲△▪•]/g, ' ') // an ornament before the writer: ◎ 林某某, □ 文/张某
    .replace(/【[^【】]{1,6}】/g, ' ') // a label: 【作者】郑某
    .trim()
    .replace(/^(本报记者|记者|通讯员|文[／/:：|｜]|撰稿[:：]?)/, '')
    .split(/[\s,，、]+/)
    // (The part a person played is no person: 记者, 晚报记者, 某某新闻记者, 实习生, 特约撰稿, 作者, 口述, 整理, 文｜.)
    .map((s) => s.replace(/^[\p{Script=Han}·]{0,8}?(?:特约|首席|见习|实习|特派|驻[\p{Script=Han}]{1,4})?(记者|通讯员|评论员)/u, '').replace(/^(文|撰文|作者|特约撰稿人?|撰稿人?|执笔)[／/:：|｜]/, '').trim())
    .filter((s) => s.length > 0 && !/^(实习生|见习生|特约撰稿人?|撰稿人?|特约作者|作者|口述|整理|采写|报道|文|图|摄|文图|图文)$/.test(s))
    .map((s) => s.replace(/^([\p{Script=Han}·]{2,5})[（(][^（()）]{1,30}[）)]$/u, '$1')) // a name with what they are: 吴某（作家）
    // (A two-character name set apart, 王  浩, is one name.)
    .reduce<string[]>(pairSpacedNames, [])
    .map((s) => {
      const m = /^(.+?)[／/](文|摄|图|撰)$/.exec(s);
      return { name: m ? m[1]! : s, photo: m ? m[2] === '摄' || m[2] === '图' : false };
    });
  const writers = people.filter((p) => !p.photo);
  return (writers.length ? writers : people).map((p) => p.name);
}

/** The newspaper's name, or null for 报名不详 (a citation must not name "报名不详" as a publisher). */
function paperName(a: CiteInput['article']): string | null {
  return a.publication.source === 'none' ? null : a.publication.name;
}

function fullTitle(a: CiteInput['article']): string {
  return a.subtitle ? `${a.title}：${a.subtitle.replace(/^[—-]+/, '')}` : a.title;
}

/** GB/T 7714—2015 entry for a newspaper article read online: 作者. 题名[N/OL]. 报纸名, 日期(版次)[引用日期]. URL. */
export function formatGbt7714(c: CiteInput): string {
  const a = c.article;
  const authors = bylineAuthors(a.byline);
  const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const date = a.date.value ?? '出版日期不详';
  const page = a.page === null ? '' : `(${a.page})`;
  // GB/T 7714—2015 8.4.3: an unknown publisher is written [出版者不详].
  return `${who ? `${who}. ` : ''}${fullTitle(a)}[N/OL]. ${paperName(a) ?? '[出版者不详]'}, ${date}${page}[${c.accessed}]. ${c.url}.`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function chicagoDate(a: CiteInput['article']): string {
  if (!a.date.value) return 'n.d.';
  const [y, m, d] = a.date.value.split('-').map(Number);
  if (m === undefined) return `${y}`;
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** Chicago bibliography entry: Author. “Title.” Newspaper, Date, page. Accessed Date. URL. */
export function formatChicago(c: CiteInput): string {
  const a = c.article;
  const authors = bylineAuthors(a.byline);
  const who = authors.length ? `${authors.join(', ')}. ` : '';
  const page = a.page === null ? '' : `, ${a.page}`;
  const [y, m, d] = c.accessed.split('-').map(Number);
  const paper = paperName(a);
  return `${who}“${fullTitle(a)}.” ${paper ? `${paper}, ` : ''}${chicagoDate(a)}${page}. Accessed ${MONTHS[m! - 1]} ${d}, ${y}. ${c.url}.`;
}

function bibEscape(s: string): string {
  return s.replace(/([{}%&$#_\\])/g, '\\$1');
}

/** BibTeX entry (@article with journal = the newspaper). */
export function formatBibtex(c: CiteInput): string {
  const a = c.article;
  const [y, m, d] = (a.date.value ?? '').split('-');
  const fields: [string, string | undefined][] = [
    ['author', bylineAuthors(a.byline).join(' and ') || undefined],
    ['title', fullTitle(a)],
    ['journal', paperName(a) ?? undefined],
    ['year', y || undefined],
    ['month', m ? String(Number(m)) : undefined],
    ['day', d ? String(Number(d)) : undefined],
    ['pages', a.page === null ? undefined : String(a.page)],
    ['url', c.url],
    ['urldate', c.accessed],
    ['language', 'chinese'],
    ['note', a.date.value ? undefined : '出版日期不详'],
  ];
  const body = fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${k} = {${k === 'url' ? v : bibEscape(v!)}}`)
    .join(',\n');
  return `@article{jiuwen-${a.slug},\n${body}\n}\n`;
}

/** RIS record (TY NEWS). */
export function formatRis(c: CiteInput): string {
  const a = c.article;
  const lines: [string, string][] = [['TY', 'NEWS']];
  for (const au of bylineAuthors(a.byline)) lines.push(['AU', au]);
  lines.push(['TI', fullTitle(a)]);
  const paper = paperName(a);
  if (paper) lines.push(['T2', paper]);
  if (a.date.value) {
    const [y, m = '', d = ''] = a.date.value.split('-');
    lines.push(['PY', y!], ['DA', `${y}/${m}/${d}/`]);
  }
  if (a.page !== null) lines.push(['SP', String(a.page)]);
  lines.push(['UR', c.url], ['Y2', c.accessed.replaceAll('-', '/')], ['LA', 'zh'], ['DB', 'Jiuwen'], ['ER', '']);
  return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n') + '\r\n';
}
