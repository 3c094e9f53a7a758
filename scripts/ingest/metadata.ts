/**
 * metadata: catalogue + path convention + what the text says → page metadata.
 *
 * Every fact (publication, date, page number, issue number) is taken from the
 * first of these that knows it, and records where it came from:
 *   1. the catalogue (`catalogue.json` in the sources folder)      source 'catalogue'
 *   2. the path convention `PUBLICATION/YYYY-MM-DD/PP.txt`          source 'path'
 *   3. the text itself: masthead, printed date, 第N版, 第N期         source 'text' (+ a review note)
 * A date is never invented: it is known to the day, month, year, or not at all.
 */
import { pageLabelKey, parsePageLabel } from './page-label.ts';
import { catalogueFields, checkFields, isRecord, parseDateValue, publicationFields } from './side-files.ts';
import type { PublicationProfile } from './profile.ts';
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { FactSource, PartialDate, PublicationRef, ReviewNote } from '../../src/content/schema.ts';
import type { SourceLine } from './types.ts';
import { NEWSPAPER_KINDS, mastheadName } from './masthead.ts';

/** What the catalogue says about one page. Absent or null fields mean "not known". */
export interface CatalogueEntry {
  publication?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string | null;
  dateBasis?: string | null;
  page?: number | null;
  /** A section's page label (`A02`), given as `page: "A02"` in catalogue.json. */
  pageLabel?: string;
  issueNumber?: number | null;
  /** Page name printed on it (要闻, 综合新闻). */
  pageName?: string | null;
  what?: string;
}

/** The catalogue file: publication slugs and per-page facts, keyed by path relative to the sources folder. */
export interface Catalogue {
  publications: Record<string, { slug?: string; profile?: PublicationProfile }>;
  pages: Record<string, CatalogueEntry>;
}

export const EMPTY_CATALOGUE: Catalogue = { publications: {}, pages: {} };

/** A problem found in the catalogue or corrections file (not fatal: the bad entry is ignored). */
export interface ConfigProblem {
  code: string;
  message: string;
}

/**
 * Checks an untrusted parsed catalogue.json against its schema (side-files.ts): a bad field is ignored
 * with a problem naming the entry and the field, the rest of the entry is kept.
 */
export function parseCatalogue(raw: unknown, file = 'catalogue.json'): { catalogue: Catalogue; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const problem = (message: string) => problems.push({ code: 'catalogue-invalid', message: `${file}: ${message}` });
  const catalogue: Catalogue = { publications: {}, pages: {} };
  if (raw === undefined || raw === null) return { catalogue, problems };
  if (!isRecord(raw)) {
    problem('expected a JSON object');
    return { catalogue, problems };
  }
  const pubs = raw.publications;
  if (pubs !== undefined && isRecord(pubs)) {
    for (const [name, v] of Object.entries(pubs)) {
      const where = `publications["${name}"]`;
      if (!isRecord(v)) {
        problem(`${where}: expected an object like { "slug": "renmin-ribao" }; ignored`);
        continue;
      }
      const f = checkFields(publicationFields, v, (field, expected) => problem(`${where}.${field}: expected ${expected}; ignored`));
      const publication: Catalogue['publications'][string] = {};
      if (f.slug !== undefined) publication.slug = f.slug;
      // The paper's house style, when the archivist knows it (profile.ts): { "bylineOnTop": true }.
      if (f.profile !== undefined) publication.profile = f.profile as PublicationProfile;
      catalogue.publications[name] = publication;
    }
  } else if (pubs !== undefined) problem('"publications" must be an object');
  const pages = raw.pages;
  if (pages !== undefined && isRecord(pages)) {
    for (const [path, v] of Object.entries(pages)) {
      const where = `pages["${path}"]`;
      if (!isRecord(v)) {
        problem(`${where} must be an object`);
        continue;
      }
      const f = checkFields(catalogueFields, v, (field, expected) => problem(`${where}.${field}: expected ${expected}; ignored`));
      const entry: CatalogueEntry = {};
      if (f.publication) entry.publication = f.publication;
      if (f.date) entry.date = f.date;
      if (typeof f.dateBasis === 'string') entry.dateBasis = f.dateBasis;
      if (typeof f.page === 'number') entry.page = f.page;
      else if (typeof f.page === 'string') entry.pageLabel = parsePageLabel(f.page)!.label;
      if (f.issueNumber) entry.issueNumber = f.issueNumber;
      if (f.pageName?.trim()) entry.pageName = f.pageName.trim();
      if (f.what !== undefined) entry.what = f.what;
      catalogue.pages[normalisePath(path)] = entry;
    }
  } else if (pages !== undefined) problem('"pages" must be an object');
  return { catalogue, problems };
}

/** Everything known about one page, with sources, ready for the issue/article records. */
export interface PageMeta {
  publication: PublicationRef;
  date: PartialDate;
  dateKey: string;
  issueId: string;
  page: number | null;
  /** A section's page label (`A02`) when the page has one and no page number. */
  pageLabel?: string;
  pageKey: string;
  pageName?: string;
  issueNumber?: number;
  /** Inferences an editor should check. */
  review: ReviewNote[];
  /** The issue correction (corrections.json `issues`) applied to this page, by the id it is keyed by. */
  correctedIssue?: string;
}

/** Overrides from the corrections file (highest priority; recorded as source 'catalogue' with a basis). */
export interface PageOverride {
  publication?: string;
  date?: string;
  dateBasis?: string;
  page?: number;
  issueNumber?: number;
}

export const UNKNOWN_PUBLICATION = '报名不详';

/**
 * Resolves a page's metadata in one pass over its sources: the editor's corrections, the catalogue, the
 * path, the printed text (in that priority). `file` is relative to the sources folder, with forward slashes.
 *
 * An issue correction is keyed by the id of the issue the page would be filed under without it (its
 * publication and date from the page correction and the page's own sources): `issueOverride` is asked
 * for that id once, and the page correction wins over what it sets. `correctedIssue` in the result
 * names the issue correction that applied.
 */
export function resolvePageMeta(
  file: string,
  lines: SourceLine[],
  catalogue: Catalogue,
  pageOverride: PageOverride = {},
  issueOverride: (issueId: string) => PageOverride | undefined = () => undefined,
): PageMeta {
  const entry = catalogue.pages[normalisePath(file)] ?? {};
  const fromPath = parsePathConvention(file);
  const fromText = readPrintedFacts(lines);

  // Publication and date from the page's own sources, each with the note an editor should check.
  let sourcedPublication: { name: string | null; source: FactSource; note?: ReviewNote };
  if (entry.publication) sourcedPublication = { name: entry.publication, source: 'catalogue' };
  else if (fromPath.publication) sourcedPublication = { name: fromPath.publication, source: 'path' };
  else if (fromText.masthead) {
    const note = { code: 'publication-from-text', message: `publication "${fromText.masthead.name}" read from a masthead line; add it to the catalogue if right`, line: fromText.masthead.line };
    sourcedPublication = { name: fromText.masthead.name, source: 'text', note };
  } else sourcedPublication = { name: null, source: 'none', note: { code: 'publication-unknown', message: 'no publication in catalogue, path or masthead: filed under 报名不详' } };

  let sourcedDate: { date: PartialDate; note?: ReviewNote };
  if (entry.date) sourcedDate = { date: withBasis({ value: entry.date, precision: precisionOf(entry.date), source: 'catalogue' }, entry.dateBasis ?? undefined) };
  else if (fromPath.date) sourcedDate = { date: { value: fromPath.date, precision: precisionOf(fromPath.date), source: 'path' } };
  else if (fromText.date) {
    sourcedDate = {
      date: { value: fromText.date.value, precision: precisionOf(fromText.date.value), source: 'text', basis: `版面上端印有“${fromText.date.printed}”` },
      note: { code: 'date-from-text', message: `date ${fromText.date.value} read from the printed line "${fromText.date.printed}"`, line: fromText.date.line },
    };
  } else sourcedDate = { date: { value: null, precision: 'unknown', source: 'none' }, note: { code: 'date-unknown', message: 'no date in catalogue, path or printed dateline: filed as undated' } };

  // A correction's publication and date come before every source.
  const correctedPublication = (o: PageOverride): string | undefined => o.publication || undefined;
  const correctedDate = (o: PageOverride): PartialDate | undefined =>
    o.date && parseDateValue(o.date) ? withBasis({ value: o.date, precision: precisionOf(o.date), source: 'catalogue' }, `更正${o.dateBasis ? `：${o.dateBasis}` : ''}`) : undefined;
  const publicationRef = (name: string | null, source: FactSource): PublicationRef =>
    name === null ? { name: UNKNOWN_PUBLICATION, slug: 'unknown', source: 'none' } : { name, slug: publicationSlug(name, catalogue), source };
  const idOf = (publication: PublicationRef, date: PartialDate) => `${publication.slug}/${date.value ?? 'undated'}`;

  // The issue correction, found by the issue the page is filed under without it.
  const pagePublication = correctedPublication(pageOverride);
  const pageDate = correctedDate(pageOverride);
  const uncorrectedId = idOf(
    pagePublication !== undefined ? publicationRef(pagePublication, 'catalogue') : publicationRef(sourcedPublication.name, sourcedPublication.source),
    pageDate ?? sourcedDate.date,
  );
  const issueOv = issueOverride(uncorrectedId);
  const override: PageOverride = issueOv ? { ...issueOv, ...pageOverride } : pageOverride;

  const review: ReviewNote[] = [];
  // Publication
  const overridePublication = correctedPublication(override);
  const publication = overridePublication !== undefined ? publicationRef(overridePublication, 'catalogue') : publicationRef(sourcedPublication.name, sourcedPublication.source);
  if (overridePublication === undefined && sourcedPublication.note) review.push(sourcedPublication.note);

  // Date
  const overrideDate = correctedDate(override);
  const date = overrideDate ?? sourcedDate.date;
  if (overrideDate === undefined && sourcedDate.note) review.push(sourcedDate.note);

  // Page number
  let page: number | null = null;
  if (override.page) page = override.page;
  else if (entry.page) page = entry.page;
  else if (fromPath.page) page = fromPath.page;
  else if (fromText.page) {
    page = fromText.page.value;
    review.push({ code: 'page-from-text', message: `page number ${page} read from "${fromText.page.printed}"`, line: fromText.page.line });
  }
  // A section's page label (A02), when no page number is known.
  const pageLabel = page === null ? (entry.pageLabel ?? fromPath.pageLabel) : undefined;
  if (entry.page && fromText.page && fromText.page.value !== entry.page) {
    review.push({ code: 'page-conflict', message: `catalogue says page ${entry.page} but the page prints "${fromText.page.printed}"`, line: fromText.page.line });
  }

  // Issue number
  let issueNumber: number | undefined = override.issueNumber ?? entry.issueNumber ?? undefined;
  if (issueNumber === undefined && fromText.issueNumber) {
    issueNumber = fromText.issueNumber.value;
    review.push({ code: 'issue-number-from-text', message: `issue number ${issueNumber} read from "${fromText.issueNumber.printed}"`, line: fromText.issueNumber.line });
  }

  const dateKey = date.value ?? 'undated';
  const meta: PageMeta = {
    publication,
    date,
    dateKey,
    issueId: `${publication.slug}/${dateKey}`,
    page,
    pageKey: page !== null ? String(page) : pageLabel ? pageLabelKey(pageLabel) : pageKeyFromFile(file),
    review,
  };
  if (page === null && pageLabel) meta.pageLabel = pageLabel;
  if (entry.pageName) meta.pageName = entry.pageName;
  if (issueNumber !== undefined) meta.issueNumber = issueNumber;
  if (issueOv) meta.correctedIssue = uncorrectedId;
  return meta;
}

/* ---------- path convention ---------- */

/** Reads `PUBLICATION/YYYY-MM-DD/PP.txt` (any of the three parts may be missing). */
export function parsePathConvention(file: string): { publication?: string; date?: string; page?: number; pageLabel?: string } {
  const parts = normalisePath(file).split('/');
  const out: { publication?: string; date?: string; page?: number; pageLabel?: string } = {};
  const name = parts[parts.length - 1] ?? '';
  // (As printed too: 第3版.txt, 3版.txt.)
  const pageMatch = /^(?:第\s*)?0*(\d{1,3})\s*(?:版)?\.txt$/i.exec(name);
  const dateDir = parts[parts.length - 2];
  if (dateDir !== undefined && parseDateValue(dateDir)) {
    out.date = dateDir;
    if (pageMatch && Number(pageMatch[1]) > 0) out.page = Number(pageMatch[1]);
    // A section's page label as the file name: A02.txt, B1.txt, or as printed: 第A3版.txt, A3版.txt.
    const label = /\.txt$/i.test(name) ? parsePageLabel(name.replace(/\.txt$/i, '')) : undefined;
    if (label) out.pageLabel = label.label;
    const pub = parts[parts.length - 3];
    if (pub !== undefined && pub.trim() !== '') out.publication = pub.trim();
  }
  return out;
}

/* ---------- printed facts ---------- */

const TOP_LINES = 15;
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

interface Printed<T> {
  value: T;
  printed: string;
  line: number;
}

/** Masthead, dateline, 第N版 and 第N期 printed in the first lines of a page. */
export function readPrintedFacts(lines: SourceLine[]): {
  masthead?: { name: string; line: number };
  date?: Printed<string>;
  page?: Printed<number>;
  issueNumber?: Printed<number>;
} {
  const top: SourceLine[] = [];
  for (const l of lines) {
    if (top.length === TOP_LINES) break;
    if (l.text.trim() !== '') top.push(l);
  }
  const out: ReturnType<typeof readPrintedFacts> = {};
  top.forEach(({ no, text }, i) => {
    const t = text.trim();
    if (t.length > 60) return; // body paragraphs: no masthead, dateline, 第N版 or 第N期 line is this long
    if (!out.masthead) {
      // A masthead may be set in two short lines (开发区 / 专刊).
      const next = top[i + 1]?.text.trim() ?? '';
      const name = mastheadName(t) ?? (t.length <= 6 && next.length <= 4 ? mastheadName(t + next) : null);
      if (name) out.masthead = { name, line: no };
    }
    if (!out.date) {
      const d = printedDate(t);
      if (d) out.date = { value: d.value, printed: d.printed, line: no };
    }
    if (!out.page && t.length <= 24 && !/[转见]/.test(t)) {
      const m = /第([0-9]{1,3}|[一二三四五六七八九十〇零两]{1,4})版/.exec(t);
      const n = m ? parseNumber(m[1]!) : null;
      if (m && n) out.page = { value: n, printed: m[0], line: no };
    }
    if (!out.issueNumber && t.length <= 24) {
      const m = /(?<!总)第([0-9]{1,6})期/.exec(t);
      if (m && Number(m[1]) > 0) out.issueNumber = { value: Number(m[1]), printed: m[0], line: no };
    }
  });
  return out;
}

/** A printed dateline: `2019年2月19日 星期二` (also in Chinese numerals), on a short line or next to a weekday. */
export function printedDate(line: string): { value: string; printed: string } | null {
  const m = /([0-9]{4}|[〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日/.exec(line);
  if (!m) return printedMonth(line);
  const rest = line.replace(m[0], '');
  const weekday = /星期[一二三四五六日天]|周[一二三四五六日]/.test(rest);
  if (!weekday && rest.replace(/[\s　农历]/g, '').length > 16) return null;
  const y = parseNumber(m[1]!);
  const mo = parseNumber(m[2]!);
  const d = parseNumber(m[3]!);
  if (y === null || mo === null || d === null) return null;
  const value = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return parseDateValue(value) ? { value, printed: line.trim() } : null;
}

/** A month dateline of a periodical supplement (`2018年1月 第45期`, `2018年1月`): month precision, short lines only. */
function printedMonth(line: string): { value: string; printed: string } | null {
  const m = /^\s*([0-9]{4})年([0-9]{1,2})月(?![0-9一二三四五六七八九十]+日)\s*(第[0-9]+期)?\s*$/.exec(line);
  if (!m) return null;
  const value = `${m[1]}-${m[2]!.padStart(2, '0')}`;
  return parseDateValue(value) ? { value, printed: line.trim() } : null;
}

/** Arabic digits, digit-by-digit Chinese numerals (二〇一九) or counted ones (十九, 二十). */
export function parseNumber(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九两]+$/.test(s) && s.length > 1 && !s.includes('十')) {
    return Number(Array.from(s, (c) => CN_DIGITS[c]).join(''));
  }
  const m = /^([一二三四五六七八九两]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[1] ? CN_DIGITS[m[1]]! : m[3] ? CN_DIGITS[m[3]]! : null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

/* ---------- dates ---------- */

export { parseDateValue };

function precisionOf(value: string): 'day' | 'month' | 'year' {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

function withBasis(d: PartialDate, basis: string | undefined): PartialDate {
  return basis ? { ...d, basis } : d;
}

/* ---------- slugs ---------- */

/** A name's kind as one word in its slug: the newspaper kinds the masthead recogniser knows (longest first), then the rest. */
const NAME_SUFFIXES = ['参考消息', ...[...NEWSPAPER_KINDS].sort((a, b) => b.length - a.length), '专刊', '副刊', '特刊', '周刊', '月刊', '画刊', '画报', '报', '刊'];
const slugCache = new Map<string, string>();

/**
 * Publication slug: the catalogue's `publications[name].slug` if set; else for
 * Chinese names pinyin without tones, with a known paper-type suffix (日报,
 * 时报, 专刊…) as one word and the rest grouped in two-syllable words (a
 * three-syllable rest stays one word): 人民日报 → renmin-ribao, 金坛时报 →
 * jintan-shibao, 开发区专刊 → kaifaqu-zhuankan, 中国青年报 → zhongguo-qingnianbao, 都市快报 → dushi-kuaibao.
 * Other names: ASCII-folded, lowercased, non-alphanumerics → '-'.
 */
export function publicationSlug(name: string, catalogue: Catalogue = EMPTY_CATALOGUE): string {
  const configured = catalogue.publications[name]?.slug;
  if (configured) return configured;
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = /\p{Script=Han}/u.test(name) ? hanSlug(name) : asciiSlug(name);
    if (slug === '') slug = `pub-${shortHash(name)}`;
    slugCache.set(name, slug);
  }
  return slug;
}

function hanSlug(name: string): string {
  const compact = name.replace(/\s+/g, '');
  const suffix = NAME_SUFFIXES.find((s) => compact.endsWith(s) && compact.length > s.length) ?? '';
  const stem = compact.slice(0, compact.length - suffix.length);
  const syll = (s: string) => (pinyin(s, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }) as string[]).map(asciiSlug).filter((x) => x !== '');
  const stemSyl = syll(stem);
  const words = groupSyllables(stemSyl);
  if (suffix) words.push(syll(suffix).join(''));
  return words.filter((w) => w !== '').join('-');
}

/** Two-syllable words, a trailing odd three together; three or fewer syllables are one word. */
function groupSyllables(syl: string[]): string[] {
  if (syl.length <= 3) return syl.length > 0 ? [syl.join('')] : [];
  const words: string[] = [];
  for (let i = 0; i < syl.length; ) {
    const take = syl.length - i === 3 ? 3 : 2;
    words.push(syl.slice(i, i + take).join(''));
    i += take;
  }
  return words;
}

/** Lowercase ASCII slug: diacritics folded, runs of anything else → '-'. */
export function asciiSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Page key when the page number is unknown: `p-` + a slug of the file stem.
 * Content-hash names like `000_25148211cf405f81.txt` give `p-25148211`;
 * other stems are ASCII-slugged (`p-front-page`), or hashed when nothing is
 * left (`p-` + 8 hex of sha1 of the path).
 */
export function pageKeyFromFile(file: string): string {
  const base = normalisePath(file).split('/').pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '');
  const hashName = /^\d*_?([0-9a-f]{8,})$/i.exec(stem);
  if (hashName) return `p-${hashName[1]!.slice(0, 8).toLowerCase()}`;
  const slug = asciiSlug(stem);
  return slug !== '' && !/^\d+$/.test(slug) && slug.length <= 40 ? `p-${slug}` : `p-${shortHash(normalisePath(file))}`;
}

export function shortHash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 8);
}

/** Forward slashes, no leading './'. */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

